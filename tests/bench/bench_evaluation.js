// Rule evaluation: PreScreen's Evaluator against fhirpath.js 5.2.2 on the
// same rules (every visibility condition and every rule, in the FHIRPath
// PreScreen exports, which tests/js/conditions.test.js proves equivalent) and
// the same answer sets (condition_matrix's, unanswered questions included).
// Both sides run in alternating rounds of about the same length in the same
// run, the order rotated each round; printed: the median of the per-round
// ratios of time per evaluation of a whole rule set.
//
// fhirpath.js runs twice: compiled once (fhirpath.compile, its fastest use)
// and parsing the expression at each evaluation (fhirpath.evaluate, as a
// client evaluating enableWhenExpression commonly does).
//
//   node tests/bench/bench_evaluation.js build/tests/bench/bench_evaluation \
//        build/tests/condition_matrix rules/exosome-screening.rules [ROUNDS]
'use strict';
const { execFileSync, spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const readline = require('readline');
const js = path.join(__dirname, '..', 'js', 'node_modules');
const fhirpath = require(path.join(js, 'fhirpath'));
const r4 = require(path.join(js, 'fhirpath', 'fhir-context', 'r4'));

const [benchTool, matrixTool, rulesFile, roundsArg] = process.argv.slice(2);
const rounds = Number(roundsArg || 15);
const SETS = 1000;

const matrix = JSON.parse(execFileSync(matrixTool, [rulesFile, String(SETS)], { maxBuffer: 1 << 28 }));
const matrixFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bench-evaluation-')), 'matrix.json');
fs.writeFileSync(matrixFile, JSON.stringify(matrix));

// The responses PreScreen would store: answers to shown questions only.
const responses = matrix.cases.map(c => {
    const item = [];
    for (const q of matrix.questions) {
        if (!c.visible.includes(q.id) || !(q.id in c.answers))
            continue;
        const v = c.answers[q.id];
        const answer = q.type === 'boolean' ? [{ valueBoolean: v }]
            : q.type === 'choice' ? [{ valueCoding: { code: v } }]
            : q.type === 'multi-choice' ? v.map(code => ({ valueCoding: { code } }))
            : q.type === 'date' ? [{ valueDate: v }] : [{ valueString: v }];
        item.push({ linkId: q.id, answer });
    }
    return { resourceType: 'QuestionnaireResponse', status: 'completed', authored: c.authored, item };
});
const expressions = matrix.conditions.map(c => c.fhirpath).filter(e => e !== '');
const compiled = expressions.map(e => fhirpath.compile(e, r4));

function fhirpathCompiled(count) {
    let trues = 0;
    const start = process.hrtime.bigint();
    for (let i = 0; i < count; ++i) {
        const qr = responses[i % responses.length];
        for (const f of compiled)
            if (f(qr, { resource: qr })[0] === true) ++trues;
    }
    return [Number(process.hrtime.bigint() - start), trues];
}

function fhirpathParsing(count) {
    let trues = 0;
    const start = process.hrtime.bigint();
    for (let i = 0; i < count; ++i) {
        const qr = responses[i % responses.length];
        for (const e of expressions)
            if (fhirpath.evaluate(qr, e, { resource: qr }, r4)[0] === true) ++trues;
    }
    return [Number(process.hrtime.bigint() - start), trues];
}

const median = xs => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

(async () => {
    const child = spawn(benchTool, [rulesFile, matrixFile], { stdio: ['pipe', 'pipe', 'inherit'] });
    const lines = readline.createInterface({ input: child.stdout })[Symbol.asyncIterator]();
    const ready = (await lines.next()).value;
    if (!ready.startsWith('ready'))
        throw new Error('bench_evaluation: ' + ready);
    const prescreen = async passes => {
        child.stdin.write(`run ${passes}\n`);
        const [ns] = (await lines.next()).value.split(' ').map(Number);
        return ns / (passes * SETS);
    };
    // Sizes that take about a fifth of a second each, from a first try.
    await prescreen(20);
    const cppPasses = Math.max(1, Math.round(0.2e9 / (await prescreen(20)) / SETS));
    const [compiledNs] = fhirpathCompiled(200);
    const compiledCount = Math.max(50, Math.round(0.2e9 / (compiledNs / 200)));
    const [parsingNs] = fhirpathParsing(20);
    const parsingCount = Math.max(10, Math.round(0.2e9 / (parsingNs / 20)));

    const ratios = { compiled: [], parsing: [] };
    const per = { prescreen: [], compiled: [], parsing: [] };
    for (let r = 0; r < rounds; ++r) {
        const sides = [
            async () => per.prescreen.push(await prescreen(cppPasses)),
            async () => { const [ns] = fhirpathCompiled(compiledCount); per.compiled.push(ns / compiledCount); },
            async () => { const [ns] = fhirpathParsing(parsingCount); per.parsing.push(ns / parsingCount); },
        ];
        for (let k = 0; k < sides.length; ++k)
            await sides[(r + k) % sides.length]();
        const p = per.prescreen[per.prescreen.length - 1];
        ratios.compiled.push(per.compiled[per.compiled.length - 1] / p);
        ratios.parsing.push(per.parsing[per.parsing.length - 1] / p);
    }
    child.stdin.end();
    const us = ns => (ns / 1000).toFixed(3);
    console.log(`rule set ${rulesFile}: ${expressions.length} conditions (visibility and rules), ${SETS} answer sets, ${rounds} alternating rounds`);
    console.log(`PreScreen Evaluator::evaluate:   median ${us(median(per.prescreen))} us per evaluation (${(1e9 / median(per.prescreen)).toFixed(0)}/s)`);
    console.log(`fhirpath.js compiled once:       median ${us(median(per.compiled))} us per evaluation (${(1e9 / median(per.compiled)).toFixed(0)}/s)`);
    console.log(`fhirpath.js parsing each time:   median ${us(median(per.parsing))} us per evaluation (${(1e9 / median(per.parsing)).toFixed(0)}/s)`);
    console.log(`ratio to fhirpath.js compiled:   median of per-round ratios ${median(ratios.compiled).toFixed(0)}x (min ${Math.min(...ratios.compiled).toFixed(0)}x, max ${Math.max(...ratios.compiled).toFixed(0)}x)`);
    console.log(`ratio to fhirpath.js parsing:    median of per-round ratios ${median(ratios.parsing).toFixed(0)}x (min ${Math.min(...ratios.parsing).toFixed(0)}x, max ${Math.max(...ratios.parsing).toFixed(0)}x) (target 1,000x)`);
})().catch(e => { console.error(e); process.exit(1); });
