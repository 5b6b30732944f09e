/* Learner view of a JOBS4ALL assessment: keyboard ordering, submit, feedback.
 *
 * The questions are rendered by the server; this file collects the answers, posts them with
 * the attempt number (so a double submission is refused by the server), and puts the
 * server-rendered feedback in place. The result is announced in a polite live region. */
function Jobs4AllAssessment(runtime, element, init) {
    'use strict';
    init = window.Jobs4All.initData(init);
    var J = window.Jobs4All;
    var gettext = J.gettext, interpolate = J.interpolate;
    var root = J.rootOf(element);
    var section = root.querySelector('.j4a-assessment');
    var form = section.querySelector('[data-role="form"]');
    var live = section.querySelector('[data-role="live"]');
    var nextAttempt = init.next_attempt;
    if (!form) { return; }
    var errors = form.querySelector('[data-role="errors"]');
    var submitButton = form.querySelector('[data-action="submit"]');

    function items() {
        return Array.prototype.slice.call(form.querySelectorAll('fieldset[data-item-id]'));
    }

    function checkedValues(fieldset) {
        return Array.prototype.map.call(fieldset.querySelectorAll('input:checked'), function (input) {
            return input.value;
        });
    }

    var COLLECT = {
        single: function (fieldset) { return checkedValues(fieldset)[0] || null; },
        multiple: checkedValues,
        ordering: function (fieldset) {
            return Array.prototype.map.call(fieldset.querySelectorAll('[data-step-id]'), function (step) {
                return step.getAttribute('data-step-id');
            });
        },
        matching: function (fieldset) {
            var answer = {};
            Array.prototype.forEach.call(fieldset.querySelectorAll('select[data-term-id]'), function (select) {
                answer[select.getAttribute('data-term-id')] = select.value;
            });
            return answer;
        },
        rating: function (fieldset) {
            var answer = {};
            Array.prototype.forEach.call(fieldset.querySelectorAll('[data-outcome-id]'), function (group) {
                var checked = group.querySelector('input:checked');
                answer[group.getAttribute('data-outcome-id')] = checked ? Number(checked.value) : null;
            });
            return answer;
        }
    };

    function answers() {
        var result = {};
        items().forEach(function (fieldset) {
            result[fieldset.getAttribute('data-item-id')] = COLLECT[fieldset.getAttribute('data-item-type')](fieldset);
        });
        return result;
    }

    /* Ordering: Move up / Move down keep the focus on the moved step and say where it went. */
    function updateMoveButtons(list) {
        var steps = list.querySelectorAll('[data-step-id]');
        Array.prototype.forEach.call(steps, function (step, index) {
            if (submitButton.disabled) { return; }
            step.querySelector('[data-move="-1"]').disabled = index === 0;
            step.querySelector('[data-move="1"]').disabled = index === steps.length - 1;
        });
    }

    function move(button) {
        var step = button.closest('[data-step-id]');
        var list = step.parentNode;
        var direction = Number(button.getAttribute('data-move'));
        var sibling = direction < 0 ? step.previousElementSibling : step.nextElementSibling;
        if (!sibling) { return; }
        list.insertBefore(step, direction < 0 ? sibling : sibling.nextElementSibling);
        updateMoveButtons(list);
        var steps = Array.prototype.slice.call(list.children);
        var target = step.querySelector('[data-move="' + direction + '"]');
        (target.disabled ? step.querySelector('[data-move="' + (-direction) + '"]') : target).focus();
        J.announce(live, interpolate(gettext('“{step}” is now step {position} of {count}.'), {
            step: step.querySelector('.j4a-step-text').textContent,
            position: steps.indexOf(step) + 1, count: steps.length
        }));
    }

    function locate(problem) {
        if (!problem.field) { return null; }
        var fieldset = form.querySelector('fieldset[data-item-id="' + problem.field + '"]');
        return fieldset ? fieldset.querySelector('input, select, button') : null;
    }

    function clearInvalid() {
        Array.prototype.forEach.call(form.querySelectorAll('[aria-invalid]'), function (node) {
            node.removeAttribute('aria-invalid');
        });
    }

    function showResult(body) {
        items().forEach(function (fieldset) {
            var html = body.html.items[fieldset.getAttribute('data-item-id')];
            // Server-rendered by a template: escaped learner text and sanitised author HTML only.
            fieldset.querySelector('[data-role="feedback"]').innerHTML = html || '';
        });
        section.querySelector('[data-role="summary"]').innerHTML = body.html.summary;
        var attempts = section.querySelector('[data-role="attempts"]');
        if (attempts) { attempts.textContent = body.html.attempts; }
        nextAttempt = body.next_attempt;
        if (!body.can_submit) {
            Array.prototype.forEach.call(form.querySelectorAll('input, select, button'), function (control) {
                control.disabled = true;
            });
            // The focused Submit button is now disabled: keep keyboard users on the result.
            section.querySelector('[data-role="summary"]').focus();
        }
        J.announce(live, body.announcement);
    }

    function submit(event) {
        event.preventDefault();
        if (submitButton.disabled) { return; }
        clearInvalid();
        J.showProblems(errors, '', []);
        submitButton.disabled = true;
        submitButton.setAttribute('aria-busy', 'true');
        J.postJSON(runtime.handlerUrl(root, 'submit'), {attempt: nextAttempt, answers: answers()})
            .then(function (result) {
                submitButton.removeAttribute('aria-busy');
                submitButton.disabled = false;
                if (result.ok) {
                    showResult(result.body);
                } else {
                    J.showProblems(errors, result.body.error || gettext('Something went wrong. Nothing was recorded.'),
                                   result.body.problems, locate);
                }
            });
    }

    form.addEventListener('submit', submit);
    form.addEventListener('click', function (event) {
        var button = event.target.closest('[data-move]');
        if (button && form.contains(button)) { move(button); }
    });
    Array.prototype.forEach.call(form.querySelectorAll('[data-role="order"]'), updateMoveButtons);
}
