/* Shared helpers of the JOBS4ALL blocks: translation, JSON requests, DOM building.
 *
 * Strings are translated through the package's catalog (window.Jobs4AllI18N, loaded by the
 * block before this file in languages other than English). Learner and author text is
 * always inserted as text, never as HTML.
 */
(function (global) {
    'use strict';
    if (global.Jobs4All) { return; }

    function catalog() { return global.Jobs4AllI18N; }

    function gettext(text) {
        var cat = catalog();
        return cat && cat.gettext ? cat.gettext(text) : text;
    }

    function ngettext(singular, plural, count) {
        var cat = catalog();
        if (cat && cat.ngettext) { return cat.ngettext(singular, plural, count); }
        return count === 1 ? singular : plural;
    }

    /* interpolate('{count} saved', {count: 3}) -> '3 saved' */
    function interpolate(text, values) {
        return text.replace(/\{(\w+)\}/g, function (match, name) {
            return Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : match;
        });
    }

    function cookie(name) {
        var match = document.cookie.match(new RegExp('(?:^|; )' + name + '=([^;]*)'));
        return match ? decodeURIComponent(match[1]) : '';
    }

    /* POST JSON to a handler. Resolves to {ok, status, body}; never rejects on HTTP errors. */
    function postJSON(url, data) {
        return fetch(url, {
            method: 'POST',
            credentials: 'same-origin',
            headers: {'Content-Type': 'application/json', 'X-CSRFToken': cookie('csrftoken'),
                      'X-Requested-With': 'XMLHttpRequest'},
            body: JSON.stringify(data)
        }).then(function (response) {
            return response.json().catch(function () { return {}; }).then(function (body) {
                return {ok: response.ok, status: response.status, body: body};
            });
        }, function () {
            return {ok: false, status: 0, body: {
                error: gettext('The server could not be reached. Check your connection; nothing was lost on this page.')
            }};
        });
    }

    /* el('button', {type: 'button', 'aria-label': 'x', onclick: fn}, ['text', child]) */
    function el(tag, attributes, children) {
        var node = document.createElement(tag);
        Object.keys(attributes || {}).forEach(function (name) {
            var value = attributes[name];
            if (value === null || value === undefined || value === false) { return; }
            if (name.indexOf('on') === 0 && typeof value === 'function') {
                node.addEventListener(name.slice(2), value);
            } else if (name === 'value') {
                node.value = value;
            } else if (name === 'checked' || name === 'selected') {
                node[name] = Boolean(value);
            } else {
                node.setAttribute(name, value === true ? '' : String(value));
            }
        });
        (children || []).forEach(function (child) {
            if (child === null || child === undefined) { return; }
            node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
        });
        return node;
    }

    function clear(node) {
        while (node.firstChild) { node.removeChild(node.firstChild); }
    }

    /* The init arguments of a block: build_fragment puts them in an escaped JSON element and
     * passes its id as {data: id}. */
    function initData(args) {
        var node = args && args.data ? document.getElementById(args.data) : null;
        return node ? JSON.parse(node.textContent) : (args || {});
    }

    /* The DOM element of a block, whether the runtime passed a node or a jQuery object. */
    function rootOf(element) {
        return element && element.jquery ? element[0] : element;
    }

    /* Put a message in a live region (re-set so that repeated messages are announced). */
    function announce(region, text) {
        if (!region) { return; }
        region.textContent = '';
        global.setTimeout(function () { region.textContent = text; }, 50);
    }

    var fieldErrors = 0;

    /* The message of a problem next to its field too, tied to it with aria-describedby; not when
     * the block already wrote it in an error slot of its own (data-error-for). */
    function markField(box, target, message) {
        var slots = (target.closest('.j4a') || document).querySelectorAll('[data-error-for]');
        var shown = Array.prototype.some.call(slots, function (slot) {
            return slot.textContent.indexOf(message) !== -1;
        });
        if (shown) { return; }
        var described = (target.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean);
        fieldErrors += 1;
        var note = el('span', {class: 'j4a-field-error', id: 'j4a-field-error-' + fieldErrors,
                               'data-role': 'field-error'}, [message]);
        var parent = target.parentNode.tagName === 'LABEL' ? target.parentNode.parentNode : target.parentNode;
        parent.appendChild(note);
        target.setAttribute('aria-describedby', described.concat([note.id]).join(' '));
        box.j4aFieldErrors.push({target: target, note: note});
    }

    function clearFieldErrors(box) {
        (box.j4aFieldErrors || []).forEach(function (mark) {
            if (mark.note.parentNode) { mark.note.parentNode.removeChild(mark.note); }
            var rest = (mark.target.getAttribute('aria-describedby') || '').split(/\s+/).filter(function (id) {
                return id && id !== mark.note.id;
            });
            if (rest.length) {
                mark.target.setAttribute('aria-describedby', rest.join(' '));
            } else {
                mark.target.removeAttribute('aria-describedby');
            }
        });
        box.j4aFieldErrors = [];
    }

    /* Show server problems [{message, row, field}] in `box`, and each next to its field;
     * `locate(problem)` returns the control to mark invalid and focus, if any. */
    function showProblems(box, heading, problems, locate) {
        clear(box);
        clearFieldErrors(box);
        if (!heading && !(problems || []).length) { box.hidden = true; return; }
        box.appendChild(el('p', {}, [heading]));
        var list = el('ul');
        (problems || []).forEach(function (problem) {
            var target = locate ? locate(problem) : null;
            if (target) {
                target.setAttribute('aria-invalid', 'true');
                markField(box, target, problem.message);
                list.appendChild(el('li', {}, [el('a', {href: '#', onclick: function (event) {
                    event.preventDefault();
                    target.focus();
                }}, [problem.message])]));
            } else {
                list.appendChild(el('li', {}, [problem.message]));
            }
        });
        if (list.childNodes.length) { box.appendChild(list); }
        box.hidden = false;
        box.focus();
    }

    global.Jobs4All = {
        gettext: gettext, ngettext: ngettext, interpolate: interpolate, postJSON: postJSON,
        el: el, clear: clear, rootOf: rootOf, initData: initData, announce: announce, showProblems: showProblems
    };
}(window));
