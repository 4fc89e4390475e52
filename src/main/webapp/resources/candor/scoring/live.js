/*
 * Live scoring: the queue, the view, the flow, the keys and the finish step put together, and what the
 * browser tells the page (online again, another tab's change, coming back to the tab, leaving).
 */
import {FINISH, createAutosave, sameRating} from './autosave.js';
import {createFinish} from './finish.js';
import {createFlow} from './flow.js';
import {bindKeys} from './keys.js';
import {browserStorage, createTransport} from './page.js';
import {replay} from './replay.js';
import {createView} from './view.js';

export function liveScoring({root, state, texts}) {
    const api = root.getAttribute('data-api');
    const scale = state.scale;
    const questionCount = state.questions;
    const keyPrefix = 'candor.scorecard.' + root.getAttribute('data-scorecard') + '.';
    const transport = createTransport();
    let signingIn = false;  // going to sign in again: the queue stays in storage and is replayed on return
    let submitted = false;  // reloading into the read view: nothing is left to save
    let view = null;
    let finish = null;
    const autosave = createAutosave({
        transport, storage: browserStorage(), keyPrefix, api,
        events: {
            render: () => view.render(),
            saved: (position) => view.reflect(position),
            conflict: (position) => view.showConflict(position),
            invalid: (position) => view.showInvalid(position),
            currentFinish: () => finish.content(),
            finishReplaced: (theirs, mine) => finish.replaced(theirs, mine)
        }
    });
    const changed = (position, soon) => {
        autosave.change(position, view.contentOf(position), soon);
        view.reflect(position);
    };
    view = createView({
        root, autosave, texts, scale, questionCount,
        onKeepMine: (position) => changed(position, true),
        onSignIn: (event) => {
            // Only when this page itself goes to sign in: a new tab or window leaves it open, still warning.
            signingIn = event.button === 0 && !event.ctrlKey && !event.metaKey && !event.shiftKey;
        }
    });
    const flow = createFlow({root, autosave, texts, questionCount, serverStartedAt: state.startedAt});
    finish = createFinish({
        root, autosave, transport, texts, api, view, flow,
        onSubmitted: () => {
            submitted = true;
            const url = new URL(location.href);
            url.searchParams.set('submitted', 'true');
            location.replace(url.toString());
        }
    });
    bindKeys({root, view, flow, finish, scale, changed});

    /*
     * Leaving while the server has not confirmed everything: the browser asks first. The queue survives in
     * storage, but the tabs of this browser share it, so text kept only on this page (an open conflict,
     * what the finish step showed before another version replaced it) would be lost.
     */
    window.addEventListener('beforeunload', (event) => {
        const choiceOpen = Object.keys(autosave.state.conflicts).length > 0
            || !!document.querySelector('#sc-finish-notice:not([hidden]) .sc-keep-mine');
        const unsent = autosave.state.sending || autosave.pendingCount() > 0;
        if (!submitted && (choiceOpen || (unsent && !signingIn))) {
            event.preventDefault();
            event.returnValue = texts.text('leaveUnsaved');
        }
    });
    window.addEventListener('online', () => autosave.flush());
    window.addEventListener('offline', () => {
        autosave.state.problem = autosave.state.problem || 'offline';
        view.render();
    });
    window.addEventListener('focus', () => {
        if (autosave.state.problem === 'signedOut' || autosave.state.problem === 'offline') {
            autosave.flush();
        }
    });
    document.addEventListener('visibilitychange', () => {
        if (!document.hidden) {
            // Coming back to the page: has another window stored something newer?
            transport.call('GET', api).then((response) => {
                if (response.status === 200 && response.body) {
                    autosave.reconcile(response.body, view.contentOf);
                }
            }, () => { /* offline: nothing to compare */ });
            if (autosave.state.problem) {
                autosave.flush();
            }
        }
    });

    /* Another tab of this browser queued a change of the same scorecard: tell this one, keep its text. */
    window.addEventListener('storage', (event) => {
        if (event.key !== keyPrefix + 'queue' || !event.newValue) {
            return;
        }
        const theirs = JSON.parse(event.newValue);
        const before = event.oldValue ? JSON.parse(event.oldValue) : {};
        Object.keys(theirs).forEach((position) => {
            const entry = theirs[position];
            const old = before[position];
            if (old && old.clientRevision === entry.clientRevision) {
                return;
            }
            if (position === FINISH) {
                // Queued after this page's own change, so newer: it stays queued, this page shows it.
                const mine = finish.content();
                if (!finish.same(entry, mine)) {
                    finish.replaced(entry, mine);
                }
            } else if (!sameRating(entry, view.contentOf(position))) {
                autosave.state.conflicts[position] = {rating: entry, storedRevision: entry.clientRevision, fromTab: true};
                view.showConflict(position);
            }
        });
        view.render();
    });

    const shown = replay(autosave, state);
    Object.keys(shown.ratings).forEach((position) => view.show(Number(position), shown.ratings[position]));
    finish.show(shown.finish);
    flow.resume();
    view.render();
    autosave.flush();
    setInterval(flow.tick, 1000);
    setInterval(() => {
        if (autosave.pendingCount() > 0 && !autosave.state.sending && !autosave.retrying()) {
            autosave.flush();
        }
    }, 5000);
}
