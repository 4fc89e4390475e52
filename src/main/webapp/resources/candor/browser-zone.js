/*
 * The browser's time zone, put into the sign-in form: on a person's first sign-in it becomes their
 * own (the server takes it only while they have chosen none; "My account" changes it later).
 */

/** The IANA zone the browser runs in ("Europe/Berlin"), or '' when it cannot say. */
export function browserZone(intl) {
    try {
        return intl.DateTimeFormat().resolvedOptions().timeZone || '';
    } catch (unsupported) {
        return '';
    }
}

/** Fills the form's hidden field with the browser's zone; returns what it put there. */
export function offerZone(field, intl) {
    const zone = browserZone(intl);
    if (field && zone) {
        field.value = zone;
    }
    return field ? field.value : '';
}

if (typeof document !== 'undefined') {
    offerZone(document.getElementById('signIn:browserZone'), Intl);
}
