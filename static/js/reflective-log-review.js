/* Reflective log, trainer review (course staff only; the server checks it too): the list of
 * submitted entries (newest first, filter "awaiting feedback"), reading one entry, and the
 * feedback form with a judgement per linked outcome. The HTML comes from the server's
 * templates, which escape learners' text. Called by Jobs4AllReflectiveLog. */
function Jobs4AllReflectiveReview(runtime, element) {
    'use strict';
    var J = window.Jobs4All;
    var gettext = J.gettext;
    var root = J.rootOf(element);
    var panel = root.querySelector('[data-role="review-panel"]');
    if (!panel) { return; }
    var queueBox = panel.querySelector('[data-role="queue"]');
    var detailBox = panel.querySelector('[data-role="review"]');
    var announceBox = panel.querySelector('[data-role="review-announce"]');
    var state = {filter: 'awaiting', offset: 0};
    var openEntry = null;          // {id, version}

    function url(handler) { return runtime.handlerUrl(root, handler); }

    function problem(result) {
        return (result.body && result.body.error) || gettext('Something went wrong. Nothing was saved.');
    }

    function loadQueue(focusSelector) {
        return J.postJSON(url('review_queue'), state).then(function (result) {
            if (!result.ok) { J.announce(announceBox, problem(result)); return; }
            queueBox.innerHTML = result.body.html;
            J.announce(announceBox, panel.querySelector('.j4a-log-queue .j4a-summary').textContent);
            var target = focusSelector && queueBox.querySelector(focusSelector);
            if (target) { target.focus(); }
        });
    }

    function showEntry(html, version) {
        detailBox.innerHTML = html;
        detailBox.hidden = false;
        var article = detailBox.querySelector('[data-entry]');
        openEntry = {id: article.getAttribute('data-entry'), version: Number(version)};
    }

    function read(entryId) {
        J.postJSON(url('review_entry'), {entry_id: Number(entryId)}).then(function (result) {
            if (!result.ok) { J.announce(announceBox, problem(result)); return; }
            showEntry(result.body.html, result.body.version);
            detailBox.querySelector('.j4a-log-review-heading').focus();
        });
    }

    function back() {
        var id = openEntry && openEntry.id;
        detailBox.hidden = true;
        J.clear(detailBox);
        openEntry = null;
        var button = id && queueBox.querySelector('[data-action="read"][data-entry="' + id + '"]');
        (button || queueBox.querySelector('[data-role="queue-filter"]')).focus();
    }

    function locate(item) {
        if (item.field === 'feedback') { return detailBox.querySelector('[data-field="feedback"]'); }
        if (item.field && item.field.indexOf('judgement-') === 0) {
            return detailBox.querySelector('[data-judgement="' + item.field.slice(10) + '"]');
        }
        return null;
    }

    function review(form) {
        var text = form.querySelector('[data-field="feedback"]').value;
        var judgements = {};
        Array.prototype.forEach.call(form.querySelectorAll('[data-judgement]'), function (select) {
            judgements[select.getAttribute('data-judgement')] = select.value;
        });
        var data = {entry_id: Number(openEntry.id), version: openEntry.version, feedback: text,
                    judgements: judgements, filter: state.filter, offset: state.offset};
        J.postJSON(url('give_feedback'), data).then(function (result) {
            var body = result.body || {};
            if (result.ok) {
                showEntry(body.html, body.version);
                queueBox.innerHTML = body.queue_html;
                J.announce(announceBox, body.message);
                detailBox.querySelector('.j4a-log-review-heading').focus();
                return;
            }
            if (result.status === 409 && body.html) {
                // The learner changed the entry: show the new version, keep the trainer's text.
                showEntry(body.html, body.version);
                detailBox.querySelector('[data-field="feedback"]').value = text;
            }
            J.showProblems(detailBox.querySelector('[data-role="review-errors"]'), problem(result), body.problems, locate);
        });
    }

    panel.addEventListener('change', function (event) {
        if (event.target.getAttribute('data-role') !== 'queue-filter') { return; }
        state = {filter: event.target.value, offset: 0};
        loadQueue('[data-role="queue-filter"]');
    });
    panel.addEventListener('click', function (event) {
        var target = event.target.closest('[data-action]');
        if (!target || !panel.contains(target)) { return; }
        var action = target.getAttribute('data-action');
        if (action === 'read') {
            read(target.getAttribute('data-entry'));
        } else if (action === 'page') {
            state.offset = Number(target.getAttribute('data-offset'));
            loadQueue('[data-role="queue-filter"]');
        } else if (action === 'back') {
            back();
        }
    });
    panel.addEventListener('submit', function (event) {
        if (event.target.getAttribute('data-role') !== 'feedback-form') { return; }
        event.preventDefault();
        review(event.target);
    });
}
