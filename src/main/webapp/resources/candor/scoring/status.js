/* The autosave's status line, from the queue's state alone (no DOM): what it says and its data-state. */

function clock(date) {
    const two = (n) => (n < 10 ? '0' : '') + n;
    return two(date.getHours()) + ':' + two(date.getMinutes()) + ':' + two(date.getSeconds());
}

/**
 * @param state the autosave's state
 * @param waiting how many changes are queued
 * @return {line, dataState, notice}: notice is 'signedOut' or 'closed' when the page explains more
 */
export function statusOf(state, waiting, texts) {
    const conflicts = Object.keys(state.conflicts).length;
    const invalid = Object.keys(state.invalid).length;
    let line;
    let notice = null;
    if (state.problem === 'signedOut') {
        line = texts.counted('signedOut', waiting);
        notice = 'signedOut';
    } else if (state.problem === 'closed') {
        line = texts.text('closed');
        notice = 'closed';
    } else if (state.problem === 'error') {
        line = texts.counted('failed', waiting);
    } else if (state.problem === 'offline') {
        line = texts.counted('offline', waiting);
    } else if (state.sending || waiting > 0 || conflicts) {
        // An open conflict means the page shows what is not stored, even when this tab queued nothing.
        line = conflicts || invalid ? texts.counted('needsYou', Math.max(waiting, conflicts)) : texts.text('saving');
    } else if (state.lastSaved) {
        line = texts.text('saved', [clock(state.lastSaved)]);
    } else {
        line = texts.text('allSaved');
    }
    const dataState = state.problem || (waiting > 0 || state.sending ? 'pending' : 'saved');
    return {line, dataState, notice};
}

/** Elapsed time as m:ss, or h:mm:ss from an hour. */
export function minutes(ms) {
    const total = Math.max(0, Math.floor(ms / 1000));
    const h = Math.floor(total / 3600);
    const m = Math.floor((total % 3600) / 60);
    const s = total % 60;
    return (h ? h + ':' + (m < 10 ? '0' : '') : '') + m + ':' + (s < 10 ? '0' : '') + s;
}
