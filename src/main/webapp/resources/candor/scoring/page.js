/*
 * What the scoring modules take from the page and the browser: the JSON the server put in script elements,
 * the REST transport (fetch with the session and the CSRF header) and a storage that survives a reload.
 */
export function readJson(id) {
    const element = document.getElementById(id);
    return element ? JSON.parse(element.textContent) : null;
}

function meta(name) {
    const element = document.querySelector('meta[name="' + name + '"]');
    return element ? element.getAttribute('content') : '';
}

/** call() resolves to {status, body} or rejects (network); no HTTP Basic challenge. */
export function createTransport() {
    const csrf = {header: meta('candor-csrf-header') || 'X-Candor-CSRF', token: meta('candor-csrf-token')};

    function call(method, url, body) {
        const headers = {'Accept': 'application/json', 'X-Requested-With': 'candor-scoring'};
        if (body !== undefined) {
            headers['Content-Type'] = 'application/json';
        }
        if (csrf.token) {
            headers[csrf.header] = csrf.token;
        }
        return fetch(url, {
            method: method, headers: headers, credentials: 'same-origin', cache: 'no-store',
            body: body === undefined ? undefined : JSON.stringify(body)
        }).then((response) => response.text().then((raw) => {
            let parsed = null;
            try { parsed = raw ? JSON.parse(raw) : null; } catch (notJson) { parsed = null; }
            return {status: response.status, body: parsed};
        }));
    }

    /** After signing in again the session, and so the CSRF token, is new: read it from this page afresh. */
    function refreshCsrf() {
        return fetch(location.href, {credentials: 'same-origin', cache: 'no-store'})
            .then((response) => response.text())
            .then((html) => {
                const tag = new DOMParser().parseFromString(html, 'text/html').querySelector('meta[name="candor-csrf-token"]');
                const token = tag ? tag.getAttribute('content') : '';
                if (token) {
                    csrf.token = token;
                }
                return !!token;
            })
            .catch(() => false);
    }

    return {call, refreshCsrf};
}

/** localStorage, or (private windows that refuse it) memory for this page's life. */
export function browserStorage() {
    try {
        const probe = '__candor_probe__';
        window.localStorage.setItem(probe, probe);
        window.localStorage.removeItem(probe);
        return window.localStorage;
    } catch (unavailable) {
        const memory = new Map();
        return {
            getItem: (k) => (memory.has(k) ? memory.get(k) : null),
            setItem: (k, v) => { memory.set(k, String(v)); },
            removeItem: (k) => { memory.delete(k); }
        };
    }
}

export function button(label, className, action) {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'sc-button ' + className;
    b.textContent = label;
    b.addEventListener('click', action);
    return b;
}
