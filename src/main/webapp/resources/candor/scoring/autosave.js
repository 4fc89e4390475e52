/*
 * The autosave queue: the part of live scoring that must never lose a word. No DOM here: it takes a
 * transport (call(method, url, body) resolving to {status, body} or rejecting when offline, and
 * refreshCsrf()), a storage (getItem, setItem, removeItem: localStorage in the page) and timers, and
 * tells the page what happened through `events`.
 *
 * Protocol (docs/scoring.md, "Autosave protocol"): every change to a question (score, skip, notes) gets a client
 * revision max(confirmed + 1, now, last issued + 1) and goes into the queue in storage, keyed by scorecard and
 * question position, BEFORE anything is sent. The queue is sent one request at a time; an entry leaves it only
 * when the server confirms a revision at least as high. So a reload, a crash, a network cut, an expired session
 * or a server restart loses nothing: the queue is replayed on load, when the browser is online again, and after
 * signing in again. A stale 409 (another tab or window stored a newer edit) becomes a conflict the person
 * settles; their own text stays. The finish step's recommendation and summary go through the same queue (key
 * FINISH) as the scorecard's draft; there the newer save simply wins and the page shows what it replaced.
 */
export const FINISH = 'finish';

const LAST_REVISION = 'candor.scoring.lastRevision';

export function sameRating(a, b) {
    return (a.score === null || a.score === undefined ? null : a.score)
            === (b.score === null || b.score === undefined ? null : b.score)
        && !!a.skipped === !!b.skipped && (a.skipReason || '') === (b.skipReason || '')
        && (a.notes || '') === (b.notes || '');
}

export function sameFinish(a, b) {
    return (a.recommendation || null) === (b.recommendation || null) && (a.summary || '') === (b.summary || '');
}

/** A rating as the server answers it, in the shape the page shows. */
export function storedRating(rating) {
    return {score: rating.score === undefined ? null : rating.score, skipped: !!rating.skipped,
        skipReason: rating.skipReason || '', notes: rating.notes || ''};
}

/** Refused for good: someone else's now (403 not about the CSRF token) or no longer there (404). */
export function gone(response) {
    return response.status === 404 || (response.status === 403 && !csrfRefused(response));
}

/** A 409 that stays: submitted or withdrawn. "Changed concurrently" is another 409, which a retry settles. */
export function closed(response) {
    return response.status === 409 && (response.body || {}).title === 'Scorecard closed';
}

export function csrfRefused(response) {
    return response.status === 403 && /CSRF/i.test((response.body || {}).detail || '');
}

export function createAutosave({transport, storage, keyPrefix, api, events = {}, now = Date.now,
                                   timers = {setTimeout: (action, delay) => setTimeout(action, delay)}}) {
    const on = (name, ...args) => (events[name] ? events[name](...args) : undefined);
    const state = {
        confirmed: {},      // position -> revision the server confirmed
        serverContent: {},  // position -> content as last known stored
        conflicts: {},      // position -> stored rating (409) awaiting the person's choice
        invalid: {},        // position -> the server's field errors (422): kept, not resent until changed
        problem: null,      // null | 'offline' | 'signedOut' | 'closed' | 'error'
        sending: false,
        submitting: false,  // holds the autosave: the submission carries the recommendation and summary
        lastSaved: null
    };
    let flushTimer = null;
    let retryTimer = null;

    function load(name, fallback) {
        try {
            const raw = storage.getItem(keyPrefix + name);
            return raw ? JSON.parse(raw) : fallback;
        } catch (broken) {
            return fallback;
        }
    }

    function keep(name, value) {
        storage.setItem(keyPrefix + name, JSON.stringify(value));
    }

    const queue = () => load('queue', {});
    const saveQueue = (q) => keep('queue', q);
    const pendingCount = () => Object.keys(queue()).length;

    /** Strictly increasing in this browser (shared by its tabs), and newer edits get higher numbers. */
    function nextRevision(position) {
        const issued = parseInt(storage.getItem(LAST_REVISION) || '0', 10) || 0;
        const revision = Math.max((state.confirmed[position] || 0) + 1, now(), issued + 1);
        storage.setItem(LAST_REVISION, String(revision));
        return revision;
    }

    /** A change in the page: queued at once (storage), sent shortly. */
    function change(position, content, soon) {
        delete state.invalid[position];
        const q = queue();
        q[position] = Object.assign({}, content, {clientRevision: nextRevision(position)});
        saveQueue(q);
        scheduleFlush(soon ? 50 : 700);
        on('render');
    }

    function scheduleFlush(delay) {
        if (!flushTimer) {
            flushTimer = timers.setTimeout(() => { flushTimer = null; flush(); }, delay);
        }
    }

    function retryLater(delay) {
        if (!retryTimer) {
            retryTimer = timers.setTimeout(() => { retryTimer = null; flush(); }, delay);
        }
    }

    /** Questions in order of position, then the finish step; what waits for the person is held back. */
    function nextToSend() {
        const q = queue();
        const positions = Object.keys(q).filter((key) => key !== FINISH).map(Number).sort((a, b) => a - b);
        const next = positions.find((p) => !state.conflicts[p] && !state.invalid[p]);
        if (next !== undefined) {
            return next;
        }
        return q[FINISH] && !state.invalid[FINISH] ? FINISH : null;
    }

    /** Sends the queue, one request at a time per scorecard. */
    function flush() {
        if (state.sending || state.submitting || state.problem === 'closed') {
            return;
        }
        const position = nextToSend();
        if (position === null) {
            on('render');
            return;
        }
        const entry = queue()[position];
        state.sending = true;
        on('render');
        const url = position === FINISH ? api + '/draft' : api + '/ratings/' + position;
        transport.call('PUT', url, entry).then((response) => {
            state.sending = false;
            handle(position, entry, response);
        }, () => {
            state.sending = false;
            state.problem = 'offline';
            on('render');
            retryLater(3000);
        });
    }

    function handle(position, entry, response) {
        const status = response.status;
        const body = response.body || {};
        if (status === 200) {
            state.problem = null;
            state.confirmed[position] = body.revision;
            state.serverContent[position] = entry;
            const q = queue();
            // A newer change made while this one was on its way stays queued: it is sent next.
            if (q[position] && q[position].clientRevision <= body.revision) {
                delete q[position];
                saveQueue(q);
            }
            state.lastSaved = new Date(now());
            if (position !== FINISH) {
                on('saved', position);
            }
            on('render');
            flush();
        } else if (status === 401) {
            state.problem = 'signedOut';
            on('render');
            retryLater(5000);
        } else if (csrfRefused(response)) {
            // Signed in again elsewhere: the session is new, so is its token.
            transport.refreshCsrf().then((fresh) => {
                state.problem = fresh ? null : 'signedOut';
                if (fresh) {
                    flush();
                } else {
                    on('render');
                    retryLater(5000);
                }
            });
        } else if (status === 409 && body.title === 'Newer save stored' && position === FINISH) {
            takeNewerFinish(body.draft || {}, body.storedRevision || 0);
            on('render');
            flush();
        } else if (status === 409 && body.title === 'Newer save stored') {
            state.problem = null;
            state.conflicts[position] = body;
            state.confirmed[position] = Math.max(state.confirmed[position] || 0, body.storedRevision || 0);
            on('conflict', position);
            on('render');
            flush();
        } else if (status === 409 && body.title === 'Changed concurrently') {
            retryLater(500);
        } else if (status === 409) {
            state.problem = 'closed';
            on('render');
        } else if (status === 422) {
            state.problem = null;
            state.invalid[position] = body.errors || [];
            on('invalid', position);
            on('render');
            flush();
        } else if (status === 403 || status === 404) {
            state.problem = 'error';
            on('render');
        } else {
            state.problem = 'offline';
            on('render');
            retryLater(3000);
        }
    }

    /**
     * Another tab, window or device saved a newer recommendation and summary: the newer one wins, unless this
     * page changed them after it (a higher revision, sent next). What this page showed stays visible.
     */
    function takeNewerFinish(stored, storedRevision) {
        state.confirmed[FINISH] = Math.max(state.confirmed[FINISH] || 0, storedRevision);
        const q = queue();
        if (q[FINISH] && q[FINISH].clientRevision > storedRevision) {
            return;
        }
        const mine = q[FINISH] || on('currentFinish') || {};
        delete q[FINISH];
        saveQueue(q);
        const theirs = {recommendation: stored.recommendation || null, summary: stored.summary || ''};
        state.serverContent[FINISH] = theirs;
        on('finishReplaced', theirs, sameFinish(mine, theirs) ? null : mine);
    }

    /** The person keeps the stored version of a question: their own older change is dropped. */
    function useTheirs(position) {
        const conflict = state.conflicts[position];
        delete state.conflicts[position];
        if (conflict && !conflict.fromTab) {
            // (Another tab's pending change stays queued: it is newer.)
            const q = queue();
            delete q[position];
            saveQueue(q);
        }
        const stored = storedRating((conflict && conflict.rating) || {});
        state.serverContent[position] = stored;
        return stored;
    }

    /** Coming back to the page: what the server now holds, against what the page shows (contentOf). */
    function reconcile(body, contentOf) {
        const q = queue();
        (body.questions || []).forEach((item) => {
            const rating = item.rating || {};
            const position = item.position;
            if ((rating.revision || 0) > (state.confirmed[position] || 0)) {
                if (sameRating(storedRating(rating), contentOf(position))) {
                    state.confirmed[position] = rating.revision;
                } else if (!q[position]) {
                    state.conflicts[position] = {rating: rating, storedRevision: rating.revision};
                    on('conflict', position);
                }
            }
        });
        if ((body.draftRevision || 0) > (state.confirmed[FINISH] || 0)) {
            takeNewerFinish(body, body.draftRevision);
        }
        on('render');
    }

    /** Runs the action once no save is on its way, so a draft save never races the submission. */
    function whenIdle(action) {
        if (state.sending) {
            timers.setTimeout(() => whenIdle(action), 100);
        } else {
            action();
        }
    }

    return {
        state, load, keep, queue, saveQueue, pendingCount, nextRevision, change, flush, useTheirs, reconcile,
        takeNewerFinish, whenIdle,
        retrying: () => !!retryTimer,
        pendingRatings: () => pendingCount() - (queue()[FINISH] ? 1 : 0),
        forget: (name) => storage.removeItem(keyPrefix + name)
    };
}
