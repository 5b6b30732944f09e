/* Parts of the assessment editor: labelled fields with an error slot, the editor of a list of
 * entries (choices, steps, pairs, distractors) and the outcome-mapping picker.
 *
 * Every control carries data-key="<question number>:<field path>" (e.g. "2:choices.3.text"),
 * the same path the server uses in its problems, so errors appear next to their field.
 * `ctx` is {prefix, changed(focusKey)}: `changed` re-renders after a structural change. */
(function (global) {
    'use strict';
    if (global.Jobs4AllAssessmentParts) { return; }
    var J = global.Jobs4All;
    var gettext = J.gettext, interpolate = J.interpolate, el = J.el;

    function idFor(ctx, key, kind) {
        return ctx.prefix + '-' + (kind || 'k') + '-' + key.replace(/[^A-Za-z0-9_-]/g, '-');
    }

    function errorSlot(ctx, key) {
        return el('span', {class: 'j4a-field-error', id: idFor(ctx, key, 'e'), 'data-error-for': key});
    }

    /* Give `control` its id, key and error description; returns [label, control, error slot]. */
    function labelled(ctx, key, label, control, hideLabel) {
        control.id = idFor(ctx, key);
        control.setAttribute('data-key', key);
        control.setAttribute('aria-describedby', idFor(ctx, key, 'e'));
        return [el('label', {for: control.id, class: hideLabel ? 'j4a-sr-only' : null}, [label]), control,
                errorSlot(ctx, key)];
    }

    function input(value, onInput, attributes) {
        return el('input', Object.assign({type: 'text', value: value === undefined ? '' : String(value),
                                          oninput: function (event) { onInput(event.target.value); }},
                                         attributes || {}));
    }

    function textarea(value, onInput, rows) {
        return el('textarea', {rows: rows || 3, class: 'j4a-wide',
                               oninput: function (event) { onInput(event.target.value); }}, [value || '']);
    }

    function iconButton(text, label, handler, disabled) {
        return el('button', {type: 'button', class: 'j4a-icon-button', 'aria-label': label, title: label,
                             disabled: disabled, onclick: handler}, [text]);
    }

    function nextId(existing, prefix) {
        var used = {};
        existing.forEach(function (entry) { used[entry.id] = true; });
        for (var n = 1; ; n += 1) {
            if (!used[prefix + n]) { return prefix + n; }
        }
    }

    function moveIn(list, index, step) {
        var moved = list.splice(index, 1)[0];
        list.splice(index + step, 0, moved);
    }

    /* spec: {item, row, name, title, columns: [{field, label, kind: text|textarea|correct}], entryLabel(n),
     *        addLabel, newEntry(), correctType: radio|checkbox} */
    function entriesEditor(ctx, spec) {
        var entries = spec.item[spec.name] = spec.item[spec.name] || [];
        var base = spec.row + ':' + spec.name;
        var body = el('tbody');
        entries.forEach(function (entry, index) {
            var number = index + 1;
            var name = spec.entryLabel(number);
            var cells = [el('td', {}, [String(number)])];
            spec.columns.forEach(function (column) {
                var key = base + '.' + number + '.' + column.field;
                var label = interpolate(gettext('{entry}: {field}'), {entry: name, field: column.label});
                var control;
                if (column.kind === 'correct') {
                    control = el('input', {type: spec.correctType, name: ctx.prefix + '-correct-' + spec.row,
                                           checked: entry.correct, onchange: function (event) {
                        if (spec.correctType === 'radio') {
                            entries.forEach(function (other) { other.correct = false; });
                        }
                        entry.correct = event.target.checked;
                    }});
                } else if (column.kind === 'textarea') {
                    control = textarea(entry[column.field], function (value) { entry[column.field] = value; }, 2);
                } else {
                    control = input(entry[column.field], function (value) { entry[column.field] = value; },
                                    {class: 'j4a-wide'});
                }
                cells.push(el('td', {}, labelled(ctx, key, label, control, true)));
            });
            cells.push(el('td', {class: 'j4a-row-actions'}, [
                iconButton('↑', interpolate(gettext('Move {entry} up'), {entry: name}), function () {
                    moveIn(entries, index, -1);
                    ctx.changed(base + '.' + (number - 1) + '.' + spec.columns[0].field);
                }, index === 0),
                iconButton('↓', interpolate(gettext('Move {entry} down'), {entry: name}), function () {
                    moveIn(entries, index, 1);
                    ctx.changed(base + '.' + (number + 1) + '.' + spec.columns[0].field);
                }, index === entries.length - 1),
                iconButton('✕', interpolate(gettext('Remove {entry}'), {entry: name}), function () {
                    entries.splice(index, 1);
                    ctx.changed(entries.length ? base + '.' + Math.min(number, entries.length) + '.' +
                                spec.columns[0].field : base + ':add', gettext('Removed. It is deleted when you save.'));
                })
            ]));
            body.appendChild(el('tr', {}, cells));
        });
        var head = el('tr', {}, [el('th', {scope: 'col'}, ['#'])].concat(spec.columns.map(function (column) {
            return el('th', {scope: 'col'}, [column.label]);
        })).concat([el('th', {scope: 'col'}, [gettext('Actions')])]));
        return el('div', {class: 'j4a-field'}, [
            el('table', {class: 'j4a-editor-entries'}, [el('caption', {class: 'j4a-help'}, [spec.title]),
                                                        el('thead', {}, [head]), body]),
            errorSlot(ctx, base),
            el('button', {type: 'button', class: 'j4a-button', 'data-key': base + ':add', onclick: function () {
                entries.push(spec.newEntry(entries));
                ctx.changed(base + '.' + entries.length + '.' + spec.columns[0].field);
            }}, [spec.addLabel])
        ]);
    }

    /* spec: {item, row, graded, outcomes: [{id, title}] or null (no matrix)} */
    function mappingEditor(ctx, spec) {
        var mapped = spec.item.outcomes = spec.item.outcomes || [];
        var base = spec.row + ':outcomes';
        var titles = {};
        (spec.outcomes || []).forEach(function (o) { titles[o.id] = o.title; });
        var rows = mapped.map(function (mapping, index) {
            var number = index + 1;
            var title = titles[mapping.id];
            var parts = [el('span', {class: 'j4a-outcome-id', 'data-key': base + '.' + number + '.id',
                                     tabindex: '-1'}, [mapping.id]),
                         el('span', {class: title ? 'j4a-outcome-title' : 'j4a-field-error'},
                            [title || gettext("not in the course's matrix")]),
                         errorSlot(ctx, base + '.' + number + '.id')];
            if (spec.graded) {
                parts = parts.concat(labelled(ctx, base + '.' + number + '.weight',
                    interpolate(gettext('Weight for {outcome}'), {outcome: mapping.id}),
                    el('input', {type: 'number', min: '0', step: 'any', value: mapping.weight === undefined ? 1 :
                                 mapping.weight, class: 'j4a-weight',
                                 oninput: function (event) { mapping.weight = event.target.value; }})));
            }
            parts.push(iconButton('✕', interpolate(gettext('Unmap {outcome}'), {outcome: mapping.id}), function () {
                mapped.splice(index, 1);
                ctx.changed(base + ':picker', interpolate(gettext('{outcome} unmapped.'), {outcome: mapping.id}));
            }));
            return el('li', {class: 'j4a-inline'}, parts);
        });
        var taken = {};
        mapped.forEach(function (m) { taken[m.id] = true; });
        var free = (spec.outcomes || []).filter(function (o) { return !taken[o.id]; });
        var picker = el('select', {disabled: !free.length}, free.map(function (o) {
            return el('option', {value: o.id}, [o.id + ' ' + o.title]);
        }));
        var pickerParts = labelled(ctx, base + ':picker', gettext('Outcome to map'), picker);
        pickerParts.pop();  // the list's error slot below serves the picker too
        picker.setAttribute('aria-describedby', idFor(ctx, base, 'e'));
        return el('fieldset', {class: 'j4a-fieldset'}, [
            el('legend', {}, [spec.graded ? gettext('Mapped outcomes and weights') : gettext('Outcomes to rate')]),
            rows.length ? el('ul', {class: 'j4a-choices'}, rows)
                        : el('p', {class: 'j4a-muted'}, [gettext('Not mapped to any outcome yet.')]),
            errorSlot(ctx, base),
            spec.outcomes ? el('p', {class: 'j4a-inline'}, pickerParts.concat([
                el('button', {type: 'button', class: 'j4a-button', disabled: !free.length, onclick: function () {
                    mapped.push({id: picker.value, weight: 1});
                    ctx.changed(base + ':picker', interpolate(gettext('{outcome} mapped.'), {outcome: picker.value}));
                }}, [gettext('Map this outcome')])]))
                : el('p', {class: 'j4a-muted'}, [gettext('The course has no Learning Outcomes Matrix yet: there is nothing to map to.')])
        ]);
    }

    global.Jobs4AllAssessmentParts = {
        idFor: idFor, errorSlot: errorSlot, labelled: labelled, input: input, textarea: textarea,
        iconButton: iconButton, nextId: nextId, moveIn: moveIn, entriesEditor: entriesEditor,
        mappingEditor: mappingEditor
    };
}(window));
