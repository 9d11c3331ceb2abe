// Checks that PreScreen's conditions mean the same in FHIRPath, evaluated by
// fhirpath.js (nobody here wrote it), unanswered and hidden questions
// included. For each rule set:
//  1. every condition's FHIRPath (visibility and rules) on the response
//     PreScreen would store (answers to shown questions only) gives what
//     PreScreen's Evaluator gives: true, false, or empty where PreScreen says
//     unknown; a rule's expression is true exactly when the rule fired;
//  2. the real `prescreen questionnaire` output, filled in as a client does
//     (enableWhen per FHIR R4, enableWhenExpression by fhirpath.js, answers
//     of disabled items left out, until nothing changes), enables exactly the
//     questions PreScreen shows.
// The submission day comes from `authored`, written with offsets where the
// local day differs from UTC's.
//
//   node conditions.test.js PRESCREEN CONDITION_MATRIX RULES_FILE...
'use strict';
const { execFileSync } = require('child_process');
const fhirpath = require('fhirpath');
const r4 = require('fhirpath/fhir-context/r4');

const [prescreen, matrixTool, ...ruleFiles] = process.argv.slice(2);
if (!prescreen || !matrixTool || ruleFiles.length === 0) {
    console.error('usage: node conditions.test.js PRESCREEN CONDITION_MATRIX RULES_FILE...');
    process.exit(2);
}

function questionnaireResponse(questions, answers, shown, authored) {
    const item = [];
    for (const q of questions) {
        if (!shown.has(q.id) || !(q.id in answers))
            continue;
        const value = answers[q.id];
        let answer;
        switch (q.type) {
        case 'boolean': answer = [{ valueBoolean: value }]; break;
        case 'choice': answer = [{ valueCoding: { code: value } }]; break;
        case 'multi-choice': answer = value.map(code => ({ valueCoding: { code } })); break;
        case 'date': answer = [{ valueDate: value }]; break;
        default: answer = [{ valueString: value }]; break;
        }
        item.push({ linkId: q.id, answer });
    }
    return { resourceType: 'QuestionnaireResponse', status: 'completed', authored, item };
}

function truthOf(result) {
    if (result.length === 0)
        return 'unknown';
    if (result.length === 1 && typeof result[0] === 'boolean')
        return String(result[0]);
    return 'not a boolean: ' + JSON.stringify(result);
}

// FHIR R4 enableWhen: `exists`, `=` (some answer equals), `!=` (no answer equals).
function enableWhenHolds(ew, qr) {
    const item = qr.item.find(i => i.linkId === ew.question);
    const answers = item ? item.answer : [];
    const equals = a => ('answerBoolean' in ew) ? a.valueBoolean === ew.answerBoolean
        : a.valueCoding !== undefined && a.valueCoding.code === ew.answerCoding.code;
    switch (ew.operator) {
    case 'exists': return (answers.length > 0) === ew.answerBoolean;
    case '=': return answers.some(equals);
    case '!=': return !answers.some(equals);
    default: throw new Error('enableWhen operator not expected: ' + ew.operator);
    }
}

const EXPRESSION = 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-enableWhenExpression';

let failures = 0;
function fail(message) {
    if (++failures <= 20)
        console.error('MISMATCH ' + message);
}

for (const rulesFile of ruleFiles) {
    const matrix = JSON.parse(execFileSync(matrixTool, [rulesFile, '300'], { maxBuffer: 1 << 28 }));
    const questionnaire = JSON.parse(execFileSync(prescreen,
        ['questionnaire', '--format', 'fhir', '--rules', rulesFile], { maxBuffer: 1 << 28 }));
    const compiled = matrix.conditions.map(c => {
        if (c.fhirpath === '') {
            if (!c.whyNot)
                fail(`${rulesFile} ${c.kind} ${c.id}: no FHIRPath and no reason`);
            return null;
        }
        return fhirpath.compile(c.fhirpath, r4);
    });
    const items = questionnaire.item.map(item => {
        const ext = (item.extension || []).find(e => e.url === EXPRESSION);
        return {
            id: item.linkId,
            enableWhen: item.enableWhen,
            behavior: item.enableBehavior || 'all',
            expression: ext ? fhirpath.compile(ext.valueExpression.expression, r4) : null,
        };
    });
    let evaluations = 0;
    for (const [n, c] of matrix.cases.entries()) {
        const where = `${rulesFile} answer set ${n} ${JSON.stringify(c.answers)} on ${c.authored}`;
        const visible = new Set(c.visible);
        const qr = questionnaireResponse(matrix.questions, c.answers, visible, c.authored);
        const fired = new Set();
        matrix.conditions.forEach((cond, i) => {
            if (!compiled[i])
                return;
            const truth = truthOf(compiled[i](qr, { resource: qr }));
            ++evaluations;
            if (truth !== c.truths[i])
                fail(`${where}: ${cond.kind} ${cond.id} "${cond.text}": PreScreen ${c.truths[i]}, fhirpath.js ${truth}\n  ${cond.fhirpath}`);
            if (cond.kind === 'rule' && truth === 'true')
                fired.add(cond.id);
        });
        const expectedFired = new Set(c.fired);
        for (const cond of matrix.conditions.filter(x => x.kind === 'rule')) {
            const untranslatable = compiled[matrix.conditions.indexOf(cond)] === null;
            if (!untranslatable && fired.has(cond.id) !== expectedFired.has(cond.id))
                fail(`${where}: rule ${cond.id} fired in ${fired.has(cond.id) ? 'FHIRPath' : 'PreScreen'} only`);
        }
        // The Questionnaire as a client fills it in.
        let shown = new Set(items.map(i => i.id));
        for (let round = 0; round <= items.length + 1; ++round) {
            const response = questionnaireResponse(matrix.questions, c.answers, shown, c.authored);
            const next = new Set(items.filter(item => {
                if (item.expression)
                    return truthOf(item.expression(response, { resource: response })) === 'true';
                if (!item.enableWhen)
                    return true;
                const holds = item.enableWhen.map(ew => enableWhenHolds(ew, response));
                return item.behavior === 'any' ? holds.some(x => x) : holds.every(x => x);
            }).map(i => i.id));
            const same = next.size === shown.size && [...next].every(id => shown.has(id));
            shown = next;
            if (same)
                break;
        }
        const enabled = [...shown].sort().join(',');
        if (enabled !== c.visible.join(','))
            fail(`${where}: Questionnaire enables [${enabled}], PreScreen shows [${c.visible.join(',')}]`);
    }
    const untranslated = matrix.conditions.filter(c => c.fhirpath === '').length;
    console.log(`${rulesFile}: ${matrix.conditions.length} conditions (${untranslated} without FHIRPath) x ` +
                `${matrix.cases.length} answer sets: ${evaluations} fhirpath.js evaluations, ` +
                `Questionnaire filled in ${matrix.cases.length} times`);
}
if (failures > 0) {
    console.error(`${failures} mismatches`);
    process.exit(1);
}
console.log('PreScreen and fhirpath.js agree');
