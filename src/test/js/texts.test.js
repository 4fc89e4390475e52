import {test} from 'node:test';
import assert from 'node:assert/strict';
import {createTexts} from '../../main/webapp/resources/candor/scoring/texts.js';
import {statusOf} from '../../main/webapp/resources/candor/scoring/status.js';

const bundle = {
    'offline': 'Offline — {0} changes waiting',
    'offline.one': 'Offline — 1 change waiting',
    'failed': 'Not saved — {0} changes waiting',
    'saving': 'Saving…',
    'allSaved': 'All changes saved',
    'missing.EVIDENCE': 'Question {0} is scored {1}: a score of {3} or {4} needs notes of at least {2} characters as evidence.',
    'problem.notes': 'Notes are too long.'
};
const scale = {lowest: 1, highest: 5, needsEvidence: [1, 5], evidenceMin: 20, prompts: []};
const texts = createTexts(bundle, scale);

function idle(overrides) {
    return Object.assign({problem: null, sending: false, conflicts: {}, invalid: {}, lastSaved: null}, overrides);
}

test('exactly one takes the bundle\'s .one form', () => {
    assert.equal(texts.counted('offline', 1), 'Offline — 1 change waiting');
});

test('none and many take the plural form with the count', () => {
    assert.equal(texts.counted('offline', 0), 'Offline — 0 changes waiting');
    assert.equal(texts.counted('offline', 7), 'Offline — 7 changes waiting');
});

test('a key without a .one form uses its plural form for one too', () => {
    assert.equal(texts.counted('failed', 1), 'Not saved — 1 changes waiting');
});

test('the evidence message names the scale\'s ends and the minimum from the page, not literals', () => {
    const message = texts.missingText({kind: 'EVIDENCE', position: 2, score: 5});
    assert.equal(message, 'Question 2 is scored 5: a score of 1 or 5 needs notes of at least 20 characters as evidence.');
    const wider = createTexts(bundle, {lowest: 0, highest: 9, evidenceMin: 40});
    assert.equal(wider.missingText({kind: 'EVIDENCE', position: 1, score: 9}),
        'Question 1 is scored 9: a score of 0 or 9 needs notes of at least 40 characters as evidence.');
    assert.doesNotMatch(message, /[{}]/);
});

test('what the bundle does not know is said in the server\'s words', () => {
    assert.equal(texts.missingText({kind: 'NEW_KIND', message: 'From the server.'}), 'From the server.');
    assert.equal(texts.problemText({field: 'ratings.3.notes', message: 'x'}, 'problem'), 'Notes are too long.');
    assert.equal(texts.problemText({field: 'other', message: 'Server words'}, 'problem'), 'Server words');
});

test('the status line counts the waiting changes in the right form', () => {
    assert.equal(statusOf(idle({problem: 'offline'}), 1, texts).line, 'Offline — 1 change waiting');
    assert.equal(statusOf(idle({problem: 'offline'}), 2, texts).line, 'Offline — 2 changes waiting');
    assert.equal(statusOf(idle({problem: 'offline'}), 2, texts).dataState, 'offline');
    assert.equal(statusOf(idle(), 0, texts).line, 'All changes saved');
    assert.equal(statusOf(idle(), 0, texts).dataState, 'saved');
    assert.equal(statusOf(idle(), 3, texts).dataState, 'pending');
});
