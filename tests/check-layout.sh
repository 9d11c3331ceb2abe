#!/usr/bin/env bash
# What the compiler cannot enforce of docs/ARCHITECTURE.md: ui/ writes no SQL,
# app/ knows nothing of Widgets, and no file or folder outgrows its limit.
# Prints every breach with its place and exits 1 if there is any.
set -u
root="${1:-$(cd "$(dirname "$0")/.." && pwd)}"
cd "$root" || exit 2
breaches=0
breach() { echo "layout: $*"; breaches=$((breaches + 1)); }

while IFS=: read -r file line _; do
    breach "$file:$line: the UI uses Qt SQL; ask a service in app/store, app/review or app/staff instead"
done < <(grep -rnE '#include <QSql|QSqlQuery|QSqlDatabase' ui/ 2>/dev/null)

while IFS=: read -r file line _; do
    breach "$file:$line: app/ includes Qt Widgets; widgets belong in ui/"
done < <(grep -rnE '#include <(QtWidgets/)?Q(Widget|Application|Dialog|PushButton|Label|LineEdit|LayoutItem|MainWindow)\b' app/ 2>/dev/null)

while read -r lines file; do
    [ "$file" = total ] && continue
    limit=600
    case "$file" in ui/*) limit=500 ;; esac
    [ "$lines" -gt "$limit" ] && breach "$file: $lines lines (at most $limit); split it by job"
done < <(find app ui -name '*.cpp' -o -name '*.h' | xargs wc -l)

for dir in app/*/; do
    count=$(find "$dir" -maxdepth 1 -name '*.cpp' | wc -l)
    [ "$count" -gt 12 ] && breach "$dir: $count .cpp files (at most 12); make a new part for a new job"
done

if [ "$breaches" -gt 0 ]; then
    echo "layout: $breaches breach(es) of docs/ARCHITECTURE.md"
    exit 1
fi
echo "layout: ui/ has no SQL, app/ no Widgets, every file and folder within its limit"
