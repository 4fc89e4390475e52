/*
 * Candor live scoring: the guided flow, keyboard scoring and an autosave that loses nothing.
 *
 * Protocol (docs/scoring.md, "Autosave protocol"): every change to a question (score, skip, notes) gets a client
 * revision max(confirmed + 1, Date.now(), last issued + 1) and goes into a queue in localStorage, keyed by
 * scorecard and question position, BEFORE anything is sent. The queue is sent one request at a time; an entry
 * leaves the queue only when the server confirms a revision at least as high. So a reload, a crash, a network cut,
 * an expired session or a server restart loses nothing: the queue is replayed on load, when the browser is online
 * again, and after signing in again. A stale 409 (another tab or window stored a newer edit) is shown to the person
 * with both versions; their own text stays in the field until they choose. The finish step's recommendation and
 * summary go through the same queue (key 'finish') as the scorecard's draft; there the newer save simply wins and
 * the page shows what it replaced.
 */
(function () {
    'use strict';

    var live = document.getElementById('scorecard');
    var readView = document.getElementById('scorecard-read');
    if (!live && !readView) {
        return;
    }
    var root = live || readView;
    var T = readJson('sc-texts') || {};
    var state = readJson('sc-state');
    var scorecardId = root.getAttribute('data-scorecard');
    var api = root.getAttribute('data-api');
    var csrf = {
        header: meta('candor-csrf-header') || 'X-Candor-CSRF',
        token: meta('candor-csrf-token')
    };

    function readJson(id) {
        var element = document.getElementById(id);
        return element ? JSON.parse(element.textContent) : null;
    }

    function meta(name) {
        var element = document.querySelector('meta[name="' + name + '"]');
        return element ? element.getAttribute('content') : '';
    }

    function text(key, args) {
        var value = T[key] || key;
        (args || []).forEach(function (arg, i) {
            value = value.split('{' + i + '}').join(String(arg));
        });
        return value;
    }

    /** A count in a sentence: the bundle's ".one" form for exactly one, where it has one. */
    function counted(key, n) {
        return text(n === 1 && T[key + '.one'] ? key + '.one' : key, [n]);
    }

    /**
     * What the server refused about a field, in the page's own words where the bundle has them (keys
     * problem.notes, amendProblem.summary, ...: the field's last part); otherwise the server's message.
     */
    function problemText(error, prefix) {
        var name = String(error.field || '').replace(/^.*\./, '');
        return T[prefix + '.' + name] || T['problem.' + name] || error.message || '';
    }

    /** The bundle's words for what is missing; the evidence rule names the score the server judged and the minimum. */
    function missingText(item) {
        var key = 'missing.' + item.kind;
        if (!item.kind || !T[key]) {
            return item.message;
        }
        return text(key, [item.position, item.score, root.getAttribute('data-evidence-min')]);
    }

    /** Refused for good: someone else's now (403 not about the CSRF token) or no longer there (404). */
    function gone(response) {
        return response.status === 404
            || (response.status === 403 && !/CSRF/i.test((response.body || {}).detail || ''));
    }

    /** A 409 that stays: submitted or withdrawn. "Changed concurrently" is another 409, which a retry settles. */
    function closed(response) {
        return response.status === 409 && (response.body || {}).title === 'Scorecard closed';
    }

    function clock(date) {
        function two(n) { return (n < 10 ? '0' : '') + n; }
        return two(date.getHours()) + ':' + two(date.getMinutes()) + ':' + two(date.getSeconds());
    }

    /* ------------------------------------------------------------------ REST calls */

    /** fetch with the session, the CSRF header and no HTTP Basic challenge; resolves to {status, body} or rejects (network). */
    function call(method, url, body) {
        var headers = {'Accept': 'application/json', 'X-Requested-With': 'candor-scoring'};
        if (body !== undefined) {
            headers['Content-Type'] = 'application/json';
        }
        if (csrf.token) {
            headers[csrf.header] = csrf.token;
        }
        return fetch(url, {
            method: method, headers: headers, credentials: 'same-origin', cache: 'no-store',
            body: body === undefined ? undefined : JSON.stringify(body)
        }).then(function (response) {
            return response.text().then(function (raw) {
                var parsed = null;
                try { parsed = raw ? JSON.parse(raw) : null; } catch (notJson) { parsed = null; }
                return {status: response.status, body: parsed};
            });
        });
    }

    /** After signing in again the session, and so the CSRF token, is new: read it from this page afresh. */
    function refreshCsrf() {
        return fetch(location.href, {credentials: 'same-origin', cache: 'no-store'}).then(function (response) {
            return response.text();
        }).then(function (html) {
            var doc = new DOMParser().parseFromString(html, 'text/html');
            var tag = doc.querySelector('meta[name="candor-csrf-token"]');
            var token = tag ? tag.getAttribute('content') : '';
            if (token) {
                csrf.token = token;
                return true;
            }
            return false;
        }).catch(function () { return false; });
    }

    if (live) {
        liveScoring();
    } else if (state && document.getElementById('sc-amend')) {
        amending();
    }

    /* ================================================================== live scoring */

    function liveScoring() {
        var questionCount = state.questions;
        var evidenceMin = parseInt(root.getAttribute('data-evidence-min'), 10) || 0;
        var keyPrefix = 'candor.scorecard.' + scorecardId + '.';
        var FINISH = 'finish';       // the queue key of the draft recommendation and summary
        var storage = safeStorage();
        var confirmed = {};          // position -> revision the server confirmed
        var serverContent = {};      // position -> content as last known stored
        var sending = false;
        var submitting = false;      // holds the autosave: the submission carries the recommendation and summary
        var problem = null;          // null | 'offline' | 'signedOut' | 'closed' | 'error'
        var lastSaved = null;
        var retryTimer = null;
        var flushTimer = null;
        var conflicts = {};          // position -> stored rating (409) awaiting the person's choice
        var invalid = {};            // position -> message (422): kept, not resent until changed
        var steps = Array.prototype.slice.call(root.querySelectorAll('.sc-step'));
        var current = 'start';
        var statusLine = document.getElementById('sc-status');
        var notice = document.getElementById('sc-notice');
        var signingIn = false;       // going to sign in again: the queue stays in localStorage and is replayed on return
        var submitted = false;       // reloading into the read view: nothing is left to save

        function safeStorage() {
            try {
                var probe = '__candor_probe__';
                window.localStorage.setItem(probe, probe);
                window.localStorage.removeItem(probe);
                return window.localStorage;
            } catch (unavailable) {
                var memory = {};
                return {
                    getItem: function (k) { return Object.prototype.hasOwnProperty.call(memory, k) ? memory[k] : null; },
                    setItem: function (k, v) { memory[k] = String(v); },
                    removeItem: function (k) { delete memory[k]; }
                };
            }
        }

        function load(name, fallback) {
            try {
                var raw = storage.getItem(keyPrefix + name);
                return raw ? JSON.parse(raw) : fallback;
            } catch (broken) {
                return fallback;
            }
        }

        function keep(name, value) {
            storage.setItem(keyPrefix + name, JSON.stringify(value));
        }

        /* ---------------------------------------------------------- queue */

        function queue() { return load('queue', {}); }

        function saveQueue(q) { keep('queue', q); }

        function pendingCount() { return Object.keys(queue()).length; }

        /** Strictly increasing in this browser (shared by its tabs), and newer edits get higher numbers. */
        function nextRevision(position) {
            var issued = parseInt(storage.getItem('candor.scoring.lastRevision') || '0', 10) || 0;
            var revision = Math.max((confirmed[position] || 0) + 1, Date.now(), issued + 1);
            storage.setItem('candor.scoring.lastRevision', String(revision));
            return revision;
        }

        function section(position) { return document.getElementById('q-' + position); }

        function contentOf(position) {
            var s = section(position);
            var checked = s.querySelector('.sc-radio:checked');
            var skipped = s.querySelector('.sc-skipped').checked;
            return {
                score: skipped || !checked ? null : parseInt(checked.value, 10),
                skipped: skipped,
                skipReason: s.querySelector('.sc-reason').value,
                notes: s.querySelector('.sc-notes-input').value
            };
        }

        function show(position, content) {
            var s = section(position);
            s.querySelectorAll('.sc-radio').forEach(function (radio) {
                radio.checked = content.score !== null && parseInt(radio.value, 10) === content.score;
            });
            s.querySelector('.sc-skipped').checked = !!content.skipped;
            s.querySelector('.sc-reason').value = content.skipReason || '';
            s.querySelector('.sc-notes-input').value = content.notes || '';
            reflect(position);
        }

        function same(a, b) {
            return (a.score === null ? null : a.score) === (b.score === null ? null : b.score)
                && !!a.skipped === !!b.skipped && (a.skipReason || '') === (b.skipReason || '')
                && (a.notes || '') === (b.notes || '');
        }

        /** A change in the page: queue it at once (localStorage), send it shortly. */
        function changed(position, soon) {
            delete invalid[position];
            var content = contentOf(position);
            var q = queue();
            q[position] = {
                score: content.score, skipped: content.skipped, skipReason: content.skipReason,
                notes: content.notes, clientRevision: nextRevision(position)
            };
            saveQueue(q);
            reflect(position);
            scheduleFlush(soon ? 50 : 700);
            render();
        }

        function scheduleFlush(delay) {
            if (flushTimer) {
                return;
            }
            flushTimer = setTimeout(function () {
                flushTimer = null;
                flush();
            }, delay);
        }

        function retryLater(delay) {
            if (retryTimer) {
                return;
            }
            retryTimer = setTimeout(function () {
                retryTimer = null;
                flush();
            }, delay);
        }

        function nextToSend() {
            var q = queue();
            var positions = Object.keys(q).filter(function (key) { return key !== FINISH; }).map(Number)
                .sort(function (a, b) { return a - b; });
            for (var i = 0; i < positions.length; i++) {
                if (!conflicts[positions[i]] && !invalid[positions[i]]) {
                    return positions[i];
                }
            }
            return q[FINISH] && !invalid[FINISH] ? FINISH : null;
        }

        /** Sends the queue, one request at a time per scorecard. */
        function flush() {
            if (sending || submitting || problem === 'closed') {
                return;
            }
            var position = nextToSend();
            if (position === null) {
                render();
                return;
            }
            var entry = queue()[position];
            sending = true;
            render();
            call('PUT', position === FINISH ? api + '/draft' : api + '/ratings/' + position, entry).then(function (response) {
                sending = false;
                handle(position, entry, response);
            }, function () {
                sending = false;
                problem = 'offline';
                render();
                retryLater(3000);
            });
        }

        function handle(position, entry, response) {
            var status = response.status;
            var body = response.body || {};
            if (status === 200) {
                problem = null;
                confirmed[position] = body.revision;
                serverContent[position] = entry;
                var q = queue();
                if (q[position] && q[position].clientRevision <= body.revision) {
                    delete q[position];
                    saveQueue(q);
                }
                lastSaved = new Date();
                if (position !== FINISH) {
                    reflect(position);
                }
                render();
                flush();
            } else if (status === 401) {
                problem = 'signedOut';
                render();
                retryLater(5000);
            } else if (status === 403 && /CSRF/i.test(body.detail || '')) {
                // Signed in again elsewhere: the session is new, so is its token.
                refreshCsrf().then(function (fresh) {
                    problem = fresh ? null : 'signedOut';
                    if (fresh) {
                        flush();
                    } else {
                        render();
                        retryLater(5000);
                    }
                });
            } else if (status === 409 && body.title === 'Newer save stored' && position === FINISH) {
                takeNewerFinish(body.draft || {}, body.storedRevision || 0);
                render();
                flush();
            } else if (status === 409 && body.title === 'Newer save stored') {
                problem = null;
                conflicts[position] = body;
                confirmed[position] = Math.max(confirmed[position] || 0, body.storedRevision || 0);
                showConflict(position);
                render();
                flush();
            } else if (status === 409 && body.title === 'Changed concurrently') {
                retryLater(500);
            } else if (status === 409) {
                problem = 'closed';
                render();
            } else if (status === 422) {
                problem = null;
                invalid[position] = (body.errors || []).map(function (e) { return problemText(e, 'problem'); })
                    .join(' ') || text('notSent');
                showInvalid(position);
                render();
                flush();
            } else if (status === 403 || status === 404) {
                problem = 'error';
                render();
            } else {
                problem = 'offline';
                render();
                retryLater(3000);
            }
        }

        /* ---------------------------------------------------------- conflicts (another tab or window) */

        function describe(rating) {
            var parts = [];
            if (rating.skipped) {
                parts.push(text('skipped') + (rating.skipReason ? ': ' + rating.skipReason : ''));
            } else if (rating.score !== null && rating.score !== undefined) {
                parts.push(text('score', [rating.score]));
            } else {
                parts.push(text('noScore'));
            }
            return parts.join(' · ');
        }

        function showConflict(position) {
            var conflict = conflicts[position];
            var box = section(position).querySelector('.sc-conflict');
            box.textContent = '';
            if (!conflict) {
                box.hidden = true;
                return;
            }
            var rating = conflict.rating || {};
            var title = document.createElement('p');
            title.className = 'sc-conflict-title';
            title.textContent = text('conflict', [position]);
            var theirs = document.createElement('div');
            theirs.className = 'sc-conflict-theirs';
            var label = document.createElement('strong');
            label.textContent = text('conflictTheirs') + ' ' + describe(rating);
            var notes = document.createElement('p');
            notes.className = 'sc-notes-read';
            notes.textContent = rating.notes || '';
            theirs.appendChild(label);
            theirs.appendChild(notes);
            var mine = document.createElement('p');
            mine.textContent = text('conflictMine');
            var keepMine = button(text('keepMine'), 'sc-keep-mine', function () {
                delete conflicts[position];
                showConflict(position);
                changed(position, true);
            });
            var useTheirs = button(text('useTheirs'), 'sc-use-theirs', function () {
                delete conflicts[position];
                if (!conflict.fromTab) {
                    // Our own older change lost to a newer one: drop it. (Another tab's pending change stays queued.)
                    var q = queue();
                    delete q[position];
                    saveQueue(q);
                }
                var stored = {score: rating.score === undefined ? null : rating.score, skipped: !!rating.skipped,
                    skipReason: rating.skipReason || '', notes: rating.notes || ''};
                serverContent[position] = stored;
                show(position, stored);
                showConflict(position);
                render();
            });
            box.appendChild(title);
            box.appendChild(theirs);
            box.appendChild(mine);
            box.appendChild(keepMine);
            box.appendChild(useTheirs);
            box.hidden = false;
        }

        function showInvalid(position) {
            var box = position === FINISH ? document.getElementById('sc-finish-notice')
                : section(position).querySelector('.sc-conflict');
            if (conflicts[position]) {
                return;
            }
            box.textContent = invalid[position] ? text('invalid', [invalid[position]]) : '';
            box.hidden = !invalid[position];
        }

        function button(label, className, action) {
            var b = document.createElement('button');
            b.type = 'button';
            b.className = 'sc-button ' + className;
            b.textContent = label;
            b.addEventListener('click', action);
            return b;
        }

        /* ---------------------------------------------------------- status line, progress, marks */

        function render() {
            var waiting = pendingCount();
            var line;
            notice.hidden = true;
            notice.textContent = '';
            if (problem === 'signedOut') {
                line = counted('signedOut', waiting);
                notice.appendChild(document.createTextNode(text('signedOutLong') + ' '));
                var link = document.createElement('a');
                link.href = root.getAttribute('data-login');
                link.id = 'sc-sign-in';
                link.addEventListener('click', function (event) {
                    // Only when this page itself goes to sign in: a new tab or window leaves it open, still warning.
                    signingIn = event.button === 0 && !event.ctrlKey && !event.metaKey && !event.shiftKey;
                });
                link.textContent = text('signInAgain');
                notice.appendChild(link);
                notice.hidden = false;
            } else if (problem === 'closed') {
                line = text('closed');
                notice.appendChild(document.createTextNode(text('closedLong') + ' '));
                var reload = document.createElement('a');
                reload.href = location.href;
                reload.textContent = text('reload');
                notice.appendChild(reload);
                notice.hidden = false;
            } else if (problem === 'error') {
                line = counted('failed', waiting);
            } else if (problem === 'offline') {
                line = counted('offline', waiting);
            } else if (sending || waiting > 0 || Object.keys(conflicts).length) {
                // An open conflict means the page shows what is not stored, even when this tab queued nothing.
                line = Object.keys(conflicts).length || Object.keys(invalid).length
                    ? counted('needsYou', Math.max(waiting, Object.keys(conflicts).length)) : text('saving');
            } else if (lastSaved) {
                line = text('saved', [clock(lastSaved)]);
            } else {
                line = text('allSaved');
            }
            if (statusLine.textContent !== line) {
                statusLine.textContent = line;
            }
            statusLine.setAttribute('data-state', problem || (waiting > 0 || sending ? 'pending' : 'saved'));
            statusLine.setAttribute('data-waiting', String(waiting));
            var done = 0;
            for (var p = 1; p <= questionCount; p++) {
                var c = contentOf(p);
                if (c.score !== null || c.skipped) {
                    done++;
                }
            }
            document.getElementById('sc-progress').value = done;
            document.getElementById('sc-progress-text').textContent = text('progress', [done, questionCount]);
        }

        function reflect(position) {
            var s = section(position);
            var content = contentOf(position);
            s.classList.toggle('is-skipped', content.skipped);
            s.querySelector('.sc-skip-reason').hidden = !content.skipped;
            s.querySelectorAll('.sc-anchor').forEach(function (label) {
                label.classList.toggle('is-chosen', label.querySelector('.sc-radio').checked);
            });
            var link = document.getElementById('goto-' + position);
            var mark = content.skipped ? 'skipped' : content.score !== null ? 'scored' : 'open';
            link.setAttribute('data-mark', mark);
            link.querySelector('.sc-mark').textContent = mark === 'skipped' ? '–' : mark === 'scored' ? String(content.score) : '';
            link.querySelector('.sc-mark-text').textContent = ' (' + text('mark.' + mark) + ')';
            var needsEvidence = evidenceMin > 0 && (content.score === 1 || content.score === 5)
                && content.notes.trim().length < evidenceMin;
            s.querySelector('.sc-hint').classList.toggle('is-warning', needsEvidence);
        }

        /* ---------------------------------------------------------- guided flow */

        function go(step, focus) {
            current = String(step);
            steps.forEach(function (s) {
                s.hidden = s.getAttribute('data-step') !== current;
            });
            root.querySelectorAll('.sc-list a').forEach(function (a) {
                if (a.getAttribute('data-goto') === current) {
                    a.setAttribute('aria-current', 'step');
                } else {
                    a.removeAttribute('aria-current');
                }
            });
            keep('step', current);
            if (current !== 'start' && !load('startedAt', null)) {
                keep('startedAt', Date.now());
            }
            tick();
            if (focus !== false) {
                var heading = document.querySelector('[data-step="' + current + '"] h2');
                if (heading) {
                    heading.focus();
                }
            }
        }

        function order() {
            var all = ['start'];
            for (var p = 1; p <= questionCount; p++) {
                all.push(String(p));
            }
            all.push('finish');
            return all;
        }

        function move(delta) {
            var all = order();
            var index = all.indexOf(current) + delta;
            if (index >= 0 && index < all.length) {
                go(all[index]);
            }
        }

        /* ---------------------------------------------------------- clocks */

        var lastTick = Date.now();

        function minutes(ms) {
            var total = Math.max(0, Math.floor(ms / 1000));
            var h = Math.floor(total / 3600);
            var m = Math.floor((total % 3600) / 60);
            var s = total % 60;
            return (h ? h + ':' + (m < 10 ? '0' : '') : '') + m + ':' + (s < 10 ? '0' : '') + s;
        }

        function tick() {
            var now = Date.now();
            var spent = load('spent', {});
            if (/^\d+$/.test(current) && !document.hidden) {
                spent[current] = (spent[current] || 0) + Math.min(now - lastTick, 5000);
                keep('spent', spent);
            }
            lastTick = now;
            var startedAt = load('startedAt', null);
            document.getElementById('sc-elapsed').textContent = startedAt ? minutes(now - startedAt) : '0:00';
            if (/^\d+$/.test(current)) {
                var s = section(current);
                var budget = parseInt(s.getAttribute('data-minutes'), 10) * 60000;
                var used = spent[current] || 0;
                s.querySelector('.sc-qelapsed').textContent = minutes(used);
                var over = budget > 0 && used > budget;
                var clockElement = s.querySelector('.sc-qclock');
                clockElement.classList.toggle('is-over', over);
                clockElement.setAttribute('title', over ? text('overBudget') : '');
                var overNote = s.querySelector('.sc-over');
                if (over && !overNote) {
                    overNote = document.createElement('span');
                    overNote.className = 'sc-over';
                    overNote.textContent = ' ' + text('overBudget');
                    clockElement.appendChild(overNote);
                }
            }
        }

        /* ---------------------------------------------------------- events */

        function isTextEntry(element) {
            if (!element) {
                return false;
            }
            var tag = element.tagName;
            if (tag === 'TEXTAREA' || tag === 'SELECT' || element.isContentEditable) {
                return true;
            }
            return tag === 'INPUT' && !/^(radio|checkbox|button|submit)$/i.test(element.type);
        }

        function score(position, value) {
            var s = section(position);
            var radio = s.querySelector('.sc-radio[value="' + value + '"]');
            if (!radio) {
                return;
            }
            radio.checked = true;
            s.querySelector('.sc-skipped').checked = false;
            changed(position, true);
        }

        document.addEventListener('keydown', function (event) {
            if (event.ctrlKey || event.metaKey || event.altKey) {
                return;
            }
            if (event.key === 'Escape' && isTextEntry(event.target)) {
                // Leave the notes so the score and navigation keys work again.
                var host = event.target.closest('.sc-step');
                if (host) {
                    host.querySelector('h2').focus();
                }
                return;
            }
            if (isTextEntry(event.target)) {
                return;
            }
            var onRadio = event.target && event.target.type === 'radio';
            var question = /^\d+$/.test(current) ? parseInt(current, 10) : null;
            var key = event.key;
            if (question && /^[1-5]$/.test(key)) {
                score(question, parseInt(key, 10));
                event.preventDefault();
            } else if (question && key === '0') {
                var s = section(question);
                s.querySelector('.sc-skipped').checked = true;
                s.querySelectorAll('.sc-radio').forEach(function (r) { r.checked = false; });
                changed(question, true);
                s.querySelector('.sc-reason').focus();
                event.preventDefault();
            } else if ((key === 'ArrowRight' && !onRadio) || key === 'j' || key === 'J' || key === 'n' || key === 'N') {
                move(1);
                event.preventDefault();
            } else if ((key === 'ArrowLeft' && !onRadio) || key === 'k' || key === 'K' || key === 'p' || key === 'P') {
                move(-1);
                event.preventDefault();
            }
        });

        root.addEventListener('change', function (event) {
            var s = event.target.closest('.sc-question');
            if (!s) {
                return;
            }
            var position = parseInt(s.getAttribute('data-position'), 10);
            if (event.target.classList.contains('sc-radio')) {
                s.querySelector('.sc-skipped').checked = false;
                changed(position, true);
            } else if (event.target.classList.contains('sc-skipped')) {
                if (event.target.checked) {
                    s.querySelectorAll('.sc-radio').forEach(function (r) { r.checked = false; });
                    changed(position, true);
                    s.querySelector('.sc-reason').focus();
                } else {
                    changed(position, true);
                }
            }
        });

        root.addEventListener('input', function (event) {
            var s = event.target.closest('.sc-question');
            if (s && (event.target.classList.contains('sc-notes-input') || event.target.classList.contains('sc-reason'))) {
                changed(parseInt(s.getAttribute('data-position'), 10), false);
            } else if (event.target.id === 'sc-summary' || event.target.name === 'recommendation') {
                finishChanged(event.target.name === 'recommendation');
            }
        });

        root.addEventListener('click', function (event) {
            var target = event.target.closest('button, a');
            if (!target) {
                return;
            }
            if (target.hasAttribute('data-next')) {
                move(1);
            } else if (target.hasAttribute('data-prev')) {
                move(-1);
            } else if (target.hasAttribute('data-goto')) {
                event.preventDefault();
                go(target.getAttribute('data-goto'));
            } else if (target.classList.contains('sc-star')) {
                var area = target.closest('.sc-question').querySelector('.sc-notes-input');
                var prompts = text('star');
                area.value = area.value ? area.value.replace(/\s*$/, '') + '\n\n' + prompts : prompts;
                area.dispatchEvent(new Event('input', {bubbles: true}));
                area.focus();
            } else if (target.id === 'sc-submit') {
                submit();
            }
        });

        /*
         * Leaving while the server has not confirmed everything: the browser asks first. The queue survives in
         * localStorage, but the tabs of this browser share it, so text kept only on this page (an open conflict,
         * what the finish step showed before another version replaced it) would be lost.
         */
        window.addEventListener('beforeunload', function (event) {
            var choiceOpen = Object.keys(conflicts).length > 0
                || !!document.querySelector('#sc-finish-notice:not([hidden]) .sc-keep-mine');
            var unsent = sending || pendingCount() > 0;
            if (!submitted && (choiceOpen || (unsent && !signingIn))) {
                event.preventDefault();
                event.returnValue = text('leaveUnsaved');
            }
        });

        window.addEventListener('online', function () {
            flush();
        });
        window.addEventListener('offline', function () {
            problem = problem || 'offline';
            render();
        });
        window.addEventListener('focus', function () {
            if (problem === 'signedOut' || problem === 'offline') {
                flush();
            }
        });
        document.addEventListener('visibilitychange', function () {
            if (!document.hidden) {
                checkOthers();
                if (problem) {
                    flush();
                }
            }
        });

        /* Another tab of this browser queued a change of the same scorecard: tell this one, keep its text. */
        window.addEventListener('storage', function (event) {
            if (event.key !== keyPrefix + 'queue' || !event.newValue) {
                return;
            }
            var theirs = JSON.parse(event.newValue);
            var before = event.oldValue ? JSON.parse(event.oldValue) : {};
            Object.keys(theirs).forEach(function (position) {
                var entry = theirs[position];
                var old = before[position];
                if (old && old.clientRevision === entry.clientRevision) {
                    return;
                }
                if (position === FINISH) {
                    // Queued after this page's own change, so newer: it stays queued, this page shows it.
                    var mine = finishContent();
                    if (!sameFinish(entry, mine)) {
                        showFinish(entry);
                        showFinishReplaced(mine);
                    }
                    return;
                }
                if (!same(entry, contentOf(position))) {
                    conflicts[position] = {rating: entry, storedRevision: entry.clientRevision, fromTab: true};
                    showConflict(position);
                }
            });
            render();
        });

        /* Coming back to the page: has another window stored something newer? */
        function checkOthers() {
            call('GET', api).then(function (response) {
                if (response.status !== 200 || !response.body) {
                    return;
                }
                var q = queue();
                (response.body.questions || []).forEach(function (item) {
                    var rating = item.rating || {};
                    var position = item.position;
                    if ((rating.revision || 0) > (confirmed[position] || 0)) {
                        var stored = {score: rating.score === undefined ? null : rating.score,
                            skipped: !!rating.skipped, skipReason: rating.skipReason || '', notes: rating.notes || ''};
                        if (same(stored, contentOf(position))) {
                            confirmed[position] = rating.revision;
                        } else if (!q[position]) {
                            conflicts[position] = {rating: rating, storedRevision: rating.revision};
                            showConflict(position);
                        }
                    }
                });
                if ((response.body.draftRevision || 0) > (confirmed[FINISH] || 0)) {
                    takeNewerFinish(response.body, response.body.draftRevision);
                }
                render();
            }, function () { /* offline: nothing to compare */ });
        }

        /* ---------------------------------------------------------- submitting */

        function finishContent() {
            var chosen = root.querySelector('input[name="recommendation"]:checked');
            return {recommendation: chosen ? chosen.value : null, summary: document.getElementById('sc-summary').value};
        }

        function showFinish(draft) {
            document.getElementById('sc-summary').value = draft.summary || '';
            root.querySelectorAll('input[name="recommendation"]').forEach(function (radio) {
                radio.checked = radio.value === draft.recommendation;
            });
        }

        function sameFinish(a, b) {
            return (a.recommendation || null) === (b.recommendation || null) && (a.summary || '') === (b.summary || '');
        }

        /** The recommendation or summary changed: queued like a rating, sent as the scorecard's draft. */
        function finishChanged(soon) {
            if (invalid[FINISH]) {
                delete invalid[FINISH];
                showInvalid(FINISH);
            }
            // Edited since another version replaced this page's: putting the old one back would lose the new words.
            var putBack = document.querySelector('#sc-finish-notice .sc-keep-mine');
            if (putBack) {
                putBack.remove();
            }
            var q = queue();
            var draft = finishContent();
            q[FINISH] = {recommendation: draft.recommendation, summary: draft.summary, clientRevision: nextRevision(FINISH)};
            saveQueue(q);
            scheduleFlush(soon ? 50 : 700);
            render();
        }

        /**
         * Another tab, window or device saved a newer recommendation and summary: the newer one wins, unless this
         * page changed them after it (a higher revision, sent next). What this page showed stays visible.
         */
        function takeNewerFinish(stored, storedRevision) {
            confirmed[FINISH] = Math.max(confirmed[FINISH] || 0, storedRevision);
            var q = queue();
            if (q[FINISH] && q[FINISH].clientRevision > storedRevision) {
                return;
            }
            var mine = q[FINISH] || finishContent();
            delete q[FINISH];
            saveQueue(q);
            var theirs = {recommendation: stored.recommendation || null, summary: stored.summary || ''};
            serverContent[FINISH] = theirs;
            showFinish(theirs);
            if (!sameFinish(mine, theirs)) {
                showFinishReplaced(mine);
            }
        }

        function showFinishReplaced(mine) {
            var box = document.getElementById('sc-finish-notice');
            if (!box.hidden && box.querySelector('.sc-keep-mine')) {
                return; // still showing, untouched since, what this page had before the first replacement
            }
            box.textContent = '';
            var title = document.createElement('p');
            title.className = 'sc-conflict-title';
            title.textContent = text('finishReplaced');
            var label = document.createElement('strong');
            var chosen = mine.recommendation && root.querySelector('label[for="rec-' + mine.recommendation + '"] span');
            label.textContent = text('finishMine') + ' ' + (chosen ? chosen.textContent : text('noRecommendation'));
            var summary = document.createElement('p');
            summary.className = 'sc-notes-read sc-finish-mine';
            summary.textContent = mine.summary || '';
            var keepMine = button(text('keepMine'), 'sc-keep-mine', function () {
                box.hidden = true;
                box.textContent = '';
                showFinish(mine);
                finishChanged(true);
            });
            box.appendChild(title);
            box.appendChild(label);
            box.appendChild(summary);
            box.appendChild(keepMine);
            box.appendChild(button(text('dismiss'), 'sc-dismiss', function () {
                box.hidden = true;
                box.textContent = '';
                document.getElementById('sc-summary').focus();
            }));
            box.hidden = false;
        }

        function submit() {
            var missingBox = document.getElementById('sc-missing');
            if (pendingCount() - (queue()[FINISH] ? 1 : 0) > 0) {
                flush();
                missingBox.textContent = text('waitForSave');
                missingBox.hidden = false;
                return;
            }
            if (submitting) {
                return;
            }
            submitting = true;
            var submitButton = document.getElementById('sc-submit');
            submitButton.disabled = true;
            whenIdle(function () {
                send(missingBox, submitButton);
            });
        }

        /** Runs the action once no save is on its way, so a draft save never races the submission. */
        function whenIdle(action) {
            if (sending) {
                setTimeout(function () { whenIdle(action); }, 100);
            } else {
                action();
            }
        }

        function send(missingBox, submitButton) {
            var body = finishContent();
            call('POST', api + '/submit', body).then(function (response) {
                submitButton.disabled = false;
                submitting = false;
                if (response.status === 200) {
                    storage.removeItem(keyPrefix + 'queue');
                    submitted = true;
                    location.reload();
                    return;
                }
                flush();
                if (response.status === 422) {
                    listMissing(missingBox, (response.body && response.body.missing) || [], response.body);
                } else if (response.status === 401) {
                    problem = 'signedOut';
                    render();
                } else if (response.status === 403 && /CSRF/i.test((response.body || {}).detail || '')) {
                    refreshCsrf().then(function (fresh) { if (fresh) { submit(); } });
                } else {
                    missingBox.textContent = closed(response) ? text('closedLong') : gone(response) ? text('gone')
                        : text('notSent');
                    missingBox.hidden = false;
                }
            }, function () {
                submitButton.disabled = false;
                submitting = false;
                missingBox.textContent = text('offlineNotSent');
                missingBox.hidden = false;
                flush();
            });
        }

        function listMissing(box, missing, body) {
            box.textContent = '';
            var heading = document.createElement('p');
            heading.className = 'sc-missing-title';
            heading.textContent = text('missingTitle');
            box.appendChild(heading);
            var list = document.createElement('ul');
            if (!missing.length && body && body.errors) {
                missing = body.errors.map(function (e) {
                    return {message: problemText(e, 'problem'), position: null, field: e.field};
                });
            }
            missing.forEach(function (item) {
                var li = document.createElement('li');
                var link = document.createElement('a');
                var target = item.position ? String(item.position)
                    : item.kind === 'RECOMMENDATION' ? 'rec' : 'summary';
                link.href = item.position ? '#q-' + item.position : '#sc-finish';
                link.textContent = missingText(item);
                link.className = 'sc-missing-link';
                link.addEventListener('click', function (event) {
                    event.preventDefault();
                    if (item.position) {
                        go(item.position);
                    } else if (target === 'rec') {
                        var first = root.querySelector('input[name="recommendation"]');
                        if (first) { first.focus(); }
                    } else {
                        document.getElementById('sc-summary').focus();
                    }
                });
                li.appendChild(link);
                list.appendChild(li);
            });
            box.appendChild(list);
            box.hidden = false;
            heading.setAttribute('tabindex', '-1');
            heading.focus();
        }

        /* ---------------------------------------------------------- start */

        function start() {
            var q = queue();
            for (var p = 1; p <= questionCount; p++) {
                var stored = state.ratings[String(p)] || {score: null, skipped: false, skipReason: '', notes: '', revision: 0};
                confirmed[p] = stored.revision || 0;
                serverContent[p] = stored;
                var pending = q[p];
                // What this browser still has to send is shown, then replayed. Even when a newer save is stored
                // (another device), the person's text stays in the field while the 409 asks them to choose.
                show(p, pending && (pending.clientRevision > confirmed[p] || !same(pending, stored)) ? pending : stored);
            }
            Object.keys(q).forEach(function (position) {
                if (position === FINISH) {
                    return;
                }
                if (Number(position) > questionCount || Number(position) < 1) {
                    delete q[position];
                } else if (q[position].clientRevision <= confirmed[position] && same(q[position], serverContent[position])) {
                    delete q[position];
                }
            });
            confirmed[FINISH] = state.draftRevision || 0;
            serverContent[FINISH] = {recommendation: state.recommendation || null, summary: state.summary};
            // Before drafts were saved on the server, this browser alone kept them: send what it has.
            var kept = load('finish', null);
            if (kept && !q[FINISH] && !confirmed[FINISH] && !sameFinish(kept, serverContent[FINISH])) {
                q[FINISH] = {recommendation: kept.recommendation || null, summary: kept.summary || '',
                    clientRevision: nextRevision(FINISH)};
            }
            storage.removeItem(keyPrefix + 'finish');
            if (q[FINISH] && q[FINISH].clientRevision <= confirmed[FINISH] && sameFinish(q[FINISH], serverContent[FINISH])) {
                delete q[FINISH];
            }
            showFinish(q[FINISH] && q[FINISH].clientRevision > confirmed[FINISH] ? q[FINISH] : serverContent[FINISH]);
            saveQueue(q);
            var step = load('step', 'start');
            go(order().indexOf(step) >= 0 ? step : 'start', false);
            render();
            flush();
            setInterval(tick, 1000);
            setInterval(function () {
                if (pendingCount() > 0 && !sending && !retryTimer) {
                    flush();
                }
            }, 5000);
        }

        start();
    }

    /* ================================================================== amending a submitted scorecard */

    function amending() {
        var form = document.getElementById('sc-amend-form');
        var open = document.getElementById('sc-amend-open');
        var problems = document.getElementById('sc-amend-problems');
        var why = document.getElementById('am-why');

        function fill() {
            form.querySelectorAll('.sc-amend-question').forEach(function (fieldset) {
                var rating = state.ratings[fieldset.getAttribute('data-position')] || {};
                fieldset.querySelector('.am-score').value = rating.score ? String(rating.score) : '';
                fieldset.querySelector('.am-reason').value = rating.skipReason || '';
                fieldset.querySelector('.am-notes').value = rating.notes || '';
            });
            document.getElementById('am-recommendation').value = state.recommendation;
            document.getElementById('am-summary').value = state.summary;
        }

        open.addEventListener('click', function () {
            var show = form.hidden;
            form.hidden = !show;
            open.setAttribute('aria-expanded', String(show));
            if (show) {
                fill();
                why.focus();
            }
        });

        document.getElementById('sc-amend-save').addEventListener('click', function () {
            var ratings = {};
            form.querySelectorAll('.sc-amend-question').forEach(function (fieldset) {
                var position = fieldset.getAttribute('data-position');
                var before = state.ratings[position] || {};
                var scoreValue = fieldset.querySelector('.am-score').value;
                var after = {
                    score: scoreValue ? parseInt(scoreValue, 10) : null,
                    skipped: !scoreValue,
                    skipReason: scoreValue ? null : fieldset.querySelector('.am-reason').value,
                    notes: fieldset.querySelector('.am-notes').value
                };
                var changedRating = (before.score || null) !== after.score
                    || (before.notes || '') !== after.notes
                    || (!scoreValue && (before.skipReason || '') !== (after.skipReason || ''));
                if (changedRating) {
                    ratings[position] = after;
                }
            });
            var body = {reason: why.value, ratings: ratings};
            var recommendation = document.getElementById('am-recommendation').value;
            var summary = document.getElementById('am-summary').value;
            if (recommendation !== state.recommendation) { body.recommendation = recommendation; }
            if (summary !== state.summary) { body.summary = summary; }
            send(body, true);
        });

        why.addEventListener('input', function () {
            why.removeAttribute('aria-invalid');
        });

        /** The summary field is refused when blank (a submitted scorecard keeps one) or when too long. */
        function amendProblem(error, sent) {
            var typedSummary = error.field === 'summary' && (sent.summary || '').trim();
            return typedSummary ? problemText(error, 'problem') : problemText(error, 'amendProblem');
        }

        function send(body, mayRetry) {
            call('POST', api + '/amend', body).then(function (response) {
                if (response.status === 200) {
                    location.reload();
                    return;
                }
                var b = response.body || {};
                if (response.status === 403 && mayRetry && /CSRF/i.test(b.detail || '')) {
                    // Signed in again elsewhere: the session is new, so is its token.
                    refreshCsrf().then(function (fresh) {
                        if (fresh) {
                            send(body, false);
                        } else {
                            refused(response, body);
                        }
                    });
                    return;
                }
                refused(response, body);
            }, function () {
                problems.textContent = text('offlineNotSent');
                problems.hidden = false;
            });
        }

        /** Says why, next to what was typed (nothing is cleared); a missing reason sends the person to its field. */
        function refused(response, sent) {
            var b = response.body || {};
            var errors = b.errors || [];
            var noReason = errors.some(function (e) { return e.field === 'reason'; });
            var messages = b.missing && b.missing.length ? b.missing.map(missingText) : errors.map(function (e) {
                return e.field === 'reason' && !sent.reason.trim() ? text('amendNoReason') : amendProblem(e, sent);
            });
            problems.textContent = messages.length ? messages.join(' ')
                : closed(response) ? text('amendClosed') : gone(response) ? text('gone')
                : response.status === 401 ? text('amendSignedOut') : text('notSent');
            problems.hidden = false;
            if (noReason) {
                why.setAttribute('aria-invalid', 'true');
                why.focus();
            } else {
                why.removeAttribute('aria-invalid');
            }
        }
    }
}());
