#!/usr/bin/env bash
# Installs, builds and starts the kiosk on the embedded SQLite store.
# Extra arguments go to prescreen, e.g. --kiosk (fullscreen) or --lang en.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
# Qt Virtual Keyboard and the QML modules it loads: the tablet's on-screen keyboard.
prescreen_install qt6-virtualkeyboard-plugin qml6-module-qtqml-workerscript qml6-module-qt-labs-folderlistmodel \
    qml6-module-qtquick-layouts qml6-module-qtquick-window
prescreen_build
exec "$PRESCREEN_BUILD/app/prescreen" "$@"
