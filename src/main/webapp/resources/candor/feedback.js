/*
 * After a form is sent, the focus goes to what the answer says about it: the first field in error,
 * else the form's message area (c:formFeedback) when it holds a message. The page no longer seems
 * to do nothing when the message would be out of sight, and a screen reader reads it out.
 */
(function () {
    'use strict';

    var lastForm = null;

    function remember(event) {
        var form = event.target && event.target.closest ? event.target.closest('form') : null;
        if (form) {
            lastForm = form.id;
        }
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
     * A field's message (p:message) names its field in data-target; the field is marked invalid
     * and described by the message, which a problem the services found does not do by itself.
     */
    function firstInvalidField(form) {
        var messages = form.querySelectorAll('.ui-message-error[data-target]');
        var first = null;
        for (var i = 0; i < messages.length; i++) {
            var field = focusable(document.getElementById(messages[i].getAttribute('data-target')));
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
            if (areas[i].querySelector('.ui-messages-info, .ui-messages-warn, .ui-messages-error, .ui-messages-fatal')) {
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

    document.addEventListener('focusin', remember, true);
    document.addEventListener('click', remember, true);

    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', function () {
            focusAnswer(lastForm ? document.getElementById(lastForm) : null);
        });
    }

    // A full post (a file upload) comes back as a new page: the form with a message is the one sent.
    document.addEventListener('DOMContentLoaded', function () {
        var areas = document.querySelectorAll('[data-form-feedback]');
        for (var i = 0; i < areas.length; i++) {
            var form = areas[i].closest('form');
            if (form && feedbackWithMessage(form)) {
                focusAnswer(form);
                return;
            }
        }
    });
}());
