#!/usr/bin/env bash
# Installs, builds and runs every test suite. The one test command: CI runs it.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
prescreen_install
prescreen_build
cd "$PRESCREEN_BUILD"
ctest --output-on-failure --timeout 600 -j "$(nproc)"
