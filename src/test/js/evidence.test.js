import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {evidenceLength, lacksEvidence, template} from '../../main/webapp/resources/candor/scoring/evidence.js';

const shared = JSON.parse(readFileSync(new URL('../resources/dev/candor/scoring/evidence-cases.json', import.meta.url), 'utf8'));
const scale = {lowest: 1, highest: 5, needsEvidence: [1, 5], evidenceMin: 20, prompts: shared.prompts};

test('the page counts evidence exactly as the server does, case by shared case', () => {
    for (const c of shared.cases) {
        assert.equal(evidenceLength(c.notes, shared.prompts), c.length, JSON.stringify(c.notes));
    }
});

test('the empty Situation / Task / Action / Result template behind a 5 lacks evidence', () => {
    assert.equal(lacksEvidence(scale, 5, template(shared.prompts)), true);
    assert.equal(lacksEvidence(scale, 1, template(shared.prompts) + 'short'), true);
});

test('twenty characters of the interviewer\'s own words are evidence enough, headings or not', () => {
    assert.equal(lacksEvidence(scale, 5, 'Situation: ' + 'x'.repeat(20)), false);
    assert.equal(lacksEvidence(scale, 5, 'x'.repeat(19)), true);
});

test('scores in the middle of the scale need no evidence, and a minimum of 0 switches the rule off', () => {
    assert.equal(lacksEvidence(scale, 3, ''), false);
    assert.equal(lacksEvidence(Object.assign({}, scale, {evidenceMin: 0}), 5, ''), false);
});

test('characters outside the basic plane count once, as people count them', () => {
    assert.equal(evidenceLength('👍'.repeat(20), shared.prompts), 20);
    assert.equal(lacksEvidence(scale, 5, '👍'.repeat(19)), true, '38 UTF-16 units, still 19 characters');
});
