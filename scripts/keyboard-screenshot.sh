#!/usr/bin/env bash
# Makes docs/screenshots/ja-03b-on-screen-keyboard.png: the real kiosk in a
# real X server (Xvfb) with Qt Virtual Keyboard, a finger (xdotool) on the
# name field, as a patient sees it. The offscreen platform used by
# screenshots.sh has no input method, so this one needs a display.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
prescreen_install "${PRESCREEN_KEYBOARD_PACKAGES[@]}" xvfb xauth xdotool imagemagick
prescreen_build
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
out="$PRESCREEN_ROOT/docs/screenshots/ja-03b-on-screen-keyboard.png"
cat > "$tmp/run.sh" <<INNER
set -e
PRESCREEN_DB="sqlite:$tmp/k.sqlite" "$PRESCREEN_BUILD/app/prescreen" --kiosk --lang ja >"$tmp/kiosk.log" 2>&1 &
sleep 6
xdotool mousemove 640 265 click 1; sleep 1.5     # 日本語ではじめる
xdotool mousemove 1100 735 click 1; sleep 1.5    # 同意する
xdotool mousemove 700 230 click 1; sleep 2.5     # the name field: the keyboard opens
xdotool type --delay 120 "Yamada"; sleep 1
import -window root "$out"
kill %1
INNER
xvfb-run -a -s "-screen 0 1280x800x24" bash "$tmp/run.sh"
echo "$out"
