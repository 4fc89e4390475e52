/*
 * Opening the page again (a reload, a crash, signing in again): what the server holds meets what this
 * browser's queue still has to send. No DOM here; the page shows what this returns, then flushes the queue.
 */
import {FINISH, sameFinish, sameRating} from './autosave.js';

const EMPTY = {score: null, skipped: false, skipReason: '', notes: '', revision: 0};

/**
 * @param autosave the queue (createAutosave)
 * @param page the page's state: questions (count), ratings by position, recommendation, summary, draftRevision
 * @return {ratings: position -> content to show, finish: recommendation and summary to show}
 */
export function replay(autosave, page) {
    const {confirmed, serverContent} = autosave.state;
    const q = autosave.queue();
    const shown = {};
    for (let p = 1; p <= page.questions; p++) {
        const stored = (page.ratings || {})[String(p)] || EMPTY;
        confirmed[p] = stored.revision || 0;
        serverContent[p] = stored;
        const pending = q[p];
        // What this browser still has to send is shown, then replayed. Even when a newer save is stored
        // (another device), the person's text stays in the field while the 409 asks them to choose.
        shown[p] = pending && (pending.clientRevision > confirmed[p] || !sameRating(pending, stored)) ? pending : stored;
    }
    Object.keys(q).forEach((position) => {
        if (position === FINISH) {
            return;
        }
        const p = Number(position);
        if (!(p >= 1 && p <= page.questions)) {
            delete q[position];
        } else if (q[position].clientRevision <= confirmed[p] && sameRating(q[position], serverContent[p])) {
            delete q[position];
        }
    });
    confirmed[FINISH] = page.draftRevision || 0;
    serverContent[FINISH] = {recommendation: page.recommendation || null, summary: page.summary || ''};
    // Before drafts were saved on the server, this browser alone kept them: send what it has.
    const kept = autosave.load('finish', null);
    if (kept && !q[FINISH] && !confirmed[FINISH] && !sameFinish(kept, serverContent[FINISH])) {
        q[FINISH] = {recommendation: kept.recommendation || null, summary: kept.summary || '',
            clientRevision: autosave.nextRevision(FINISH)};
    }
    autosave.forget('finish');
    if (q[FINISH] && q[FINISH].clientRevision <= confirmed[FINISH] && sameFinish(q[FINISH], serverContent[FINISH])) {
        delete q[FINISH];
    }
    const finish = q[FINISH] && q[FINISH].clientRevision > confirmed[FINISH] ? q[FINISH] : serverContent[FINISH];
    autosave.saveQueue(q);
    return {ratings: shown, finish: finish};
}
