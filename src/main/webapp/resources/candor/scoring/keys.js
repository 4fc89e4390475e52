/*
 * Keyboard scoring and the page's own controls: 1-5 score the question shown, 0 marks it not asked,
 * j/n/→ and k/p/← move, Escape leaves a text field so the keys work again.
 */
import {template} from './evidence.js';

function isTextEntry(element) {
    if (!element) {
        return false;
    }
    const tag = element.tagName;
    if (tag === 'TEXTAREA' || tag === 'SELECT' || element.isContentEditable) {
        return true;
    }
    return tag === 'INPUT' && !/^(radio|checkbox|button|submit)$/i.test(element.type);
}

export function bindKeys({root, view, flow, finish, scale, changed}) {
    function score(position, value) {
        const s = view.section(position);
        const radio = s.querySelector('.sc-radio[value="' + value + '"]');
        if (radio) {
            radio.checked = true;
            s.querySelector('.sc-skipped').checked = false;
            changed(position, true);
        }
    }

    function skip(position) {
        const s = view.section(position);
        s.querySelector('.sc-skipped').checked = true;
        s.querySelectorAll('.sc-radio').forEach((r) => { r.checked = false; });
        changed(position, true);
        s.querySelector('.sc-reason').focus();
    }

    const scoreKey = new RegExp('^[' + scale.lowest + '-' + scale.highest + ']$');

    document.addEventListener('keydown', (event) => {
        if (event.ctrlKey || event.metaKey || event.altKey) {
            return;
        }
        if (event.key === 'Escape' && isTextEntry(event.target)) {
            const host = event.target.closest('.sc-step');
            if (host) {
                host.querySelector('h2').focus();
            }
            return;
        }
        if (isTextEntry(event.target)) {
            return;
        }
        const onRadio = event.target && event.target.type === 'radio';
        const question = flow.question();
        const key = event.key;
        if (question && scoreKey.test(key)) {
            score(question, parseInt(key, 10));
        } else if (question && key === '0') {
            skip(question);
        } else if ((key === 'ArrowRight' && !onRadio) || /^[jJnN]$/.test(key)) {
            flow.move(1);
        } else if ((key === 'ArrowLeft' && !onRadio) || /^[kKpP]$/.test(key)) {
            flow.move(-1);
        } else {
            return;
        }
        event.preventDefault();
    });

    root.addEventListener('change', (event) => {
        const s = event.target.closest('.sc-question');
        if (!s) {
            return;
        }
        const position = parseInt(s.getAttribute('data-position'), 10);
        if (event.target.classList.contains('sc-radio')) {
            s.querySelector('.sc-skipped').checked = false;
            changed(position, true);
        } else if (event.target.classList.contains('sc-skipped')) {
            if (event.target.checked) {
                skip(position);
            } else {
                changed(position, true);
            }
        }
    });

    root.addEventListener('input', (event) => {
        const s = event.target.closest('.sc-question');
        if (s && (event.target.classList.contains('sc-notes-input') || event.target.classList.contains('sc-reason'))) {
            changed(parseInt(s.getAttribute('data-position'), 10), false);
        } else if (event.target.id === 'sc-summary' || event.target.name === 'recommendation') {
            finish.changed(event.target.name === 'recommendation');
        }
    });

    root.addEventListener('click', (event) => {
        const target = event.target.closest('button, a');
        if (!target) {
            return;
        }
        if (target.hasAttribute('data-next')) {
            flow.move(1);
        } else if (target.hasAttribute('data-prev')) {
            flow.move(-1);
        } else if (target.hasAttribute('data-goto')) {
            event.preventDefault();
            flow.go(target.getAttribute('data-goto'));
        } else if (target.classList.contains('sc-star')) {
            const area = target.closest('.sc-question').querySelector('.sc-notes-input');
            const prompts = template(scale.prompts || []);
            area.value = area.value ? area.value.replace(/\s*$/, '') + '\n\n' + prompts : prompts;
            area.dispatchEvent(new Event('input', {bubbles: true}));
            area.focus();
        } else if (target.id === 'sc-submit') {
            finish.submit();
        }
    });
}
