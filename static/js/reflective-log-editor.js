/* Studio editor of a reflective log: introduction, framework and prompts (word limits, own
 * wording), the outcomes learners may link, and completion. The server validates everything
 * on save and answers with problems that point at prompts and fields; nothing is saved then. */
function Jobs4AllReflectiveLogEditor(runtime, element, args) {
    'use strict';
    var init = window.Jobs4All.initData(args);
    var J = window.Jobs4All;
    var gettext = J.gettext, interpolate = J.interpolate, el = J.el;
    var root = J.rootOf(element);
    var editor = root.querySelector('.j4a-editor');
    var errors = editor.querySelector('[data-role="errors"]');
    var status = editor.querySelector('[data-role="status"]');
    var rowsBody = editor.querySelector('[data-role="prompts"]');
    var frameworkSelect = editor.querySelector('[data-field="framework"]');
    var addButton = editor.querySelector('[data-action="add-prompt"]');
    var frameworks = {};
    init.frameworks.forEach(function (framework) { frameworks[framework.value] = framework; });
    var settings = init.settings;
    var current = settings.framework;
    var rowsByFramework = {};
    var FIELDS = ['id', 'text', 'guidance', 'min_words', 'max_words'];

    function field(name) { return editor.querySelector('[data-field="' + name + '"]'); }

    function notify(name, data) { if (runtime.notify) { runtime.notify(name, data); } }

    function row(prompt) {
        var result = {};
        FIELDS.forEach(function (name) {
            result[name] = prompt[name] === undefined || prompt[name] === null ? '' : String(prompt[name]);
        });
        return result;
    }

    /* The rows of a framework: its prompts with the author's overrides (empty question and
     * guidance = the framework's wording), or the custom prompts. */
    function rowsFor(key, startFrom) {
        if (rowsByFramework[key]) { return rowsByFramework[key]; }
        var stored = key === settings.framework ? settings.prompts || [] : [];
        var rows;
        if (key === 'custom') {
            // Custom prompts start from the framework shown before, which saves typing.
            rows = key === settings.framework || !startFrom ? stored.map(row) : frameworks[startFrom].prompts.map(row);
        } else {
            rows = frameworks[key].prompts.map(function (prompt) {
                var own = stored.filter(function (s) { return s.id === prompt.id; })[0] || {};
                return row({id: prompt.id, text: own.text || '', guidance: own.guidance || '',
                            min_words: own.min_words === undefined ? prompt.min_words : own.min_words,
                            max_words: own.max_words === undefined ? prompt.max_words : own.max_words});
            });
        }
        rowsByFramework[key] = rows;
        return rows;
    }

    function nextId(rows) {
        var used = {};
        rows.forEach(function (r) { used[r.id] = true; });
        for (var n = 1; ; n += 1) { if (!used['p' + n]) { return 'p' + n; } }
    }

    function labelFor(index, name) {
        return interpolate(gettext('Prompt {number}: {field}'), {number: index + 1, field: name});
    }

    function input(rows, index, name, label, attributes) {
        return el('input', Object.assign({
            type: 'text', value: rows[index][name], 'data-row': index + 1, 'data-field': name,
            'aria-label': labelFor(index, label),
            oninput: function (event) { rows[index][name] = event.target.value; }
        }, attributes || {}));
    }

    function iconButton(text, label, handler, disabled) {
        return el('button', {type: 'button', class: 'j4a-icon-button', 'aria-label': label, title: label,
                             disabled: disabled, onclick: handler}, [text]);
    }

    function render(focus) {
        var custom = current === 'custom';
        var rows = rowsFor(current);
        var defaults = custom ? [] : frameworks[current].prompts;
        J.clear(rowsBody);
        editor.querySelector('[data-role="framework-help"]').textContent = frameworks[current].description + ' ' + (custom
            ? gettext('Write each question in the language of the course; learners see it as written.')
            : gettext('Leave the question and guidance empty to use the framework’s wording, which learners see in their language. You may change the word limits.'));
        editor.querySelector('[data-role="prompts-caption"]').textContent = custom ? gettext('Your prompts')
            : interpolate(gettext('Prompts of the framework “{name}”'), {name: frameworks[current].label});
        rows.forEach(function (prompt, index) {
            var base = defaults[index] || {};
            var text = el('textarea', {rows: 2, class: 'j4a-wide', 'data-row': index + 1, 'data-field': 'text',
                                       'aria-label': labelFor(index, gettext('question')), placeholder: base.text || '',
                                       oninput: function (event) { prompt.text = event.target.value; }}, [prompt.text]);
            var guidance = el('textarea', {rows: 2, class: 'j4a-wide', 'data-row': index + 1, 'data-field': 'guidance',
                                           'aria-label': labelFor(index, gettext('guidance')),
                                           placeholder: base.guidance || '',
                                           oninput: function (event) { prompt.guidance = event.target.value; }},
                                  [prompt.guidance]);
            var name = prompt.text || base.text || interpolate(gettext('prompt {number}'), {number: index + 1});
            var actions = custom ? [
                iconButton('↑', interpolate(gettext('Move “{name}” up'), {name: name}),
                           function () { move(index, -1); }, index === 0),
                iconButton('↓', interpolate(gettext('Move “{name}” down'), {name: name}),
                           function () { move(index, 1); }, index === rows.length - 1),
                iconButton('✕', interpolate(gettext('Remove “{name}”'), {name: name}),
                           function () { remove(index); })
            ] : [];
            rowsBody.appendChild(el('tr', {}, [
                el('td', {}, [String(index + 1)]),
                el('td', {}, [text]),
                el('td', {}, [guidance]),
                el('td', {}, [input(rows, index, 'min_words', gettext('minimum words'), {type: 'number', min: 0, size: 4})]),
                el('td', {}, [input(rows, index, 'max_words', gettext('maximum words'), {type: 'number', min: 0, size: 4})]),
                el('td', {class: 'j4a-row-actions'}, actions)
            ]));
        });
        addButton.hidden = !custom;
        if (focus) {
            var target = rowsBody.querySelector(focus);
            (target || frameworkSelect).focus();
        }
    }

    function move(index, step) {
        var rows = rowsFor(current);
        var moved = rows.splice(index, 1)[0];
        rows.splice(index + step, 0, moved);
        render('tr:nth-child(' + (index + step + 1) + ') textarea');
        J.announce(status, interpolate(gettext('Prompt moved to position {position}.'), {position: index + step + 1}));
    }

    function remove(index) {
        var rows = rowsFor(current);
        rows.splice(index, 1);
        render(rows.length ? 'tr:nth-child(' + (Math.min(index, rows.length - 1) + 1) + ') textarea' : null);
        if (!rows.length) { addButton.focus(); }
        J.announce(status, gettext('Prompt removed. It is deleted when you save.'));
    }

    function add() {
        var rows = rowsFor(current);
        rows.push({id: nextId(rows), text: '', guidance: '', min_words: '20', max_words: '400'});
        render('tr:last-child textarea');
        J.announce(status, gettext('A new empty prompt was added at the end of the table.'));
    }

    function renderOutcomes() {
        var box = editor.querySelector('[data-role="outcomes"]');
        var allowed = settings.allowed_outcomes || [];
        var idPrefix = editor.id + '-outcome-';
        J.clear(box);
        if (init.outcomes) {
            var list = el('fieldset', {class: 'j4a-fieldset', 'data-field': 'allowed_outcomes', tabindex: '-1'}, [
                el('legend', {}, [gettext('Outcomes learners may link to their entries (none ticked: all outcomes of the course)')])
            ]);
            init.outcomes.forEach(function (outcome, index) {
                list.appendChild(el('p', {class: 'j4a-check'}, [
                    el('input', {type: 'checkbox', id: idPrefix + index, value: outcome.id, 'data-role': 'allowed',
                                 checked: allowed.indexOf(outcome.id) >= 0}),
                    el('label', {for: idPrefix + index}, [outcome.id + ' ' + outcome.title])
                ]));
            });
            box.appendChild(list);
        } else {
            box.appendChild(el('p', {class: 'j4a-field'}, [
                el('label', {for: idPrefix + 'ids'}, [gettext('Outcomes learners may link (ids separated by commas; empty: all outcomes of the course)')]),
                el('input', {type: 'text', id: idPrefix + 'ids', class: 'j4a-wide', 'data-field': 'allowed_outcomes',
                             'data-role': 'allowed-text', value: allowed.join(', '),
                             'aria-describedby': idPrefix + 'help'}),
                el('span', {class: 'j4a-help', id: idPrefix + 'help'}, [gettext('The course has no Learning Outcomes Matrix yet, so the ids cannot be checked now.')])
            ]));
        }
    }

    function allowedOutcomes() {
        var text = editor.querySelector('[data-role="allowed-text"]');
        if (text) { return text.value.split(/[\s,;]+/).filter(Boolean); }
        return Array.prototype.filter.call(editor.querySelectorAll('[data-role="allowed"]'), function (box) {
            return box.checked;
        }).map(function (box) { return box.value; });
    }

    function locate(item) {
        if (item.row && item.field) {
            return rowsBody.querySelector('[data-row="' + item.row + '"][data-field="' + item.field + '"]');
        }
        return item.field ? field(item.field) : null;
    }

    function clearInvalid() {
        Array.prototype.forEach.call(editor.querySelectorAll('[aria-invalid]'), function (node) {
            node.removeAttribute('aria-invalid');
        });
    }

    function fillFields() {
        field('display_name').value = settings.display_name;
        field('context').value = settings.context;
        field('required_entries').value = settings.required_entries;
        field('require_outcome').checked = Boolean(settings.require_outcome);
    }

    function save() {
        clearInvalid();
        J.showProblems(errors, '', []);
        notify('save', {state: 'start', message: gettext('Saving')});
        var data = {
            display_name: field('display_name').value, context: field('context').value, framework: current,
            prompts: rowsFor(current), allowed_outcomes: allowedOutcomes(),
            required_entries: field('required_entries').value, require_outcome: field('require_outcome').checked
        };
        J.postJSON(runtime.handlerUrl(root, 'save_settings'), data).then(function (result) {
            if (result.ok) {
                settings = result.body.settings;
                rowsByFramework = {};
                fillFields();
                render();
                J.announce(status, gettext('Saved.'));
                notify('save', {state: 'end'});
                return;
            }
            notify('error', {title: gettext('Nothing was saved'), message: result.body.error || ''});
            (result.body.problems || []).forEach(function (item) {
                var target = locate(item);
                if (target) { target.setAttribute('aria-invalid', 'true'); }
            });
            J.showProblems(errors, result.body.error || gettext('Something went wrong. Nothing was saved.'),
                           result.body.problems, locate);
        });
    }

    init.frameworks.forEach(function (framework) {
        frameworkSelect.appendChild(el('option', {value: framework.value, selected: framework.value === current},
                                       [framework.label]));
    });
    frameworkSelect.addEventListener('change', function () {
        var previous = current;
        current = frameworkSelect.value;
        rowsFor(current, previous);
        render();
        J.announce(status, interpolate(gettext('The table now shows the prompts of “{name}”.'),
                                       {name: frameworks[current].label}));
    });
    addButton.addEventListener('click', add);
    editor.querySelector('[data-action="save"]').addEventListener('click', save);
    editor.querySelector('[data-action="cancel"]').addEventListener('click', function () { notify('cancel', {}); });
    fillFields();
    renderOutcomes();
    render();
}
