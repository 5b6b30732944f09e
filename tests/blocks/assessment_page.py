"""A course page with a Learning Outcomes Matrix and an assessment, for the block tests."""
import re
from dataclasses import dataclass

import pytest
from lxml import etree

from jobs4all_xblocks import evidence
from jobs4all_xblocks.blocks.assessment_olx import ItemCodec
from jobs4all_xblocks.demo.services import anonymous_id
from tests import assessment_data as data

COURSE = "assessment-course"
COURSE_KEY = "workbench:" + COURSE


def assessment_xml(items=None, **attributes):
    attributes = {"display_name": "Module 1 check", "max_attempts": "2", "show_answers": "after_last_attempt",
                  **{key: str(value) for key, value in attributes.items()}}
    node = etree.Element("jobs4all_assessment", **attributes)
    ItemCodec.encode(data.items() if items is None else items, node)
    return etree.tostring(node, encoding="unicode")


@dataclass
class Page:
    workbench: object
    lom: str
    quiz: str

    def submit(self, answers=None, attempt=1, student="student_1", quiz=None, **kwargs):
        payload = {"attempt": attempt, "answers": data.answers() if answers is None else answers}
        return self.workbench.call(quiz or self.quiz, "submit", payload, student=student, **kwargs)

    def block(self, student="student_1", quiz=None):
        return self.workbench.block(quiz or self.quiz, student)

    def evidence(self, student="student_1"):
        return [(r.outcome_id, r.kind, r.attempt, r.score, r.max_score)
                for r in evidence.learner_evidence(COURSE_KEY, anonymous_id(student))]


def make_page(workbench, with_lom=True, course=COURSE, **attributes):
    lom = "<jobs4all_lom/>" if with_lom else ""
    root = workbench.load(f"<vertical_demo>{lom}{assessment_xml(**attributes)}</vertical_demo>", course=course)
    page = Page(workbench, workbench.child(root, "jobs4all_lom") if with_lom else None,
                workbench.child(root, "jobs4all_assessment"))
    if with_lom:
        workbench.render(page.lom, student="staff_1")  # the LOM publishes the course's outcomes
    return page


@pytest.fixture
def page(workbench):
    return make_page(workbench)



def lom_state(html, outcome_id):
    """The state class of an outcome's row in a rendered LOM matrix."""
    match = re.search(r'j4a-state-row--(\w+)">\s*<th scope="row" class="j4a-outcome">\s*'
                      r'<span class="j4a-outcome-id">' + re.escape(outcome_id) + "<", html)
    return match.group(1) if match else None
