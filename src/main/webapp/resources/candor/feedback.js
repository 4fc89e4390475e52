/*
 * After a form is sent, the focus goes to what the answer says about it: the first field in error,
 * else the form's message area (c:formFeedback) when it holds a message. The page no longer seems
 * to do nothing when the message would be out of sight, and a screen reader reads it out.
 */
(function () {
    'use strict';

    // What sends a form: only its answer moves the focus, not that of every Ajax call (an
    // autocomplete's suggestions, a stage's default length).
    var SENDERS = 'button[type=submit], input[type=submit], a.ui-commandlink';

    /** The form whose command sent this Ajax request, or null for any other request. */
    function sentForm(settings) {
        var source = settings && settings.source;
        var id = source && (typeof source === 'string' ? source : source.id);
        var sender = id ? document.getElementById(id) : null;
        return sender && sender.matches(SENDERS) ? sender.closest('form') : null;
    }

    function focusable(element) {
        if (!element) {
            return null;
        }
        if (element.matches('input:not([type=hidden]), select, textarea, [tabindex]')) {
            return element;
        }
        return element.querySelector('input:not([type=hidden]):not([aria-hidden=true]), select, textarea, [tabindex="0"]');
    }

    /*
     * A field's message (p:message) follows its field, perhaps after a hint; an h:panelGroup
     * without an id renders no element of its own, so the container may hold other fields too.
     */
    function fieldOf(message) {
        for (var node = message.previousElementSibling; node; node = node.previousElementSibling) {
            var field = focusable(node);
            if (field) {
                return field;
            }
        }
        return null;
    }

    /*
     * The field is marked invalid and described by its message, which a problem the services
     * found (rather than a validator) does not do by itself.
     */
    function firstInvalidField(form) {
        var messages = form.querySelectorAll('.ui-message-error');
        var first = null;
        for (var i = 0; i < messages.length; i++) {
            var field = fieldOf(messages[i]);
            if (field) {
                field.setAttribute('aria-invalid', 'true');
                if (messages[i].id) {
                    field.setAttribute('aria-describedby', messages[i].id);
                }
                first = first || field;
            }
        }
        return first || form.querySelector('[aria-invalid="true"]');
    }

    function feedbackWithMessage(form) {
        var areas = form.querySelectorAll('[data-form-feedback]');
        for (var i = 0; i < areas.length; i++) {
            if (areas[i].querySelector('.form-message')) {
                return areas[i];
            }
        }
        return null;
    }

    function focusAnswer(form) {
        if (!form) {
            return;
        }
        var target = firstInvalidField(form) || feedbackWithMessage(form);
        if (target) {
            target.focus();
            if (target.scrollIntoView) {
                target.scrollIntoView({block: 'nearest'});
            }
        }
    }

    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', function (event, xhr, settings) {
            var form = sentForm(settings);
            // After the other handlers of the same answer: widgets it re-creates (a tab view, a
            // table) may move the focus while they start.
            window.setTimeout(function () {
                focusAnswer(form && document.getElementById(form.id));
            }, 0);
        });
    }

    // A full post (a file upload), or a whole page replaced by Ajax, comes back as a new page: the
    // form with a message is the one sent.
    function focusSentForm() {
        var areas = document.querySelectorAll('[data-form-feedback]');
        for (var i = 0; i < areas.length; i++) {
            var form = areas[i].closest('form');
            if (form && (feedbackWithMessage(form) || form.querySelector('.ui-message-error'))) {
                focusAnswer(form);
                return;
            }
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', focusSentForm);
    } else {
        focusSentForm();
    }
}());
