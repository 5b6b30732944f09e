/* Studio editor of the pathway: the unlock rules of Level 2 and, per area, its title, module,
 * blended hours and whether it is optional. The form is rendered by the server; this script
 * sends it to the `save_pathway` handler, which validates everything and answers with
 * problems that point at areas and fields (nothing is saved then). */
function Jobs4AllPathwayEditor(runtime, element, init) {
    'use strict';
    init = window.Jobs4All.initData(init);
    var J = window.Jobs4All;
    var gettext = J.gettext;
    var root = J.rootOf(element);
    var editor = root.querySelector('.j4a-editor');
    var errors = editor.querySelector('[data-role="errors"]');
    var status = editor.querySelector('[data-role="status"]');
    var HOURS = ['hours_f2f', 'hours_self', 'hours_assessment'];

    function notify(name, data) {
        if (runtime.notify) { runtime.notify(name, data); }
    }

    function field(row, name) {
        return editor.querySelector('[data-row="' + row + '"][data-field="' + name + '"]');
    }

    function collect() {
        var areas = init.codes.map(function (code, index) {
            var row = index + 1;
            var area = {code: code, title: field(row, 'title').value, module: field(row, 'module').value,
                        optional: field(row, 'optional').checked};
            HOURS.forEach(function (name) { area[name] = field(row, name).value; });
            return area;
        });
        var required = Array.prototype.filter.call(editor.querySelectorAll('[data-required]'), function (box) {
            return box.checked;
        }).map(function (box) { return box.getAttribute('data-required'); });
        return {
            display_name: editor.querySelector('[data-field="display_name"]').value,
            areas: areas,
            rules: {threshold: editor.querySelector('[data-rules="threshold"]').value, required_areas: required,
                    reflection_per_area: editor.querySelector('[data-rules="reflection_per_area"]').checked}
        };
    }

    function locate(problem) {
        if (problem.row && problem.field) { return field(problem.row, problem.field); }
        if (problem.field) { return editor.querySelector('[data-rules="' + problem.field + '"]'); }
        return null;
    }

    function clearInvalid() {
        Array.prototype.forEach.call(editor.querySelectorAll('[aria-invalid]'), function (node) {
            node.removeAttribute('aria-invalid');
        });
    }

    function save() {
        clearInvalid();
        J.showProblems(errors, '', []);
        notify('save', {state: 'start', message: gettext('Saving')});
        J.postJSON(runtime.handlerUrl(root, 'save_pathway'), collect()).then(function (result) {
            if (result.ok) {
                var notes = result.body.warnings || [];
                J.announce(status, [gettext('The pathway was saved.')].concat(notes).join(' '));
                notify('save', {state: 'end'});
            } else {
                notify('error', {title: gettext('Nothing was saved'), message: result.body.error || ''});
                J.showProblems(errors, result.body.error || gettext('Something went wrong. Nothing was saved.'),
                               result.body.problems, locate);
            }
        });
    }

    editor.querySelector('[data-action="save"]').addEventListener('click', save);
    editor.querySelector('[data-action="cancel"]').addEventListener('click', function () { notify('cancel', {}); });
}
