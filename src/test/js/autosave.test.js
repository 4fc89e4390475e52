import {test} from 'node:test';
import assert from 'node:assert/strict';
import {FINISH, createAutosave} from '../../main/webapp/resources/candor/scoring/autosave.js';
import {replay} from '../../main/webapp/resources/candor/scoring/replay.js';
import {heldTransport, manualTimers, memoryStorage, rating, settle} from './fakes.js';

const API = '/api/v1/scorecards/7';

function autosaveOn(storage, overrides) {
    const transport = heldTransport();
    const timers = manualTimers();
    const seen = {conflicts: [], invalid: [], replaced: []};
    let clock = 1000;
    const autosave = createAutosave(Object.assign({
        transport, storage, timers, keyPrefix: 'candor.scorecard.7.', api: API,
        now: () => clock,
        events: {
            conflict: (p) => seen.conflicts.push(p),
            invalid: (p) => seen.invalid.push(p),
            currentFinish: () => ({recommendation: 'YES', summary: 'What this page shows'}),
            finishReplaced: (theirs, mine) => seen.replaced.push({theirs, mine})
        }
    }, overrides));
    return {autosave, transport, timers, seen, tick: () => { clock += 1; }};
}

const urlOf = (position) => (position === FINISH ? API + '/draft' : API + '/ratings/' + position);

test('changes are sent one at a time, questions by position and the finish step last', async () => {
    const {autosave, transport} = autosaveOn(memoryStorage());
    autosave.change(3, rating(2));
    autosave.change(FINISH, {recommendation: 'NO', summary: 'No.'});
    autosave.change(1, rating(4));
    autosave.change(2, rating(3));
    autosave.flush();
    autosave.flush();
    assert.equal(transport.pending().length, 1, 'one request at a time');
    for (const position of [1, 2, 3, FINISH]) {
        const request = transport.pending()[0];
        assert.equal(request.url, urlOf(position));
        transport.respond(200, {revision: request.body.clientRevision});
        await settle();
    }
    assert.equal(autosave.pendingCount(), 0);
    assert.equal(transport.requests.length, 4);
});

test('every change gets a higher revision than the last, even within the same millisecond', () => {
    const {autosave} = autosaveOn(memoryStorage());
    const first = autosave.nextRevision(1);
    const second = autosave.nextRevision(2);
    assert.ok(second > first, second + ' > ' + first);
});

test('a change made while an older one is on its way stays queued and is sent next', async () => {
    const {autosave, transport, tick} = autosaveOn(memoryStorage());
    autosave.change(1, rating(4, 'First words'));
    autosave.flush();
    const older = transport.pending()[0];
    tick();
    autosave.change(1, rating(4, 'First words, and more'));
    transport.respond(200, {revision: older.body.clientRevision});
    await settle();
    assert.equal(autosave.pendingCount(), 1, 'the newer change is still waiting');
    const newer = transport.pending()[0];
    assert.equal(newer.body.notes, 'First words, and more');
    transport.respond(200, {revision: newer.body.clientRevision});
    await settle();
    assert.equal(autosave.pendingCount(), 0);
});

test('a 200 for a newer revision than the one queued confirms it, and nothing is left to send', async () => {
    const {autosave, transport} = autosaveOn(memoryStorage());
    autosave.change(1, rating(2));
    autosave.flush();
    const request = transport.pending()[0];
    transport.respond(200, {revision: request.body.clientRevision + 5});
    await settle();
    assert.equal(autosave.pendingCount(), 0);
    assert.equal(autosave.state.confirmed[1], request.body.clientRevision + 5);
});

test('after a reload the queue left in storage is shown and sent again; what the server holds is not', async () => {
    const storage = memoryStorage();
    const before = autosaveOn(storage);
    before.autosave.change(1, rating(5, 'Typed just before the reload'));
    before.autosave.change(2, rating(3, 'Already stored'));
    const storedRevision = before.autosave.queue()[2].clientRevision;

    const after = autosaveOn(storage);
    const shown = replay(after.autosave, {
        questions: 2, draftRevision: 0, recommendation: '', summary: '',
        ratings: {'1': {score: null, skipped: false, notes: '', revision: 0},
            '2': {score: 3, skipped: false, skipReason: '', notes: 'Already stored', revision: storedRevision}}
    });
    assert.equal(shown.ratings[1].notes, 'Typed just before the reload', 'the person sees their words');
    assert.deepEqual(Object.keys(after.autosave.queue()), ['1'], 'the stored one leaves the queue');
    after.autosave.flush();
    assert.equal(after.transport.pending()[0].url, API + '/ratings/1');
    assert.equal(after.transport.pending()[0].body.notes, 'Typed just before the reload');
});

test('a queue entry for a question the scorecard no longer has is dropped on reload', () => {
    const storage = memoryStorage();
    autosaveOn(storage).autosave.change(9, rating(3));
    const after = autosaveOn(storage);
    replay(after.autosave, {questions: 2, ratings: {}, draftRevision: 0});
    assert.equal(after.autosave.pendingCount(), 0);
});

test('a newer save stored elsewhere (409) becomes a conflict for the person; the rest is still sent', async () => {
    const {autosave, transport, seen} = autosaveOn(memoryStorage());
    autosave.change(1, rating(2, 'Mine'));
    autosave.change(2, rating(4));
    autosave.flush();
    transport.respond(409, {title: 'Newer save stored', storedRevision: 99999, rating: {score: 3, notes: 'Theirs'}});
    await settle();
    assert.deepEqual(seen.conflicts, [1]);
    assert.equal(transport.pending()[0].url, API + '/ratings/2', 'the conflict does not block the others');
    transport.respond(200, {revision: transport.pending()[0].body.clientRevision});
    await settle();
    assert.equal(transport.pending().length, 0, 'the conflicting change is not resent on its own');
    assert.equal(autosave.pendingCount(), 1, 'the person\'s own text stays queued until they choose');
    assert.deepEqual(autosave.useTheirs(1), {score: 3, skipped: false, skipReason: '', notes: 'Theirs'});
    assert.equal(autosave.pendingCount(), 0, 'choosing theirs drops the older own change');
});

test('a newer recommendation and summary stored elsewhere win, and what this page had is handed back', async () => {
    const {autosave, transport, seen} = autosaveOn(memoryStorage());
    autosave.change(FINISH, {recommendation: 'YES', summary: 'Mine'});
    autosave.flush();
    transport.respond(409, {title: 'Newer save stored', storedRevision: 99999,
        draft: {recommendation: 'NO', summary: 'Theirs'}});
    await settle();
    assert.equal(autosave.pendingCount(), 0);
    assert.deepEqual(seen.replaced[0].theirs, {recommendation: 'NO', summary: 'Theirs'});
    assert.equal(seen.replaced[0].mine.summary, 'Mine');
});

test('a changed-concurrently 409 is retried; a closed scorecard stops the sending', async () => {
    const {autosave, transport, timers} = autosaveOn(memoryStorage());
    autosave.change(1, rating(3));
    autosave.flush();
    transport.respond(409, {title: 'Changed concurrently'});
    await settle();
    assert.deepEqual(timers.delays().slice(-1), [500]);
    timers.runAll();
    transport.respond(409, {title: 'Scorecard closed'});
    await settle();
    assert.equal(autosave.state.problem, 'closed');
    autosave.flush();
    assert.equal(transport.pending().length, 0, 'nothing more is sent to a closed scorecard');
    assert.equal(autosave.pendingCount(), 1, 'and nothing is thrown away');
});

test('offline, the change stays queued and is sent when the network is back', async () => {
    const {autosave, transport, timers} = autosaveOn(memoryStorage());
    autosave.change(1, rating(3, 'Typed offline'));
    autosave.flush();
    transport.fail();
    await settle();
    assert.equal(autosave.state.problem, 'offline');
    assert.equal(autosave.pendingCount(), 1);
    assert.ok(timers.delays().includes(3000), 'retried later');
    autosave.flush();
    const retry = transport.pending()[0];
    assert.equal(retry.body.notes, 'Typed offline');
    transport.respond(200, {revision: retry.body.clientRevision});
    await settle();
    assert.equal(autosave.state.problem, null);
    assert.equal(autosave.pendingCount(), 0);
});

test('a 401 keeps everything and sends it once the person has signed in again', async () => {
    const {autosave, transport, timers} = autosaveOn(memoryStorage());
    autosave.change(1, rating(4, 'Before the session ended'));
    autosave.flush();
    transport.respond(401);
    await settle();
    assert.equal(autosave.state.problem, 'signedOut');
    assert.equal(autosave.pendingCount(), 1);
    assert.ok(timers.delays().includes(5000));
    timers.runAll();
    const again = transport.pending()[0];
    assert.equal(again.body.notes, 'Before the session ended');
    transport.respond(200, {revision: again.body.clientRevision});
    await settle();
    assert.equal(autosave.state.problem, null);
    assert.equal(autosave.pendingCount(), 0);
});

test('a CSRF refusal after signing in elsewhere fetches the new token and sends again', async () => {
    const {autosave, transport} = autosaveOn(memoryStorage());
    autosave.change(1, rating(2));
    autosave.flush();
    transport.respond(403, {detail: 'CSRF token missing or wrong'});
    await settle();
    assert.equal(transport.refreshes, 1);
    assert.equal(transport.pending()[0].url, API + '/ratings/1');
});

test('a refused change (422) waits for the person to change it, and the others are still sent', async () => {
    const {autosave, transport, seen} = autosaveOn(memoryStorage());
    autosave.change(1, rating(3, 'x'));
    autosave.change(2, rating(3));
    autosave.flush();
    transport.respond(422, {errors: [{field: 'notes', message: 'Too long'}]});
    await settle();
    assert.deepEqual(seen.invalid, [1]);
    assert.equal(transport.pending()[0].url, API + '/ratings/2');
    transport.respond(200, {revision: transport.pending()[0].body.clientRevision});
    await settle();
    assert.equal(transport.pending().length, 0);
    autosave.change(1, rating(3, 'shorter'));
    autosave.flush();
    assert.equal(transport.pending()[0].body.notes, 'shorter');
});
