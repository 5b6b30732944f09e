/* Studio editor of a JOBS4ALL assessment: settings, and the questions (add, edit, reorder,
 * remove; choices, steps, pairs and distractors likewise), each mapped to outcomes of the
 * course's Learning Outcomes Matrix. The server validates everything on save; its problems
 * appear next to the fields they concern and nothing is saved while any remains. */
function Jobs4AllAssessmentEditor(runtime, element, init) {
    'use strict';
    init = window.Jobs4All.initData(init);
    var J = window.Jobs4All, P = window.Jobs4AllAssessmentParts;
    var gettext = J.gettext, interpolate = J.interpolate, el = J.el;
    var root = J.rootOf(element);
    var editor = root.querySelector('.j4a-assessment-editor');
    var list = editor.querySelector('[data-role="items"]');
    var errors = editor.querySelector('[data-role="errors"]');
    var status = editor.querySelector('[data-role="status"]');
    var items = JSON.parse(JSON.stringify(init.items || []));
    var typeLabels = {};
    init.types.forEach(function (type) { typeLabels[type.value] = type.label; });
    var ctx = {prefix: editor.id, changed: changed};
    var GRADED = {single: true, multiple: true, ordering: true, matching: true};

    function notify(name, data) {
        if (runtime.notify) { runtime.notify(name, data); }
    }

    function blank(type) {
        var item = {id: P.nextId(items, 'q'), type: type, prompt: '', outcomes: [], explanation: ''};
        if (GRADED[type]) { item.points = 1; }
        if (type === 'single' || type === 'multiple') {
            item.choices = [{id: 'a', text: '', correct: true, feedback: ''}, {id: 'b', text: '', correct: false, feedback: ''}];
        } else if (type === 'ordering') {
            item.steps = [{id: 's1', text: ''}, {id: 's2', text: ''}, {id: 's3', text: ''}];
        } else if (type === 'matching') {
            item.pairs = [{id: 'p1', term: '', match: ''}, {id: 'p2', term: '', match: ''}];
            item.distractors = [];
        }
        return item;
    }

    function typeParts(item, row) {
        var parts = [];
        if (item.type === 'single' || item.type === 'multiple') {
            parts.push(P.entriesEditor(ctx, {
                item: item, row: row, name: 'choices', correctType: item.type === 'single' ? 'radio' : 'checkbox',
                title: item.type === 'single' ? gettext('Choices (mark the one correct choice)')
                                              : gettext('Choices (mark every correct choice)'),
                columns: [{field: 'text', label: gettext('text'), kind: 'text'},
                          {field: 'correct', label: gettext('correct'), kind: 'correct'},
                          {field: 'feedback', label: gettext('feedback when chosen (HTML)'), kind: 'textarea'}],
                entryLabel: function (n) { return interpolate(gettext('Choice {number}'), {number: n}); },
                addLabel: gettext('Add a choice'),
                newEntry: function (entries) { return {id: P.nextId(entries, 'c'), text: '', correct: false, feedback: ''}; }
            }));
        } else if (item.type === 'ordering') {
            parts.push(P.entriesEditor(ctx, {
                item: item, row: row, name: 'steps', title: gettext('Steps, in the correct order (learners see them shuffled)'),
                columns: [{field: 'text', label: gettext('text'), kind: 'text'}],
                entryLabel: function (n) { return interpolate(gettext('Step {number}'), {number: n}); },
                addLabel: gettext('Add a step'),
                newEntry: function (entries) { return {id: P.nextId(entries, 's'), text: ''}; }
            }));
        } else if (item.type === 'matching') {
            var used = function () { return (item.pairs || []).concat(item.distractors || []); };
            parts.push(P.entriesEditor(ctx, {
                item: item, row: row, name: 'pairs', title: gettext('Pairs: each term and its matching partner'),
                columns: [{field: 'term', label: gettext('term'), kind: 'text'},
                          {field: 'match', label: gettext('matching partner'), kind: 'text'}],
                entryLabel: function (n) { return interpolate(gettext('Pair {number}'), {number: n}); },
                addLabel: gettext('Add a pair'),
                newEntry: function () { return {id: P.nextId(used(), 'p'), term: '', match: ''}; }
            }));
            parts.push(P.entriesEditor(ctx, {
                item: item, row: row, name: 'distractors',
                title: gettext('Distractors: extra partners that match no term (optional)'),
                columns: [{field: 'text', label: gettext('text'), kind: 'text'}],
                entryLabel: function (n) { return interpolate(gettext('Distractor {number}'), {number: n}); },
                addLabel: gettext('Add a distractor'),
                newEntry: function () { return {id: P.nextId(used(), 'd'), text: ''}; }
            }));
        }
        return parts;
    }

    function renderItem(item, index) {
        var row = index + 1;
        var name = interpolate(gettext('Question {number}'), {number: row});
        var heading = interpolate(gettext('Question {number}: {type}'), {number: row, type: typeLabels[item.type] || item.type});
        var parts = [
            el('h4', {}, [heading]),
            el('p', {class: 'j4a-inline'}, [
                P.iconButton('↑', interpolate(gettext('Move {entry} up'), {entry: name}), function () {
                    P.moveIn(items, index, -1);
                    changed((row - 1) + ':prompt', interpolate(gettext('{entry} moved up.'), {entry: name}));
                }, index === 0),
                P.iconButton('↓', interpolate(gettext('Move {entry} down'), {entry: name}), function () {
                    P.moveIn(items, index, 1);
                    changed((row + 1) + ':prompt', interpolate(gettext('{entry} moved down.'), {entry: name}));
                }, index === items.length - 1),
                P.iconButton('✕', interpolate(gettext('Remove {entry}'), {entry: name}), function () {
                    items.splice(index, 1);
                    changed(items.length ? Math.min(row, items.length) + ':prompt' : 'add',
                            interpolate(gettext('{entry} removed. It is deleted when you save.'), {entry: name}));
                })
            ]),
            el('p', {class: 'j4a-field'}, P.labelled(ctx, row + ':prompt', gettext('Question text (HTML)'),
                P.textarea(item.prompt, function (value) { item.prompt = value; }, 3))),
            el('p', {class: 'j4a-field'}, P.labelled(ctx, row + ':id', gettext('Question id (used in reports; keep it once learners have answered)'),
                P.input(item.id, function (value) { item.id = value; }, {size: 20})))
        ];
        if (GRADED[item.type]) {
            parts.push(el('p', {class: 'j4a-field'}, P.labelled(ctx, row + ':points', gettext('Points'),
                P.input(item.points, function (value) { item.points = value; }, {type: 'number', min: '0', step: 'any'}))));
        }
        parts.push(P.mappingEditor(ctx, {item: item, row: row, graded: GRADED[item.type], outcomes: init.outcomes}));
        parts = parts.concat(typeParts(item, row));
        if (item.type !== 'rating') {
            parts.push(el('p', {class: 'j4a-field'}, P.labelled(ctx, row + ':explanation',
                gettext('Explanation, shown with the correct answer (HTML, optional)'),
                P.textarea(item.explanation, function (value) { item.explanation = value; }, 2))));
        }
        parts.push(P.errorSlot(ctx, row + ':'));
        return el('section', {class: 'j4a-editor-item', 'aria-label': heading, 'data-row': row}, parts);
    }

    function render() {
        J.clear(list);
        if (!items.length) {
            list.appendChild(el('p', {class: 'j4a-muted'}, [gettext('No questions yet. Choose a type and add one.')]));
        }
        items.forEach(function (item, index) { list.appendChild(renderItem(item, index)); });
    }

    function changed(focusKey, message) {
        render();
        var target = focusKey === 'add' ? editor.querySelector('[data-action="add"]')
                                        : editor.querySelector('[data-key="' + focusKey + '"]');
        if (target) { target.focus(); }
        if (message) { J.announce(status, message); }
    }

    /* Keys a problem may be shown at, the most precise first: "2:choices.3.text", "2:choices.3",
     * "2:choices", "2:" (the question); settings problems have no row. */
    function candidates(problem) {
        if (!problem.row) { return problem.field ? [problem.field] : []; }
        var keys = [], field = problem.field || '';
        while (field) {
            keys.push(problem.row + ':' + field);
            field = field.indexOf('.') > 0 ? field.slice(0, field.lastIndexOf('.')) : '';
        }
        keys.push(problem.row + ':');
        return keys;
    }

    /* Show the problem next to its field; return the control to mark invalid and focus. */
    function locate(problem) {
        var keys = candidates(problem);
        for (var i = 0; i < keys.length; i += 1) {
            var slot = editor.querySelector('[data-error-for="' + keys[i] + '"]');
            if (slot) {
                slot.textContent = slot.textContent ? slot.textContent + ' ' + problem.message : problem.message;
                var control = editor.querySelector('[data-key="' + keys[i] + '"]');
                var area = slot.closest('.j4a-field, fieldset, section');
                return control || (area && area.querySelector('input, select, textarea, button'));
            }
        }
        return null;
    }

    function clearProblems() {
        Array.prototype.forEach.call(editor.querySelectorAll('[aria-invalid]'), function (node) {
            node.removeAttribute('aria-invalid');
        });
        Array.prototype.forEach.call(editor.querySelectorAll('[data-error-for]'), function (slot) {
            slot.textContent = '';
        });
        J.showProblems(errors, '', []);
    }

    function settings() {
        var result = {};
        Array.prototype.forEach.call(editor.querySelectorAll('[data-setting]'), function (control) {
            result[control.getAttribute('data-setting')] = control.value;
        });
        return result;
    }

    function save() {
        clearProblems();
        notify('save', {state: 'start', message: gettext('Saving')});
        J.postJSON(runtime.handlerUrl(root, 'save_assessment'), {settings: settings(), items: items}).then(function (result) {
            if (result.ok) {
                items = result.body.items;
                render();
                J.announce(status, interpolate(gettext('Saved: {count} questions.'), {count: items.length}));
                notify('save', {state: 'end'});
            } else {
                notify('error', {title: gettext('Nothing was saved'), message: result.body.error || ''});
                J.showProblems(errors, result.body.error || gettext('Something went wrong. Nothing was saved.'),
                               result.body.problems, locate);
            }
        });
    }

    function setUp() {
        var policy = editor.querySelector('[data-setting="show_answers"]');
        init.policies.forEach(function (option) {
            policy.appendChild(el('option', {value: option.value, selected: option.value === init.settings.show_answers},
                                  [option.label]));
        });
        ['display_name', 'weight', 'max_attempts'].forEach(function (name) {
            editor.querySelector('[data-setting="' + name + '"]').value = init.settings[name];
        });
        var newType = editor.querySelector('[data-role="new-type"]');
        init.types.forEach(function (type) { newType.appendChild(el('option', {value: type.value}, [type.label])); });
        editor.querySelector('[data-action="add"]').addEventListener('click', function () {
            items.push(blank(newType.value));
            changed(items.length + ':prompt', interpolate(gettext('Question {number} added at the end.'),
                                                          {number: items.length}));
        });
        editor.querySelector('[data-action="save"]').addEventListener('click', save);
        editor.querySelector('[data-action="cancel"]').addEventListener('click', function () { notify('cancel', {}); });
        render();
    }

    setUp();
}
