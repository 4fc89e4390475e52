/* The finish step: the recommendation and summary (queued like a rating), and submitting the scorecard. */
import {FINISH, closed, csrfRefused, gone, sameFinish} from './autosave.js';
import {button} from './page.js';

export function createFinish({root, autosave, transport, texts, api, view, flow, onSubmitted}) {
    const {text} = texts;
    const summary = () => document.getElementById('sc-summary');
    const missingBox = () => document.getElementById('sc-missing');

    function content() {
        const chosen = root.querySelector('input[name="recommendation"]:checked');
        return {recommendation: chosen ? chosen.value : null, summary: summary().value};
    }

    function show(draft) {
        summary().value = draft.summary || '';
        root.querySelectorAll('input[name="recommendation"]').forEach((radio) => {
            radio.checked = radio.value === draft.recommendation;
        });
    }

    /** The recommendation or summary changed: queued like a rating, sent as the scorecard's draft. */
    function changed(soon) {
        if (autosave.state.invalid[FINISH]) {
            delete autosave.state.invalid[FINISH];
            view.showInvalid(FINISH);
        }
        // Edited since another version replaced this page's: putting the old one back would lose the new words.
        const putBack = document.querySelector('#sc-finish-notice .sc-keep-mine');
        if (putBack) {
            putBack.remove();
        }
        autosave.change(FINISH, content(), soon);
    }

    /** A newer version is shown (theirs); what this page had (mine, when different) stays to be put back. */
    function replaced(theirs, mine) {
        show(theirs);
        if (!mine) {
            return;
        }
        const box = document.getElementById('sc-finish-notice');
        if (!box.hidden && box.querySelector('.sc-keep-mine')) {
            return; // still showing, untouched since, what this page had before the first replacement
        }
        box.textContent = '';
        const title = document.createElement('p');
        title.className = 'sc-conflict-title';
        title.textContent = text('finishReplaced');
        const label = document.createElement('strong');
        const chosen = mine.recommendation && root.querySelector('label[for="rec-' + mine.recommendation + '"] span');
        label.textContent = text('finishMine') + ' ' + (chosen ? chosen.textContent : text('noRecommendation'));
        const words = document.createElement('p');
        words.className = 'sc-notes-read sc-finish-mine';
        words.textContent = mine.summary || '';
        const close = () => { box.hidden = true; box.textContent = ''; };
        box.append(title, label, words,
            button(text('keepMine'), 'sc-keep-mine', () => { close(); show(mine); changed(true); }),
            button(text('dismiss'), 'sc-dismiss', () => { close(); summary().focus(); }));
        box.hidden = false;
    }

    function say(message) {
        missingBox().textContent = message;
        missingBox().hidden = false;
    }

    function submit() {
        if (autosave.pendingRatings() > 0) {
            autosave.flush();
            say(text('waitForSave'));
            return;
        }
        if (autosave.state.submitting) {
            return;
        }
        autosave.state.submitting = true;
        const submitButton = document.getElementById('sc-submit');
        submitButton.disabled = true;
        const done = () => { submitButton.disabled = false; autosave.state.submitting = false; };
        autosave.whenIdle(() => transport.call('POST', api + '/submit', content()).then((response) => {
            done();
            if (response.status === 200) {
                autosave.forget('queue');
                onSubmitted();
                return;
            }
            autosave.flush();
            if (response.status === 422) {
                listMissing((response.body && response.body.missing) || [], response.body);
            } else if (response.status === 401) {
                autosave.state.problem = 'signedOut';
                view.render();
            } else if (csrfRefused(response)) {
                transport.refreshCsrf().then((fresh) => { if (fresh) { submit(); } });
            } else {
                say(closed(response) ? text('closedLong') : gone(response) ? text('gone') : text('notSent'));
            }
        }, () => {
            done();
            say(text('offlineNotSent'));
            autosave.flush();
        }));
    }

    function listMissing(missing, body) {
        const box = missingBox();
        box.textContent = '';
        const heading = document.createElement('p');
        heading.className = 'sc-missing-title';
        heading.textContent = text('missingTitle');
        box.appendChild(heading);
        const list = document.createElement('ul');
        if (!missing.length && body && body.errors) {
            missing = body.errors.map((e) => ({message: texts.problemText(e, 'problem'), position: null, field: e.field}));
        }
        missing.forEach((item) => {
            const link = document.createElement('a');
            link.href = item.position ? '#q-' + item.position : '#sc-finish';
            link.textContent = texts.missingText(item);
            link.className = 'sc-missing-link';
            link.addEventListener('click', (event) => {
                event.preventDefault();
                if (item.position) {
                    flow.go(item.position);
                } else if (item.kind === 'RECOMMENDATION') {
                    const first = root.querySelector('input[name="recommendation"]');
                    if (first) { first.focus(); }
                } else {
                    summary().focus();
                }
            });
            const li = document.createElement('li');
            li.appendChild(link);
            list.appendChild(li);
        });
        box.appendChild(list);
        box.hidden = false;
        heading.setAttribute('tabindex', '-1');
        heading.focus();
    }

    return {content, show, changed, replaced, submit, same: sameFinish};
}
