#!/usr/bin/env bash
# Makes docs/screenshots/*.png from the real widgets: every patient screen in
# Japanese, English and Chinese. Needs fonts-noto-cjk (installed by setup.sh).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
prescreen_install
prescreen_build
find "$PRESCREEN_ROOT/docs/screenshots" -name "*.png" -delete
QT_QPA_PLATFORM=offscreen "$PRESCREEN_BUILD/tests/prescreen_screenshots" "$PRESCREEN_ROOT/docs/screenshots" 2>/dev/null
# The patient's screens again with "Larger text" on: *-larger.png.
QT_QPA_PLATFORM=offscreen "$PRESCREEN_BUILD/tests/prescreen_screenshots" "$PRESCREEN_ROOT/docs/screenshots" larger 2>/dev/null
