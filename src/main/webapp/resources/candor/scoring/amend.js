/* Amending a submitted scorecard: the form, what changed, and why the server refused it, next to the form. */
import {closed, csrfRefused, gone} from './autosave.js';
import {createTransport} from './page.js';

export function amending({root, state, texts}) {
    const {text} = texts;
    const api = root.getAttribute('data-api');
    const transport = createTransport();
    const form = document.getElementById('sc-amend-form');
    const open = document.getElementById('sc-amend-open');
    const problems = document.getElementById('sc-amend-problems');
    const why = document.getElementById('am-why');

    function fill() {
        form.querySelectorAll('.sc-amend-question').forEach((fieldset) => {
            const rating = state.ratings[fieldset.getAttribute('data-position')] || {};
            fieldset.querySelector('.am-score').value = rating.score ? String(rating.score) : '';
            fieldset.querySelector('.am-reason').value = rating.skipReason || '';
            fieldset.querySelector('.am-notes').value = rating.notes || '';
        });
        document.getElementById('am-recommendation').value = state.recommendation;
        document.getElementById('am-summary').value = state.summary;
    }

    /** Only what differs from the submitted scorecard is sent. */
    function changes() {
        const ratings = {};
        form.querySelectorAll('.sc-amend-question').forEach((fieldset) => {
            const position = fieldset.getAttribute('data-position');
            const before = state.ratings[position] || {};
            const scoreValue = fieldset.querySelector('.am-score').value;
            const after = {
                score: scoreValue ? parseInt(scoreValue, 10) : null,
                skipped: !scoreValue,
                skipReason: scoreValue ? null : fieldset.querySelector('.am-reason').value,
                notes: fieldset.querySelector('.am-notes').value
            };
            if ((before.score || null) !== after.score || (before.notes || '') !== after.notes
                || (!scoreValue && (before.skipReason || '') !== (after.skipReason || ''))) {
                ratings[position] = after;
            }
        });
        const body = {reason: why.value, ratings: ratings};
        const recommendation = document.getElementById('am-recommendation').value;
        const summary = document.getElementById('am-summary').value;
        if (recommendation !== state.recommendation) { body.recommendation = recommendation; }
        if (summary !== state.summary) { body.summary = summary; }
        return body;
    }

    open.addEventListener('click', () => {
        const show = form.hidden;
        form.hidden = !show;
        open.setAttribute('aria-expanded', String(show));
        if (show) {
            fill();
            why.focus();
        }
    });
    document.getElementById('sc-amend-save').addEventListener('click', () => send(changes(), true));
    why.addEventListener('input', () => why.removeAttribute('aria-invalid'));

    /** The summary field is refused when blank (a submitted scorecard keeps one) or when too long. */
    function amendProblem(error, sent) {
        const typedSummary = error.field === 'summary' && (sent.summary || '').trim();
        return typedSummary ? texts.problemText(error, 'problem') : texts.problemText(error, 'amendProblem');
    }

    function send(body, mayRetry) {
        transport.call('POST', api + '/amend', body).then((response) => {
            if (response.status === 200) {
                location.reload();
            } else if (mayRetry && csrfRefused(response)) {
                // Signed in again elsewhere: the session is new, so is its token.
                transport.refreshCsrf().then((fresh) => (fresh ? send(body, false) : refused(response, body)));
            } else {
                refused(response, body);
            }
        }, () => {
            problems.textContent = text('offlineNotSent');
            problems.hidden = false;
        });
    }

    /** Says why, next to what was typed (nothing is cleared); a missing reason sends the person to its field. */
    function refused(response, sent) {
        const b = response.body || {};
        const errors = b.errors || [];
        const noReason = errors.some((e) => e.field === 'reason');
        const messages = b.missing && b.missing.length ? b.missing.map(texts.missingText) : errors.map((e) =>
            (e.field === 'reason' && !sent.reason.trim() ? text('amendNoReason') : amendProblem(e, sent)));
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
