/*
 * The evidence rule as the server counts it (questionbank.domain.RatingScale): the template's headings at the
 * start of a line are not evidence, runs of white space count as one space and none at either end, and the rest
 * is counted in Unicode code points. The white space is spelled out as the server spells it.
 */
const WHITE_SPACE = '[\\t\\n\\u000B\\f\\r \\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF]';

function escaped(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The notes' template: one line per prompt, ready for what the interviewer writes after it. */
export function template(prompts) {
    return prompts.map((prompt) => prompt + ': ').join('\n');
}

export function evidenceLength(notes, prompts) {
    if (!notes) {
        return 0;
    }
    const heading = prompts && prompts.length
        ? new RegExp('^' + WHITE_SPACE + '*(?:' + prompts.map(escaped).join('|') + ')' + WHITE_SPACE + '*:', 'i')
        : null;
    const written = notes.split('\n').map((line) => (heading ? line.replace(heading, '') : line)).join('\n') + '\n';
    let evidence = written.replace(new RegExp(WHITE_SPACE + '+', 'g'), ' ');
    evidence = evidence.startsWith(' ') ? evidence.slice(1) : evidence;
    evidence = evidence.endsWith(' ') ? evidence.slice(0, -1) : evidence;
    return Array.from(evidence).length;
}

/**
 * @param scale from the page: lowest, highest, needsEvidence (the scores), evidenceMin, prompts
 * @return whether this score with these notes would be refused at submission
 */
export function lacksEvidence(scale, score, notes) {
    return scale.evidenceMin > 0 && (scale.needsEvidence || []).indexOf(score) >= 0
        && evidenceLength(notes, scale.prompts) < scale.evidenceMin;
}
