/*
 * Candor live scoring, loaded as a module by /scoring/scorecard.xhtml: the guided flow, keyboard scoring and an
 * autosave that loses nothing (autosave.js, docs/scoring.md), or the amendment form of a submitted scorecard.
 */
import {amending} from './amend.js';
import {liveScoring} from './live.js';
import {readJson} from './page.js';
import {createTexts} from './texts.js';

const live = document.getElementById('scorecard');
const readView = document.getElementById('scorecard-read');
const state = readJson('sc-state');

if (live && state) {
    liveScoring({root: live, state, texts: createTexts(readJson('sc-texts'), state.scale)});
} else if (readView && state && document.getElementById('sc-amend')) {
    amending({root: readView, state, texts: createTexts(readJson('sc-texts'), state.scale)});
}

/* Just submitted: the confirmation is where the person looks, and screen readers hear it. */
const confirmation = document.getElementById('sc-submitted');
if (confirmation) {
    confirmation.focus();
}
