#!/usr/bin/env bash
# Every command that `prescreen --help` lists is in the man page's synopsis
# and in the README's command table, so that neither falls behind the code.
#   check-commands-documented.sh PRESCREEN MANPAGE README
set -euo pipefail
prescreen=$1 manpage=$2 readme=$3
commands=$("$prescreen" --help | sed -n 's/^  \([a-z][a-z-]*\)\( .*\)\{0,1\}$/\1/p' | sort -u)
[ -n "$commands" ] || { echo "no commands found in prescreen --help"; exit 1; }
missing=0
for c in $commands; do
    if ! grep -q "^\.B prescreen $c\b" "$manpage"; then
        echo "$manpage: the synopsis has no \".B prescreen $c\""; missing=1
    fi
    if ! grep -q "^prescreen $c\b" "$readme"; then
        echo "$readme: the command table has no line \"prescreen $c ...\""; missing=1
    fi
done
[ "$missing" -eq 0 ] && echo "$(echo "$commands" | wc -l) commands, each in the man page and the README"
exit "$missing"
