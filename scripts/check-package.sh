#!/usr/bin/env bash
# Builds the .deb, installs it on this machine and runs the installed
# program, so that a file missing from the package fails here and not at the
# clinic. Needs root (or sudo). CI runs it after the tests.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
prescreen_install appstream desktop-file-utils lintian binutils systemd
prescreen_build
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"

cd "$PRESCREEN_BUILD"
rm -f prescreen_*.deb
cpack -G DEB >/dev/null
deb=$(ls prescreen_*.deb)
# Debian's own checks: any error fails; warnings are printed for a person to read.
echo "== lintian $deb"
lintian_out=$(lintian --tag-display-limit 0 "$deb" 2>&1 || true)
[ -n "$lintian_out" ] && echo "$lintian_out"
if grep -q "^E: " <<<"$lintian_out"; then
    echo "check-package: lintian reports errors" >&2
    exit 1
fi
echo "lintian: $(grep -c '^E: ' <<<"$lintian_out" || true) errors, $(grep -c '^W: ' <<<"$lintian_out" || true) warnings"
# The packaged binary is hardened: full RELRO, BIND_NOW, stack canaries and
# fortified libc calls.
work=$(mktemp -d)
dpkg-deb -x "$deb" "$work"
bin="$work/usr/bin/prescreen"
# Read once into variables: `readelf | grep -q` under pipefail fails when
# grep stops reading early and readelf dies of SIGPIPE.
segments=$(readelf -lW "$bin")
dynamic=$(readelf -dW "$bin")
symbols=$(readelf --dyn-syms -W "$bin")
grep -q GNU_RELRO <<<"$segments" || { echo "check-package: $bin has no RELRO segment" >&2; exit 1; }
grep -Eq "BIND_NOW|FLAGS.*NOW" <<<"$dynamic" || { echo "check-package: $bin is not linked with -z now" >&2; exit 1; }
# Stripped: the dynamic symbols still name the libc functions called.
grep -q "__stack_chk_fail" <<<"$symbols" || { echo "check-package: $bin has no stack protector" >&2; exit 1; }
grep -q "_chk@" <<<"$symbols" || { echo "check-package: $bin calls no fortified libc function" >&2; exit 1; }
echo "hardening: RELRO, BIND_NOW, stack protector, $(grep -c '_chk@' <<<"$symbols") fortified libc functions"
rm -rf "$work"
# How exposed the kiosk unit is, as systemd rates it (0 safe .. 10 exposed).
unit="$PRESCREEN_ROOT/packaging/kiosk/prescreen-kiosk.service"
if rating=$(systemd-analyze security --offline=true "$unit" 2>&1); then
    echo "$rating" | tail -n 1
    score=$(sed -n 's/.*Overall exposure level for [^:]*: \([0-9.]*\).*/\1/p' <<<"$rating")
    awk -v s="$score" 'BEGIN { exit !(s != "" && s <= 3.0) }' \
        || { echo "check-package: the kiosk unit rates $score, above 3.0" >&2; exit 1; }
else
    echo "systemd-analyze security could not rate $unit here: $rating"
fi

echo "== installing $deb"
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --reinstall --no-install-recommends "./$deb" >/dev/null

fail() { echo "check-package: $*" >&2; exit 1; }
version=$(/usr/bin/prescreen --version)
echo "$version"
grep -q "^prescreen " <<<"$version" || fail "--version printed no version"
grep -q "rule set exosome-screening .* (/usr/share/prescreen/rules/exosome-screening.rules)" <<<"$version" \
    || fail "--version does not list the installed rule set"
/usr/bin/prescreen check-rules /usr/share/prescreen/rules/exosome-screening.rules
for command in check-rules evaluate submit export questionnaire "audit verify" purge check backup restore; do
    /usr/bin/prescreen --help | grep -q "^  $command" || fail "--help does not list '$command'"
done
for file in /usr/share/applications/prescreen.desktop /usr/share/metainfo/jp.prescreen.PreScreen.metainfo.xml \
            /usr/share/icons/hicolor/scalable/apps/jp.prescreen.PreScreen.svg /usr/share/man/man1/prescreen.1.gz \
            /usr/lib/systemd/system/prescreen-kiosk.service /usr/lib/systemd/system/prescreen-backup.service \
            /usr/lib/systemd/system/prescreen-backup.timer /usr/lib/prescreen/prescreen-backup; do
    [ -f "$file" ] || fail "$file is not in the package"
done
appstreamcli validate --no-net /usr/share/metainfo/jp.prescreen.PreScreen.metainfo.xml
desktop-file-validate /usr/share/applications/prescreen.desktop
getent passwd prescreen >/dev/null || fail "the postinst did not create the prescreen user"
# The installed program works headless on a fresh database.
tmp=$(mktemp -d)
/usr/bin/prescreen test-rules /usr/share/prescreen/rules/cases
/usr/bin/prescreen submit --answers /usr/share/prescreen/rules/cases/design_example/answers.json --db "sqlite:$tmp/p.sqlite" >/dev/null
/usr/bin/prescreen audit verify --db "sqlite:$tmp/p.sqlite"
# The daily backup as the timer runs it: three runs keep two generations.
mkdir "$tmp/usb"
for run in 1 2 3; do
    PRESCREEN_DB="sqlite:$tmp/p.sqlite" PRESCREEN_BACKUP_DIR="$tmp/usb" PRESCREEN_BACKUP_KEEP=2 \
        /usr/lib/prescreen/prescreen-backup >/dev/null
    sleep 1.1
done
[ "$(ls "$tmp/usb" | grep -c '^prescreen-.*\.sqlite$')" -eq 2 ] || fail "the daily backup did not keep two generations: $(ls "$tmp/usb")"
# Each run wrote its audit anchor beside the copies (the first copy's log was
# empty, nothing to anchor), and the rotation kept them all.
[ "$(wc -l < "$tmp/usb/prescreen-audit-anchors.txt")" -eq 2 ] || fail "the daily backup did not write two audit anchors: $(cat "$tmp/usb/prescreen-audit-anchors.txt")"
/usr/bin/prescreen audit verify --anchors "$tmp/usb/prescreen-audit-anchors.txt" --db "sqlite:$tmp/p.sqlite"
/usr/bin/prescreen check --db "sqlite:$tmp/usb/$(ls "$tmp/usb" | grep '\.sqlite$' | tail -n 1)"
rm -rf "$tmp"
echo "package: 1 passed, 0 failed"
