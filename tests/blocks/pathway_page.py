"""A course page with the JOBS4ALL matrix, a pathway and a Level-2 gate, for the block tests.

Evidence is written straight into the store here (as the assessment and log blocks write it);
the mini-course test drives the real handlers of those blocks instead.
"""
import html as html_lib
import re
from dataclasses import dataclass
from datetime import timedelta

import pytest
from django.utils import timezone
from lxml import etree

from jobs4all_xblocks import evidence
from jobs4all_xblocks.blocks.pathway_olx import AreaCodec, RulesCodec
from jobs4all_xblocks.demo.services import anonymous_id
from jobs4all_xblocks.domain import evidence_kinds as kinds
from jobs4all_xblocks.domain.pathway import default_areas, default_rules
from jobs4all_xblocks.domain.reflection_entries import Draft

COURSE = "pathway-course"
COURSE_KEY = "workbench:" + COURSE
L1 = [f"LO-{m}.{n}" for m in (1, 2, 3) for n in (1, 2, 3, 4)]
GATE_CHILDREN = ('<html_demo><p class="secret">Level-2 secret text</p></html_demo>'
                 '<jobs4all_assessment display_name="Module 4 check"/>')


def pathway_xml(areas=None, rules=None, **attributes):
    node = etree.Element("jobs4all_pathway", display_name="Our pathway",
                         **{key: str(value) for key, value in attributes.items()})
    AreaCodec.encode(default_areas() if areas is None else areas, node)
    RulesCodec.encode(default_rules() if rules is None else rules, node)
    return etree.tostring(node, encoding="unicode")


def gate_xml(children=GATE_CHILDREN, name="Level 2 modules"):
    return f'<jobs4all_level2_gate display_name="{name}">{children}</jobs4all_level2_gate>'


def text_of(html):
    """The visible text of an HTML fragment, whitespace folded."""
    return " ".join(html_lib.unescape(re.sub(r"<[^>]+>", " ", html)).split())


@dataclass
class PathwayPage:
    workbench: object
    lom: str
    pathway: str
    gate: str
    course_key: str = COURSE_KEY

    def render(self, usage=None, student="student_1", lang="en"):
        return self.workbench.render(usage or self.pathway, student=student, lang=lang)

    def block(self, usage=None, student="student_1"):
        return self.workbench.block(usage or self.pathway, student)

    def achieve(self, student, *outcome_ids, score=1.0, when=None, usage_key="quiz"):
        for outcome_id in outcome_ids:
            evidence.record(learner_id=anonymous_id(student), course_key=self.course_key, usage_key=usage_key,
                            kind=kinds.ASSESSMENT, attempt=self._next_attempt(student, usage_key, outcome_id),
                            when=when, results=[evidence.OutcomeResult(outcome_id, score, 1.0)])

    def reflect(self, student, *outcome_ids, title="My entry", when=None, log="log"):
        return evidence.save_reflection(
            course_key=self.course_key, usage_key=log, learner_id=anonymous_id(student), entry_id=None, base_version=0,
            draft=Draft(title, {"p": "What I learnt"}, tuple(outcome_ids)), prompts=[("p", "What did you learn?")],
            submit=True, when=when or timezone.now()).entry

    def unlock(self, student):
        """Everything the default rules ask: 9 of the 12 Level-1 outcomes and a reflection per area."""
        self.achieve(student, *L1[:9])
        self.reflect(student, "LO-1.1", "LO-2.1", "LO-3.1")

    def _next_attempt(self, student, usage_key, outcome_id):
        rows = [r for r in evidence.learner_evidence(self.course_key, anonymous_id(student))
                if r.usage_key == usage_key and r.outcome_id == outcome_id]
        return len(rows) + 1


def make_page(workbench, pathway=None, gate=None, course=COURSE):
    pathway = pathway_xml() if pathway is None else pathway
    gate = gate_xml() if gate is None else gate
    root = workbench.load(f"<vertical_demo><jobs4all_lom/>{pathway}{gate}</vertical_demo>", course=course)
    lom = workbench.child(root, "jobs4all_lom")
    workbench.render(lom, student="staff_1")  # the LOM publishes the course's outcomes
    page = PathwayPage(workbench, lom, workbench.child(root, "jobs4all_pathway") if pathway else None,
                       workbench.child(root, "jobs4all_level2_gate") if gate else None, "workbench:" + course)
    if pathway:
        workbench.render(page.pathway, student="staff_1")  # the pathway publishes its rules
    return page


@pytest.fixture
def page(workbench):
    return make_page(workbench)


def days_ago(days):
    return timezone.now() - timedelta(days=days)
