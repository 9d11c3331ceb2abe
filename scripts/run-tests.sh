#!/usr/bin/env bash
# Installs, builds and runs every test suite: the storage, command-line,
# audit and export suites on SQLite and again on a throwaway PostgreSQL
# server started here and stopped at the end; the FHIR files through HL7's
# R4 schema and FHIR.js (node). The one test command: CI runs it.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
source "$(dirname "${BASH_SOURCE[0]}")/test-postgres.sh"
prescreen_install postgresql python3 xvfb xauth xclip
prescreen_npm
# Warnings are errors here, so that CI keeps the build warning-free.
prescreen_build -DPRESCREEN_TEST_POSTGRESQL=ON -DPRESCREEN_WERROR=ON
trap prescreen_pg_stop EXIT
prescreen_pg_start
cd "$PRESCREEN_BUILD"
ctest --output-on-failure --timeout 600 -j "$(nproc)"
# libFuzzer on the three readers of files others write, about a minute each
# (PRESCREEN_FUZZ_SECONDS); a crash or sanitizer report fails the run.
prescreen_install clang-14 libclang-rt-14-dev util-linux
"$PRESCREEN_ROOT/scripts/fuzz.sh" "${PRESCREEN_FUZZ_SECONDS:-60}"
