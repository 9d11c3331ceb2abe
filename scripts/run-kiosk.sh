#!/usr/bin/env bash
# Installs, builds and starts the kiosk on the embedded SQLite store.
# Extra arguments go to prescreen, e.g. --kiosk (fullscreen) or --lang en.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
prescreen_install
prescreen_build
exec "$PRESCREEN_BUILD/app/prescreen" "$@"
