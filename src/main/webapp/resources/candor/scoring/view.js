/* The questions on the live page: what each shows, its marks and hints, its conflict box, the status line. */
import {button} from './page.js';
import {lacksEvidence} from './evidence.js';
import {statusOf} from './status.js';

export function createView({root, autosave, texts, scale, questionCount, onSignIn, onKeepMine}) {
    const statusLine = document.getElementById('sc-status');
    const notice = document.getElementById('sc-notice');
    const {text} = texts;

    const section = (position) => document.getElementById('q-' + position);

    function contentOf(position) {
        const s = section(position);
        const checked = s.querySelector('.sc-radio:checked');
        const skipped = s.querySelector('.sc-skipped').checked;
        return {
            score: skipped || !checked ? null : parseInt(checked.value, 10),
            skipped: skipped,
            skipReason: s.querySelector('.sc-reason').value,
            notes: s.querySelector('.sc-notes-input').value
        };
    }

    function show(position, content) {
        const s = section(position);
        s.querySelectorAll('.sc-radio').forEach((radio) => {
            radio.checked = content.score !== null && parseInt(radio.value, 10) === content.score;
        });
        s.querySelector('.sc-skipped').checked = !!content.skipped;
        s.querySelector('.sc-reason').value = content.skipReason || '';
        s.querySelector('.sc-notes-input').value = content.notes || '';
        reflect(position);
    }

    function reflect(position) {
        const s = section(position);
        const content = contentOf(position);
        s.classList.toggle('is-skipped', content.skipped);
        s.querySelector('.sc-skip-reason').hidden = !content.skipped;
        s.querySelectorAll('.sc-anchor').forEach((label) => {
            label.classList.toggle('is-chosen', label.querySelector('.sc-radio').checked);
        });
        const link = document.getElementById('goto-' + position);
        const mark = content.skipped ? 'skipped' : content.score !== null ? 'scored' : 'open';
        link.setAttribute('data-mark', mark);
        link.querySelector('.sc-mark').textContent = mark === 'skipped' ? '–' : mark === 'scored' ? String(content.score) : '';
        link.querySelector('.sc-mark-text').textContent = ' (' + text('mark.' + mark) + ')';
        s.querySelector('.sc-hint').classList.toggle('is-warning', lacksEvidence(scale, content.score, content.notes));
    }

    function describe(rating) {
        if (rating.skipped) {
            return text('skipped') + (rating.skipReason ? ': ' + rating.skipReason : '');
        }
        return rating.score !== null && rating.score !== undefined ? text('score', [rating.score]) : text('noScore');
    }

    function showConflict(position) {
        const conflict = autosave.state.conflicts[position];
        const box = section(position).querySelector('.sc-conflict');
        box.textContent = '';
        if (!conflict) {
            box.hidden = true;
            return;
        }
        const rating = conflict.rating || {};
        const title = document.createElement('p');
        title.className = 'sc-conflict-title';
        title.textContent = text('conflict', [position]);
        const theirs = document.createElement('div');
        theirs.className = 'sc-conflict-theirs';
        const label = document.createElement('strong');
        label.textContent = text('conflictTheirs') + ' ' + describe(rating);
        const notes = document.createElement('p');
        notes.className = 'sc-notes-read';
        notes.textContent = rating.notes || '';
        theirs.append(label, notes);
        const mine = document.createElement('p');
        mine.textContent = text('conflictMine');
        box.append(title, theirs, mine,
            button(text('keepMine'), 'sc-keep-mine', () => {
                delete autosave.state.conflicts[position];
                showConflict(position);
                onKeepMine(position);
            }),
            button(text('useTheirs'), 'sc-use-theirs', () => {
                show(position, autosave.useTheirs(position));
                showConflict(position);
                render();
            }));
        box.hidden = false;
    }

    function showInvalid(position) {
        const box = position === 'finish' ? document.getElementById('sc-finish-notice')
            : section(position).querySelector('.sc-conflict');
        if (autosave.state.conflicts[position]) {
            return;
        }
        const errors = autosave.state.invalid[position];
        const message = errors && (errors.map((e) => texts.problemText(e, 'problem')).join(' ') || text('notSent'));
        box.textContent = message ? text('invalid', [message]) : '';
        box.hidden = !message;
    }

    function showNotice(kind) {
        notice.hidden = true;
        notice.textContent = '';
        if (!kind) {
            return;
        }
        const link = document.createElement('a');
        if (kind === 'signedOut') {
            notice.append(text('signedOutLong') + ' ');
            link.href = root.getAttribute('data-login');
            link.id = 'sc-sign-in';
            link.addEventListener('click', onSignIn);
            link.textContent = text('signInAgain');
        } else {
            notice.append(text('closedLong') + ' ');
            link.href = location.href;
            link.textContent = text('reload');
        }
        notice.appendChild(link);
        notice.hidden = false;
    }

    function render() {
        const waiting = autosave.pendingCount();
        const status = statusOf(autosave.state, waiting, texts);
        showNotice(status.notice);
        if (statusLine.textContent !== status.line) {
            statusLine.textContent = status.line;
        }
        statusLine.setAttribute('data-state', status.dataState);
        statusLine.setAttribute('data-waiting', String(waiting));
        let done = 0;
        for (let p = 1; p <= questionCount; p++) {
            const c = contentOf(p);
            if (c.score !== null || c.skipped) {
                done++;
            }
        }
        document.getElementById('sc-progress').value = done;
        document.getElementById('sc-progress-text').textContent = text('progress', [done, questionCount]);
    }

    return {section, contentOf, show, reflect, showConflict, showInvalid, render};
}
