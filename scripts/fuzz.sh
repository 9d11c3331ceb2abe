#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz) with clang into build-fuzz/ and
# runs each for SECONDS (default 60), seeded from tests/data and the shipped
# rule sets. Exits 1 if any target finds a crash, a sanitizer report, a leak
# or a timeout; the reproducer is left in build-fuzz/artifacts/.
#   ./scripts/fuzz.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
out=build-fuzz
CC=clang-14 CXX=clang++-14 cmake -S tests/fuzz -B "$out" -G Ninja -DCMAKE_BUILD_TYPE=Debug >/dev/null
nice cmake --build "$out" -j2 >/dev/null

seed() { # seed NAME FILES...: a fresh seed folder for one target
    local dir="$out/seeds/$1"; shift
    rm -rf "$dir"; mkdir -p "$dir"
    local i=0
    for f in "$@"; do cp "$f" "$dir/seed$((i++))"; done
}
seed answersfile rules/cases/*/answers.json
seed rulesetloader rules/*.rules tests/data/rules/*.rules tests/data/rules-valid/*.rules
# Every condition the rule sets hold, one a file.
mkdir -p "$out/seeds/condition-lines"
grep -ho '^ *\(shown when\|when\): .*' rules/*.rules tests/data/rules*/*.rules | sed 's/^ *[a-z ]*: //' | sort -u \
    | split -l 1 - "$out/seeds/condition-lines/c"
seed condition "$out"/seeds/condition-lines/c*
rm -rf "$out/seeds/condition-lines"

mkdir -p "$out/artifacts"
failed=0
for target in answersfile rulesetloader condition; do
    corpus="$out/corpus/$target"
    mkdir -p "$corpus"
    log="$out/fuzz_$target.log"
    # -max_len: an answers file or rule set of 64 KB reaches every limit
    # (2,000-character conditions, 64 levels of nesting, 100-character names).
    if ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        "$out/fuzz_$target" "$corpus" "$out/seeds/$target" -max_total_time="$seconds" -max_len=65536 \
        -timeout=10 -rss_limit_mb=2048 -artifact_prefix="$out/artifacts/$target-" -print_final_stats=1 \
        >"$log" 2>&1; then
        result="no crash"
    else
        result="FAILED (see $log and $out/artifacts/)"
        failed=1
    fi
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
    echo "fuzz_$target: $runs executions in ${seconds}s, $result"
done
exit "$failed"
