#!/usr/bin/env bash
# Installs what PreScreen needs on Debian 12 and builds it with Ninja into
# build/. Sourced by run-kiosk.sh and run-tests.sh; safe to run again: apt
# only runs when a package is missing (or always under CI), and Ninja only
# rebuilds what changed.
set -euo pipefail

PRESCREEN_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PRESCREEN_BUILD="${PRESCREEN_BUILD:-$PRESCREEN_ROOT/build}"

PRESCREEN_PACKAGES=(
    build-essential cmake ninja-build
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite libqt6sql6-psql libgl-dev libsodium-dev libfontconfig-dev pkg-config
    tzdata fonts-noto-cjk fonts-ipafont-gothic fontconfig poppler-utils openssl
    libzinnia-dev tegaki-zinnia-japanese tegaki-zinnia-simplified-chinese
    zlib1g-dev python3 python3-openpyxl python3-fonttools
)

prescreen_install() {
    local missing=()
    for p in "${PRESCREEN_PACKAGES[@]}" "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
    done
    if [ "${CI:-}" = "true" ] || [ "${#missing[@]}" -gt 0 ]; then
        local sudo=""
        [ "$(id -u)" -eq 0 ] || sudo="sudo"
        echo "== installing: ${missing[*]:-(CI: checking all)}"
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
            "${PRESCREEN_PACKAGES[@]}" "$@" >/dev/null
    fi
}

# The JavaScript readers the tests check against (fhirpath.js and others),
# exactly as pinned by tests/js/package-lock.json. Debian's nodejs and npm
# unless node and npm are there already (NodeSource's nodejs carries npm and
# conflicts with Debian's npm package).
prescreen_npm() {
    local js="$PRESCREEN_ROOT/tests/js"
    if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
        prescreen_install nodejs npm
    fi
    if [ "${CI:-}" = "true" ] || [ ! -f "$js/node_modules/.package-lock.json" ] \
        || [ "$js/package-lock.json" -nt "$js/node_modules/.package-lock.json" ]; then
        echo "== npm ci in tests/js"
        (cd "$js" && npm ci --no-audit --no-fund --loglevel=error)
    fi
}

prescreen_build() {
    cmake -S "$PRESCREEN_ROOT" -B "$PRESCREEN_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
    cmake --build "$PRESCREEN_BUILD" --parallel "$(nproc)"
}
