"""Drive blocks through the real workbench runtime, as the demo serves them.

    wb = Workbench()                         # inside a test marked django_db
    root = wb.load('<vertical_demo><jobs4all_lom/></vertical_demo>', course='my-course')
    lom = wb.child(root, 'jobs4all_lom')
    html = wb.render(lom, student='staff_1', lang='de')
    status, body = wb.call(lom, 'save_matrix', {...}, student='staff_1')

Each ``course`` is a workbench scenario slug, so the blocks loaded with it share one course
key (``workbench:<course>``). Students whose id starts with ``staff`` are course staff.
"""
import json
import re

from django.utils import translation
from webob import Request
from workbench.runtime import ID_MANAGER, WorkbenchRuntime


class Workbench:
    def load(self, xml, course="test-course"):
        """Parse scenario XML; returns the root usage id."""
        ID_MANAGER.set_scenario(course)
        return WorkbenchRuntime().parse_xml_string(xml)

    def block(self, usage_id, student="student_1"):
        return WorkbenchRuntime(student).get_block(usage_id)

    def child(self, usage_id, block_type, index=0):
        """The usage id of the ``index``-th descendant of type ``block_type``."""
        found = []

        def walk(block):
            for child_id in getattr(block, "children", []):
                child = block.runtime.get_block(child_id)
                if child.scope_ids.block_type == block_type:
                    found.append(child_id)
                walk(child)
        walk(self.block(usage_id))
        return found[index]

    def render(self, usage_id, view="student_view", student="student_1", lang="en"):
        block = self.block(usage_id, student)
        with translation.override(lang):
            return block.runtime.render(block, view).body_html()

    def fragment(self, usage_id, view="student_view", student="student_1", lang="en"):
        """The block's own (unwrapped) fragment: its JS init function and init arguments."""
        block = self.block(usage_id, student)
        with translation.override(lang):
            return getattr(block, view)({})

    def call(self, usage_id, handler, data=None, student="student_1", method="POST", body=None, lang="en",
             query=""):
        """Call a handler; returns ``(status, decoded JSON or text)``."""
        block = self.block(usage_id, student)
        request = Request.blank("/" + (("?" + query) if query else ""), method=method)
        if method == "POST":
            request.body = body if body is not None else json.dumps(data or {}).encode("utf-8")
            request.content_type = "application/json"
        with translation.override(lang):
            response = block.runtime.handle(block, handler, request)
        text = response.body.decode("utf-8")
        if response.content_type == "application/json":
            return response.status_code, json.loads(text)
        return response.status_code, text


def init_args(fragment):
    """The JS init arguments of a block's fragment, as its script reads them (Jobs4All.initData)."""
    data_id = fragment.json_init_args["data"]
    match = re.search(r'<script id="%s" type="application/json">(.*?)</script>' % re.escape(data_id),
                      fragment.body_html(), re.S)
    return json.loads(match.group(1))

