/*
 * The guided flow: start, one question at a time, finish; and its clocks. The interview's clock runs from the
 * interview's start: the moment this browser left the start screen, or the scorecard's first save on the server
 * (another device, cleared storage), whichever came first, so a reload never restarts it.
 */
import {minutes} from './status.js';

export function createFlow({root, autosave, texts, questionCount, serverStartedAt}) {
    const steps = Array.from(root.querySelectorAll('.sc-step'));
    let current = 'start';
    let lastTick = Date.now();

    function startedAt() {
        const here = autosave.load('startedAt', null);
        const known = [here, serverStartedAt].filter((t) => typeof t === 'number');
        return known.length ? Math.min(...known) : null;
    }

    function order() {
        const all = ['start'];
        for (let p = 1; p <= questionCount; p++) {
            all.push(String(p));
        }
        all.push('finish');
        return all;
    }

    function go(step, focus) {
        current = String(step);
        steps.forEach((s) => { s.hidden = s.getAttribute('data-step') !== current; });
        root.querySelectorAll('.sc-list a').forEach((a) => {
            if (a.getAttribute('data-goto') === current) {
                a.setAttribute('aria-current', 'step');
            } else {
                a.removeAttribute('aria-current');
            }
        });
        autosave.keep('step', current);
        if (current !== 'start' && startedAt() === null) {
            autosave.keep('startedAt', Date.now());
        }
        tick();
        if (focus !== false) {
            const heading = document.querySelector('[data-step="' + current + '"] h2');
            if (heading) {
                heading.focus();
            }
        }
    }

    function move(delta) {
        const all = order();
        const index = all.indexOf(current) + delta;
        if (index >= 0 && index < all.length) {
            go(all[index]);
        }
    }

    /** The question shown, or null on the start and finish screens. */
    function question() {
        return /^\d+$/.test(current) ? parseInt(current, 10) : null;
    }

    function tick() {
        const now = Date.now();
        const spent = autosave.load('spent', {});
        if (question() && !document.hidden) {
            spent[current] = (spent[current] || 0) + Math.min(now - lastTick, 5000);
            autosave.keep('spent', spent);
        }
        lastTick = now;
        const since = startedAt();
        document.getElementById('sc-elapsed').textContent = since ? minutes(now - since) : '0:00';
        if (question()) {
            showQuestionClock(document.getElementById('q-' + current), spent[current] || 0);
        }
    }

    function showQuestionClock(s, used) {
        const budget = parseInt(s.getAttribute('data-minutes'), 10) * 60000;
        s.querySelector('.sc-qelapsed').textContent = minutes(used);
        const over = budget > 0 && used > budget;
        const clockElement = s.querySelector('.sc-qclock');
        clockElement.classList.toggle('is-over', over);
        clockElement.setAttribute('title', over ? texts.text('overBudget') : '');
        if (over && !s.querySelector('.sc-over')) {
            const overNote = document.createElement('span');
            overNote.className = 'sc-over';
            overNote.textContent = ' ' + texts.text('overBudget');
            clockElement.appendChild(overNote);
        }
    }

    function resume() {
        const step = autosave.load('step', 'start');
        go(order().indexOf(step) >= 0 ? step : 'start', false);
    }

    return {go, move, question, tick, resume};
}
