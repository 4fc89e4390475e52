/* Stand-ins for what the autosave takes: a server that answers when told, a storage, timers run by hand. */

export function memoryStorage(initial) {
    const items = new Map(Object.entries(initial || {}));
    return {
        getItem: (k) => (items.has(k) ? items.get(k) : null),
        setItem: (k, v) => { items.set(k, String(v)); },
        removeItem: (k) => { items.delete(k); },
        items
    };
}

/** Each request waits until the test answers it (respond) or cuts the network (fail). */
export function heldTransport() {
    const requests = [];
    let csrfFresh = true;
    return {
        requests,
        refreshes: 0,
        call(method, url, body) {
            return new Promise((resolve, reject) => {
                requests.push({method, url, body: JSON.parse(JSON.stringify(body || null)), resolve, reject});
            });
        },
        refreshCsrf() {
            this.refreshes++;
            return Promise.resolve(csrfFresh);
        },
        noFreshToken() { csrfFresh = false; },
        pending() { return requests.filter((r) => !r.done); },
        /** Answers the oldest open request. */
        respond(status, body) {
            const request = this.pending()[0];
            request.done = true;
            request.resolve({status, body: body === undefined ? null : body});
            return request;
        },
        fail() {
            const request = this.pending()[0];
            request.done = true;
            request.reject(new TypeError('Failed to fetch'));
            return request;
        }
    };
}

export function manualTimers() {
    let scheduled = [];
    return {
        setTimeout(action, delay) { scheduled.push({action, delay}); return scheduled.length; },
        delays: () => scheduled.map((t) => t.delay),
        runAll() {
            const due = scheduled;
            scheduled = [];
            due.forEach((t) => t.action());
        }
    };
}

/** Lets the promise callbacks of answered requests run. */
export async function settle() {
    for (let i = 0; i < 5; i++) {
        await new Promise((resolve) => setImmediate(resolve));
    }
}

export function rating(score, notes) {
    return {score: score, skipped: false, skipReason: '', notes: notes || ''};
}
