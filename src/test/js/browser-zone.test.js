import {test} from 'node:test';
import assert from 'node:assert/strict';
import {browserZone, offerZone} from '../../main/webapp/resources/candor/browser-zone.js';

const intlIn = (timeZone) => ({DateTimeFormat: () => ({resolvedOptions: () => ({timeZone})})});

test('the sign-in form carries the zone the browser runs in', () => {
    const field = {value: ''};
    assert.equal(offerZone(field, intlIn('America/New_York')), 'America/New_York');
    assert.equal(field.value, 'America/New_York');
});

test('a browser that cannot tell its zone leaves the field empty, so the installation zone applies', () => {
    const field = {value: ''};
    assert.equal(offerZone(field, intlIn(undefined)), '');
    assert.equal(field.value, '');
    const broken = {DateTimeFormat: () => { throw new RangeError('no Intl data'); }};
    assert.equal(browserZone(broken), '');
});

test('a page without the sign-in form is left alone', () => {
    assert.equal(offerZone(null, intlIn('Europe/Berlin')), '');
});

test('the real Intl of this runtime names a zone', () => {
    assert.match(browserZone(Intl), /^[A-Za-z_]+(\/[A-Za-z_+\-0-9]+)*$/);
});
