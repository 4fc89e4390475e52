/*
 * The page's words: the bundle's scoring.js.* keys, handed over as JSON. "{0}", "{1}" ... are filled here,
 * and a count uses the bundle's ".one" form for exactly one, where it has one.
 */
export function createTexts(bundle, scale) {
    const T = bundle || {};

    function text(key, args) {
        let value = T[key] || key;
        (args || []).forEach((arg, i) => {
            value = value.split('{' + i + '}').join(String(arg));
        });
        return value;
    }

    function counted(key, n) {
        return text(n === 1 && T[key + '.one'] ? key + '.one' : key, [n]);
    }

    /**
     * What the server refused about a field, in the page's own words where the bundle has them (keys
     * problem.notes, amendProblem.summary, ...: the field's last part); otherwise the server's message.
     */
    function problemText(error, prefix) {
        const name = String(error.field || '').replace(/^.*\./, '');
        return T[prefix + '.' + name] || T['problem.' + name] || error.message || '';
    }

    /** The bundle's words for what is missing; the evidence rule names the score, the minimum and the scale. */
    function missingText(item) {
        const key = 'missing.' + item.kind;
        if (!item.kind || !T[key]) {
            return item.message;
        }
        const s = scale || {};
        return text(key, [item.position, item.score, s.evidenceMin, s.lowest, s.highest]);
    }

    return {text, counted, problemText, missingText, has: (key) => Object.prototype.hasOwnProperty.call(T, key)};
}
