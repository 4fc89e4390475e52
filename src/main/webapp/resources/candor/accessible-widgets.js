/*
 * PrimeFaces 14 writes a few ARIA mistakes into its widgets, some from its renderers and some from its
 * scripts (a chosen person, the date picker's button), so they are put right in the page: on load and
 * whenever PrimeFaces adds markup (an ajax update, a token added by a click). Only ARIA attributes and a
 * hidden button text change, never what the widgets do. Each repair names the axe-core rule it answers.
 */
(function () {
    'use strict';

    function each(root, selector, repair) {
        Array.prototype.forEach.call(root.querySelectorAll(selector), repair);
    }

    /*
     * autoComplete multiple="true": the chosen people are a list, then the text field. PrimeFaces makes the
     * list a nameless listbox whose last item holds the field, which no listbox may hold
     * (aria-input-field-name, aria-required-children, listitem); as a plain list each item is an item.
     */
    function chosenItemsAsList(root) {
        each(root, 'ul.ui-autocomplete-multiple-container[role="listbox"]', function (list) {
            list.removeAttribute('role');
            list.removeAttribute('aria-orientation');
        });
        each(root, 'ul.ui-autocomplete-multiple-container > li.ui-autocomplete-token[role="option"]', function (item) {
            item.removeAttribute('role');
            item.removeAttribute('aria-selected');
        });
    }

    /*
     * autoComplete's suggestions are a listbox without a name (aria-input-field-name): it takes the name of
     * the field it suggests for.
     */
    function suggestionsNamedAfterTheirField(root) {
        each(root, '.ui-autocomplete-panel ul[role="listbox"]:not([aria-label])', function (list) {
            var panel = list.closest('.ui-autocomplete-panel');
            var field = panel.id && document.querySelector('[aria-controls="' + CSS.escape(panel.id) + '"]');
            var name = field && (field.labels && field.labels.length ? field.labels[0].textContent : field.getAttribute('aria-label'));
            if (name) {
                list.setAttribute('aria-label', name.trim());
            }
        });
    }

    /*
     * datePicker's calendar button reads "Choose Date" but its hidden text says "ui-button"
     * (label-content-name-mismatch): the text becomes the name.
     */
    function datePickerButtonText(root) {
        each(root, 'button.ui-datepicker-trigger[aria-label] > .ui-button-text', function (text) {
            var name = text.parentNode.getAttribute('aria-label');
            if (text.textContent !== name) {
                text.textContent = name;
            }
        });
    }

    /*
     * datePicker's calendar marks its day links "selected", which a link cannot be (aria-allowed-attr):
     * the day's cell in the calendar grid is what is selected.
     */
    function selectedOnCalendarDays(root) {
        each(root, '.ui-datepicker-calendar td > a[aria-selected]', function (day) {
            day.parentNode.setAttribute('aria-selected', day.getAttribute('aria-selected'));
            day.removeAttribute('aria-selected');
        });
    }

    /*
     * messages: each message is an alert inside a list, and a list holds only items (list). The alert
     * moves to the box of its severity, which is announced the same way.
     */
    function messageAlertsOutsideLists(root) {
        each(root, '.ui-messages ul > li[role="alert"]', function (item) {
            var box = item.parentNode.parentNode;
            box.setAttribute('role', 'alert');
            box.setAttribute('aria-atomic', 'true');
            item.removeAttribute('role');
            item.removeAttribute('aria-atomic');
        });
    }

    /*
     * selectOneRadio marks the wrapper of each radio button "checked" (aria-allowed-attr): the radio
     * button itself says whether it is chosen.
     */
    function checkedOnlyOnRadios(root) {
        each(root, '.ui-selectoneradio [aria-checked]:not([role])', function (wrapper) {
            wrapper.removeAttribute('aria-checked');
        });
    }

    /*
     * selectManyCheckbox required="true" puts aria-required on the box around the checkboxes, which has no
     * role that takes it (aria-allowed-attr); the label says what is needed and the server checks it.
     */
    function requiredOnlyOnFields(root) {
        each(root, '.ui-selectmanycheckbox[aria-required]:not([role])', function (group) {
            group.removeAttribute('aria-required');
        });
    }

    /*
     * fileUpload mode="simple" skinSimple="false" shows the browser's own file field but hides it from
     * screen readers although it takes the focus (aria-hidden-focus).
     */
    function visibleFileFieldsNotHidden(root) {
        each(root, 'input[type="file"][aria-hidden="true"]', function (field) {
            if (!field.closest('.ui-fileupload')) {
                field.removeAttribute('aria-hidden');
            }
        });
    }

    /*
     * toggleSwitch renders its checkbox with aria-checked="aria-checked" when it is on (aria-valid-attr-value,
     * aria-conditional-attr): a native checkbox already says whether it is checked.
     */
    function nativeStateOnSwitches(root) {
        each(root, '.ui-toggleswitch input[type="checkbox"][aria-checked]', function (box) {
            box.removeAttribute('aria-checked');
        });
    }

    var repairs = [
        chosenItemsAsList,
        suggestionsNamedAfterTheirField,
        datePickerButtonText,
        selectedOnCalendarDays,
        messageAlertsOutsideLists,
        checkedOnlyOnRadios,
        requiredOnlyOnFields,
        visibleFileFieldsNotHidden,
        nativeStateOnSwitches
    ];

    function repairAll() {
        repairs.forEach(function (repair) {
            repair(document);
        });
    }

    function start() {
        repairAll();
        // Every repair removes what it looks for, so the changes it makes itself end the round.
        new MutationObserver(repairAll).observe(document.body, {
            childList: true,
            subtree: true,
            attributes: true,
            attributeFilter: ['role', 'aria-selected', 'aria-checked', 'aria-required', 'aria-hidden', 'aria-label']
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
