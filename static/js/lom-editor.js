/* Studio editor of the Learning Outcomes Matrix: a table of outcomes (add, edit, reorder,
 * remove), the mastery rule, and CSV import/export. The server validates everything on
 * save and answers with problems that point at rows and fields; nothing is saved then. */
function Jobs4AllLomEditor(runtime, element, init) {
    'use strict';
    init = window.Jobs4All.initData(init);
    var J = window.Jobs4All;
    var gettext = J.gettext, interpolate = J.interpolate, el = J.el;
    var root = J.rootOf(element);
    var editor = root.querySelector('.j4a-editor');
    var rowsBody = editor.querySelector('[data-role="rows"]');
    var errors = editor.querySelector('[data-role="errors"]');
    var status = editor.querySelector('[data-role="status"]');
    var idPrefix = editor.id;
    var FIELDS = ['id', 'title', 'description', 'area', 'module', 'eqf_domain', 'eqf_level', 'ecvet_unit'];
    var outcomes = (init.outcomes || []).map(copy);

    function copy(outcome) {
        var result = {};
        FIELDS.forEach(function (name) { result[name] = outcome[name] === undefined ? '' : String(outcome[name]); });
        return result;
    }

    function notify(name, data) {
        if (runtime.notify) { runtime.notify(name, data); }
    }

    function options(list, selected) {
        return list.map(function (option) {
            return el('option', {value: option.value, selected: String(option.value) === String(selected)},
                [option.label]);
        });
    }

    var areaOptions = init.areas.map(function (a) { return {value: a.code, label: a.label}; });
    var levelOptions = [1, 2, 3, 4, 5, 6, 7, 8].map(function (n) { return {value: String(n), label: String(n)}; });

    function labelFor(index, field) {
        return interpolate(gettext('Outcome {number}: {field}'), {number: index + 1, field: field});
    }

    function input(index, name, label, extra) {
        var attributes = Object.assign({
            type: 'text', value: outcomes[index][name], 'data-row': index + 1, 'data-field': name,
            'aria-label': labelFor(index, label),
            oninput: function (event) { outcomes[index][name] = event.target.value; }
        }, extra || {});
        return el('input', attributes);
    }

    function select(index, name, label, list) {
        return el('select', {
            'data-row': index + 1, 'data-field': name, 'aria-label': labelFor(index, label),
            onchange: function (event) { outcomes[index][name] = event.target.value; }
        }, options(list, outcomes[index][name]));
    }

    function button(text, label, handler, disabled) {
        return el('button', {type: 'button', class: 'j4a-icon-button', 'aria-label': label, title: label,
                             disabled: disabled, onclick: handler}, [text]);
    }

    function render(focus) {
        J.clear(rowsBody);
        outcomes.forEach(function (outcome, index) {
            var name = outcome.id || interpolate(gettext('outcome {number}'), {number: index + 1});
            var title = input(index, 'title', gettext('title'), {class: 'j4a-wide'});
            var description = el('textarea', {
                rows: 2, 'data-row': index + 1, 'data-field': 'description', class: 'j4a-wide',
                'aria-label': labelFor(index, gettext('description')), placeholder: gettext('Description (optional)'),
                oninput: function (event) { outcomes[index].description = event.target.value; }
            }, [outcome.description]);
            rowsBody.appendChild(el('tr', {}, [
                el('td', {}, [String(index + 1)]),
                el('td', {}, [input(index, 'id', gettext('id'), {size: 8})]),
                el('td', {}, [title, description]),
                el('td', {}, [select(index, 'area', gettext('area'), areaOptions)]),
                el('td', {}, [input(index, 'module', gettext('module'), {size: 4})]),
                el('td', {}, [select(index, 'eqf_domain', gettext('EQF domain'), init.domains)]),
                el('td', {}, [select(index, 'eqf_level', gettext('EQF level'), levelOptions)]),
                el('td', {}, [input(index, 'ecvet_unit', gettext('ECVET unit'), {size: 8})]),
                el('td', {class: 'j4a-row-actions'}, [
                    button('↑', interpolate(gettext('Move {name} up'), {name: name}),
                           function () { move(index, -1); }, index === 0),
                    button('↓', interpolate(gettext('Move {name} down'), {name: name}),
                           function () { move(index, 1); }, index === outcomes.length - 1),
                    button('✕', interpolate(gettext('Remove {name}'), {name: name}),
                           function () { remove(index); })
                ])
            ]));
        });
        if (focus) {
            var target = rowsBody.querySelector(focus);
            (target || editor.querySelector('[data-action="add"]')).focus();
        }
    }

    function move(index, step) {
        var target = index + step;
        var moved = outcomes.splice(index, 1)[0];
        outcomes.splice(target, 0, moved);
        render();
        var buttons = rowsBody.children[target].querySelectorAll('.j4a-row-actions button');
        var preferred = buttons[step < 0 ? 0 : 1];
        (preferred.disabled ? buttons[step < 0 ? 1 : 0] : preferred).focus();
        J.announce(status, interpolate(step < 0 ? gettext('{name} moved up to position {position}.')
                                                : gettext('{name} moved down to position {position}.'),
                                       {name: moved.id || '', position: target + 1}));
    }

    function remove(index) {
        var removed = outcomes.splice(index, 1)[0];
        var next = Math.min(index, outcomes.length - 1);
        render(next >= 0 ? 'tr:nth-child(' + (next + 1) + ') input[data-field="id"]' : null);
        if (next < 0) { editor.querySelector('[data-action="add"]').focus(); }
        J.announce(status, interpolate(gettext('{name} removed. It is deleted when you save.'), {name: removed.id || ''}));
    }

    function add() {
        var last = outcomes[outcomes.length - 1] || {};
        outcomes.push({id: '', title: '', description: '', area: last.area || '1.1', module: last.module || '',
                       eqf_domain: 'knowledge', eqf_level: '5', ecvet_unit: last.ecvet_unit || ''});
        render('tr:last-child input[data-field="id"]');
        J.announce(status, gettext('A new empty outcome was added at the end of the table.'));
    }

    function mastery() {
        var get = function (name) { return editor.querySelector('[data-mastery="' + name + '"]').value; };
        return {method: get('method'), threshold: Number(get('threshold')) / 100,
                decay_weight: Number(get('decay_weight')) / 100, n: Number(get('n'))};
    }

    function locate(problem) {
        if (problem.row && problem.field) {
            return rowsBody.querySelector('[data-row="' + problem.row + '"][data-field="' + problem.field + '"]');
        }
        if (problem.field) { return editor.querySelector('[data-mastery="' + problem.field + '"]'); }
        return null;
    }

    function clearInvalid() {
        Array.prototype.forEach.call(editor.querySelectorAll('[aria-invalid]'), function (node) {
            node.removeAttribute('aria-invalid');
        });
    }

    function failed(result) {
        clearInvalid();
        J.showProblems(errors, result.body.error || gettext('Something went wrong. Nothing was saved.'),
                       result.body.problems, locate);
    }

    function save() {
        clearInvalid();
        J.showProblems(errors, '', []);
        notify('save', {state: 'start', message: gettext('Saving')});
        var data = {outcomes: outcomes, mastery: mastery(),
                    display_name: editor.querySelector('[data-field="display_name"]').value};
        J.postJSON(runtime.handlerUrl(root, 'save_matrix'), data).then(function (result) {
            if (result.ok) {
                outcomes = result.body.outcomes.map(copy);
                render();
                J.announce(status, interpolate(gettext('Saved: {count} outcomes.'), {count: outcomes.length}));
                notify('save', {state: 'end'});
            } else {
                notify('error', {title: gettext('Nothing was saved'), message: result.body.error || ''});
                failed(result);
            }
        });
    }

    function importCsv() {
        var text = editor.querySelector('[data-role="csv-text"]').value;
        var data = {csv: text, default_area: editor.querySelector('[data-role="default-area"]').value,
                    default_eqf_level: Number(editor.querySelector('[data-role="default-level"]').value)};
        J.postJSON(runtime.handlerUrl(root, 'parse_csv'), data).then(function (result) {
            if (result.ok) {
                J.showProblems(errors, '', []);
                outcomes = result.body.outcomes.map(copy);
                render('tr:first-child input[data-field="id"]');
                J.announce(status, interpolate(gettext('{count} outcomes imported into the table. Check them, then save.'),
                                               {count: result.body.count}));
            } else {
                failed(result);
            }
        });
    }

    function readFile(event) {
        var file = event.target.files[0];
        if (!file) { return; }
        var reader = new FileReader();
        reader.onload = function () {
            editor.querySelector('[data-role="csv-text"]').value = reader.result;
            J.announce(status, interpolate(gettext('{name} loaded. Choose "Replace the table" to use it.'),
                                           {name: file.name}));
        };
        reader.readAsText(file);
    }

    editor.querySelector('[data-action="add"]').addEventListener('click', add);
    editor.querySelector('[data-action="save"]').addEventListener('click', save);
    editor.querySelector('[data-action="cancel"]').addEventListener('click', function () { notify('cancel', {}); });
    editor.querySelector('[data-action="import"]').addEventListener('click', importCsv);
    editor.querySelector('[data-role="csv-file"]').addEventListener('change', readFile);
    var method = editor.querySelector('[data-mastery="method"]');
    options(init.methods, init.mastery.method).forEach(function (option) { method.appendChild(option); });
    editor.querySelector('[data-mastery="threshold"]').value = Math.round(init.mastery.threshold * 100);
    editor.querySelector('[data-mastery="decay_weight"]').value = Math.round(init.mastery.decay_weight * 100);
    editor.querySelector('[data-mastery="n"]').value = init.mastery.n;
    var defaultArea = editor.querySelector('[data-role="default-area"]');
    [{value: '', label: gettext('none: the CSV names the area')}].concat(areaOptions).forEach(function (option) {
        defaultArea.appendChild(el('option', {value: option.value}, [option.label]));
    });
    var defaultLevel = editor.querySelector('[data-role="default-level"]');
    options(levelOptions, '5').forEach(function (option) { defaultLevel.appendChild(option); });
    render();
}
