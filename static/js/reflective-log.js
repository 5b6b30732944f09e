/* Reflective log, learner view: write dated entries against the prompts, with a live word
 * count, a draft that saves itself (debounced) and survives a reload, submit, change a
 * submitted entry until the trainer answers, delete a draft.
 *
 * Saves are sent one after the other and name the version they are based on; when another
 * tab changed the entry, the server keeps this tab's text as a new draft and says so. Until a
 * save succeeds, the text is also kept in the browser (localStorage) and restored on reload.
 * Words are counted as on the server: runs of non-space characters with a letter or digit. */
function Jobs4AllReflectiveLog(runtime, element, init) {
    'use strict';
    init = window.Jobs4All.initData(init);
    var J = window.Jobs4All;
    var gettext = J.gettext, ngettext = J.ngettext, interpolate = J.interpolate;
    var root = J.rootOf(element);
    var block = root.querySelector('.j4a-log');
    if (init.review && window.Jobs4AllReflectiveReview) {
        window.Jobs4AllReflectiveReview(runtime, element);
    }
    if (!init.signed_in) { return; }

    var SAVE_DELAY = 1500, ANNOUNCE_DELAY = 1200;
    var form = block.querySelector('[data-role="form"]');
    var entriesBox = block.querySelector('[data-role="entries"]');
    var progressBox = block.querySelector('[data-role="progress"]');
    var announceBox = block.querySelector('[data-role="announce"]');
    var newButton = block.querySelector('[data-action="new"]');
    var errors = form.querySelector('[data-role="errors"]');
    var saveState = form.querySelector('[data-role="save-state"]');
    var note = form.querySelector('[data-role="form-note"]');
    var wordLive = form.querySelector('[data-role="word-live"]');
    var formTitle = form.querySelector('[data-role="form-title"]');
    var titleInput = form.querySelector('[data-field="title"]');
    var buttons = {
        submit: form.querySelector('[data-action="submit"]'), save: form.querySelector('[data-action="save"]'),
        remove: form.querySelector('[data-action="delete"]'), close: form.querySelector('[data-action="close"]')
    };
    var defaultNote = note.textContent;
    var areas = {}, prompts = {}, entries = {};
    Array.prototype.forEach.call(form.querySelectorAll('textarea[data-prompt]'), function (area) {
        var id = area.getAttribute('data-prompt');
        areas[id] = area;
        prompts[id] = {text: form.querySelector('label[for="' + area.id + '"]').textContent,
                       min_words: Number(area.getAttribute('data-min')), max_words: Number(area.getAttribute('data-max'))};
    });
    // The entries come as an escaped JSON element of the page (learner text never goes into a script).
    init.entries.forEach(function (entry) {
        entries[entry.id] = entry;
    });

    var current = null;            // {id, version, status} of the entry in the form
    var dirty = false;             // the form has text the server has not stored yet
    var queue = Promise.resolve(); // saves run one after the other
    var saveTimer = null, announceTimer = null;
    // One copy per learner and log (the key comes from the server), never shared between people.
    var storageKey = init.storage_key ? 'jobs4all-log:' + init.storage_key : null;

    function outcomeBoxes() { return form.querySelectorAll('[data-role="outcome"]'); }

    function collect() {
        var answers = {}, outcomes = [];
        Object.keys(areas).forEach(function (id) { answers[id] = areas[id].value; });
        Array.prototype.forEach.call(outcomeBoxes(), function (box) { if (box.checked) { outcomes.push(box.value); } });
        return {entry_id: current.id, version: current.version, title: titleInput.value, answers: answers,
                outcome_ids: outcomes};
    }

    /* ---- the browser's copy of unsaved text */
    function keep() {
        if (!storageKey) { return; }
        try { window.localStorage.setItem(storageKey, JSON.stringify(collect())); } catch (ignore) { /* private mode */ }
    }
    function forget() {
        if (!storageKey) { return; }
        try { window.localStorage.removeItem(storageKey); } catch (ignore) { /* private mode */ }
    }
    function kept() {
        if (!storageKey) { return null; }
        try { return JSON.parse(window.localStorage.getItem(storageKey) || 'null'); } catch (ignore) { return null; }
    }

    /* ---- word counts */
    function countWords(text) {
        return text.split(/\s+/).filter(function (token) { return /[\p{L}\p{N}]/u.test(token); }).length;
    }

    function countText(id) {
        var prompt = prompts[id], count = countWords(areas[id].value);
        var text = interpolate(ngettext('{count} word', '{count} words', count), {count: count});
        var state = '';
        if (count && count < prompt.min_words) {
            var missing = prompt.min_words - count;
            state = interpolate(ngettext('{count} more word needed', '{count} more words needed', missing),
                                {count: missing});
        } else if (prompt.max_words && count > prompt.max_words) {
            var over = count - prompt.max_words;
            state = interpolate(ngettext('{count} word over the limit', '{count} words over the limit', over),
                                {count: over});
        }
        return {text: state ? text + ', ' + state : text, bad: Boolean(state)};
    }

    function showCount(id) {
        var shown = countText(id);
        var target = form.querySelector('[data-count="' + id + '"]');
        target.textContent = shown.text;
        target.parentNode.classList.toggle('j4a-log-count--bad', shown.bad);
        return shown.text;
    }

    /* ---- state shown to the learner */
    function setState(text) { saveState.textContent = text || ''; }

    function announce(text) { if (text) { J.announce(announceBox, text); } }

    function replaceEntries(body) {
        var open = Array.prototype.map.call(entriesBox.querySelectorAll('details[open]'), function (d) { return d.id; });
        entriesBox.innerHTML = body.entries_html;  // rendered and escaped by the server's template
        open.forEach(function (id) { var node = document.getElementById(id); if (node) { node.open = true; } });
        if (body.progress) { progressBox.textContent = body.progress.text; }
    }

    function clearInvalid() {
        Array.prototype.forEach.call(form.querySelectorAll('[aria-invalid]'), function (node) {
            node.removeAttribute('aria-invalid');
        });
    }

    function locate(problem) {
        if (areas[problem.field]) { return areas[problem.field]; }
        if (problem.field === 'title') { return titleInput; }
        if (problem.field === 'outcome_ids') { return outcomeBoxes()[0] || null; }
        return null;
    }

    function describe() {
        var submitted = current.status === 'submitted';
        var title = titleInput.value || gettext('Untitled entry');
        formTitle.textContent = current.id === null ? gettext('New entry') : interpolate(
            submitted ? gettext('Change your submitted entry “{title}”') : gettext('Your draft “{title}”'),
            {title: title});
        buttons.submit.textContent = submitted ? gettext('Save changes') : gettext('Submit entry');
        buttons.save.hidden = submitted;
        buttons.remove.hidden = submitted || current.id === null;
    }

    function fill(data) {
        titleInput.value = data.title || '';
        Object.keys(areas).forEach(function (id) { areas[id].value = (data.answers || {})[id] || ''; showCount(id); });
        var linked = data.outcome_ids || [];
        Array.prototype.forEach.call(outcomeBoxes(), function (box) { box.checked = linked.indexOf(box.value) >= 0; });
    }

    function openForm(entry) {
        current = entry ? {id: entry.id, version: entry.version, status: entry.status}
                        : {id: null, version: 0, status: 'draft'};
        fill(entry || {});
        dirty = false;
        clearInvalid();
        J.showProblems(errors, '', []);
        setState('');
        describe();
        note.textContent = current.status === 'submitted'
            ? gettext('Changes to a submitted entry are sent to your trainer when you choose “Save changes”.')
            : defaultNote;
        form.hidden = false;
        formTitle.focus();
    }

    function closeForm() {
        form.hidden = true;
        var button = current && current.id !== null &&
            entriesBox.querySelector('[data-action="edit"][data-entry="' + current.id + '"]');
        current = null;
        (button || newButton).focus();
    }

    /* ---- saving */
    function tooLong() {
        var found = null;
        Object.keys(areas).forEach(function (id) {
            var length = areas[id].value.length;
            if (!found && length > init.max_chars) {
                found = {field: id, message: interpolate(gettext('Your answer to “{prompt}” has {count} characters; at most {limit} can be saved. It was not saved: please shorten it (your text is still here).'),
                                                         {prompt: prompts[id].text, count: length, limit: init.max_chars})};
            }
        });
        return found;
    }

    function failed(result, loud) {
        var body = result.body || {};
        var message = body.error || gettext('Your text could not be saved. It is still here; please try again.');
        clearInvalid();
        (body.problems || []).forEach(function (problem) {
            var target = locate(problem);
            if (target) { target.setAttribute('aria-invalid', 'true'); }
        });
        if (loud) {
            J.showProblems(errors, message, body.problems, locate);
        } else {
            // An autosave never moves the focus away from what the learner is typing.
            var details = (body.problems || []).map(function (p) { return p.message; }).join(' ');
            setState(gettext('Not saved.') + ' ' + (details || message));
            announce(gettext('Not saved.') + ' ' + (details || message));
        }
    }

    function content(data) {
        return JSON.stringify([data.title, data.answers, data.outcome_ids]);
    }

    function saved(body, submitting, sent) {
        var entry = body.entry;
        entries[entry.id] = entry;
        replaceEntries(body);
        if (!current) { return; }
        current = {id: entry.id, version: entry.version, status: entry.status};
        if (content(collect()) === content(sent)) { dirty = false; forget(); }
        setState(body.saved_label);
        describe();
        if (body.action === 'copied') {
            J.showProblems(errors, body.message, []);
            return;
        }
        if (submitting && !dirty) {
            form.hidden = true;
            current = null;
            announce(body.message);
            var summary = document.querySelector('#' + block.id + '-entry-' + entry.id + ' > summary');
            (summary || newButton).focus();
            return;
        }
        if (body.message) { announce(body.message); }
    }

    /* Resolves to false when the text could not be saved (it stays in the form). */
    function send(submitting) {
        if (!current || (!submitting && (!dirty || current.status !== 'draft'))) { return Promise.resolve(true); }
        var problem = tooLong();
        if (problem) {
            failed({body: {error: problem.message, problems: [problem]}}, submitting);
            return Promise.resolve(false);
        }
        var data = collect();
        var wasDirty = dirty;
        dirty = false;
        if (submitting) { J.showProblems(errors, '', []); }
        setState(submitting ? gettext('Submitting…') : gettext('Saving…'));
        var handler = submitting ? 'submit_entry' : 'save_draft';
        return J.postJSON(runtime.handlerUrl(root, handler), data).then(function (result) {
            if (result.ok) {
                saved(result.body, submitting, data);
                return true;
            }
            dirty = dirty || wasDirty || submitting;
            failed(result, submitting);
            return false;
        });
    }

    function enqueue(submitting) {
        window.clearTimeout(saveTimer);
        queue = queue.then(function () { return send(submitting); });
        return queue;
    }

    function edited(event) {
        if (!current) { return; }
        dirty = true;
        keep();
        var id = event && event.target.getAttribute('data-prompt');
        if (id) {
            var spoken = showCount(id);
            window.clearTimeout(announceTimer);
            announceTimer = window.setTimeout(function () { J.announce(wordLive, spoken); }, ANNOUNCE_DELAY);
        }
        if (current.status !== 'draft') {
            setState(gettext('Changed: choose “Save changes” to send the new version to your trainer.'));
            return;
        }
        setState(gettext('Not saved yet…'));
        window.clearTimeout(saveTimer);
        saveTimer = window.setTimeout(function () { enqueue(false); }, SAVE_DELAY);
    }

    function removeDraft() {
        if (!window.confirm(gettext('Delete this draft? This cannot be undone.'))) { return; }
        window.clearTimeout(saveTimer);
        queue = queue.then(function () {
            return J.postJSON(runtime.handlerUrl(root, 'delete_draft'),
                              {entry_id: current.id, version: current.version}).then(function (result) {
                if (result.body && result.body.entries_html) { replaceEntries(result.body); }
                if (result.ok) {
                    delete entries[current.id];
                    forget();
                    announce(result.body.message);
                    closeForm();
                } else {
                    failed(result, true);
                }
            });
        });
    }

    function restore() {
        var data = kept();
        if (!data) { return; }
        var entry = data.entry_id ? entries[data.entry_id] : null;
        if (data.entry_id && !entry) { entry = {id: data.entry_id, version: data.version, status: 'draft'}; }
        openForm(entry && entry.editable === false ? {id: entry.id, version: data.version, status: 'draft'} : entry);
        current.version = data.version;
        fill(data);
        dirty = true;
        describe();
        note.textContent = gettext('Text you had not saved on your last visit was restored.');
        announce(note.textContent);
        if (current.status === 'draft') { enqueue(false); }
    }

    /* ---- wiring */
    form.addEventListener('input', edited);
    form.addEventListener('change', function (event) {
        if (event.target.getAttribute('data-role') === 'outcome') { edited(event); }
    });
    form.addEventListener('submit', function (event) { event.preventDefault(); enqueue(true); });
    buttons.save.addEventListener('click', function () { dirty = true; enqueue(false); });
    buttons.remove.addEventListener('click', removeDraft);
    /* Save the draft in the form before it is closed or replaced; resolves to true when the
     * form may be left (unsent changes to a submitted entry need the learner's consent). */
    function leave() {
        if (form.hidden || !current) { return Promise.resolve(true); }
        if (dirty && current.status !== 'draft') {
            return Promise.resolve(window.confirm(gettext('Leave without sending your changes to the submitted entry?')));
        }
        return enqueue(false);
    }

    buttons.close.addEventListener('click', function () {
        leave().then(function (ok) { if (ok) { closeForm(); } });
    });
    newButton.addEventListener('click', function () {
        leave().then(function (ok) { if (ok) { openForm(null); } });
    });
    entriesBox.addEventListener('click', function (event) {
        var button = event.target.closest('[data-action="edit"]');
        if (!button) { return; }
        var entry = entries[button.getAttribute('data-entry')];
        leave().then(function (ok) { if (ok) { openForm(entry); } });
    });
    Object.keys(areas).forEach(showCount);
    restore();
}
