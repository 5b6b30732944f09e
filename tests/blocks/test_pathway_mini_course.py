"""The workbench mini-course: a learner who does the Level-1 work sees Level 2 open, no staff action.

Everything goes through the real handlers of the assessment and reflective-log blocks, on
the demo's own scenario.
"""
import re

import pytest
from django.template.defaultfilters import slugify

from jobs4all_xblocks.demo import seed_pathway
from jobs4all_xblocks.demo.scenarios import load
from tests.blocks.pathway_page import text_of

LEARNER = "learner_new"
WELCOME = "Welcome to Level 2"


@pytest.fixture
def course(workbench):
    title, xml = load("pathway")[0]
    assert title == "JOBS4ALL: a whole mini-course on one page (Level 1 work opens Level 2)"
    root = workbench.load(xml, course="mini-course")

    class Course:
        def render(self, student=LEARNER):
            return workbench.render(root, student=student)

        def child(self, block_type, index=0):
            return workbench.child(root, block_type, index)

        def call(self, block_type, handler, data, student=LEARNER, method="POST"):
            return workbench.call(self.child(block_type), handler, data, student=student, method=method)
    return Course()


def gate_panel(html):
    start = html.index('data-block-type="jobs4all_level2_gate"') if 'data-block-type="jobs4all_level2_gate"' in html \
        else html.index("data-block-type='jobs4all_level2_gate'")
    return html[start:]


def test_a_learner_unlocks_level_2_by_doing_the_level_1_work(course):
    html = course.render()                      # as any first visit: the blocks publish and register themselves
    assert WELCOME not in html and "Level 2 check (modules 4-6)" not in html
    assert "Level 2 is still locked for you." in text_of(html)

    answers = {"l1-first-challenge": "time", "l1-contact": "owner", "l1-qualities": ["trust", "communication"],
               "l1-partner-steps": ["industries", "research", "people", "strategy"], "l1-principles": "diversity",
               "l1-principles-practice": {"curricula": "curricula", "responsive": "responsive", "diversity": "diversity"},
               "l1-validation": "validation", "l1-digcomp": "eight", "l1-profile": "content",
               "l1-confidence": {"LO-1.1": 4, "LO-1.2": 3}}
    status, body = course.call("jobs4all_assessment", "submit", {"attempt": 1, "answers": answers})
    assert status == 200, body
    html = course.render()
    assert WELCOME not in html
    panel = text_of(gate_panel(html))
    assert "So far you have achieved 4 of the 6 outcomes" in panel and "Achieve" not in panel
    assert ("Submit a reflective entry linked to an outcome of each of these areas: "
            "Area 1.1: Foundations of VET-business partnership – Level 1 reflective log") in panel

    entry = {"entry_id": None, "version": 0, "title": "My first employer visit",
             "answers": {"experience": "The owner agreed to a trial placement after we planned it together."},
             "outcome_ids": ["LO-1.1", "LO-2.1", "LO-3.1"]}
    status, body = course.call("jobs4all_reflective_log", "submit_entry", entry)
    assert status == 200, body

    html = course.render()
    assert WELCOME in html and "Level 2 check (modules 4-6)" in html
    assert "You have unlocked Level 2." in text_of(html)
    assert "j4a-gate-notice" not in html and "What you still need for Level 2" not in html
    assert WELCOME not in course.render(student="learner_other")

    staff = text_of(course.render(student="staff_1"))
    assert "1 learner has recorded evidence in this course. 1 of them (100 %) have unlocked Level 2." in staff

    status, record = course.call("jobs4all_pathway", "cpd_record", None, method="GET")
    assert status == 200
    record = text_of(record)
    assert "My first employer visit" in record and "Level 2 of the pathway is unlocked." in record
    assert re.search(r"LO-2\.2 Identify inclusion measures .*? Assessment", record)


def test_every_pathway_and_gate_scenario_renders_for_learners_and_staff(workbench):
    scenarios = load("pathway") + load("level2_gate")
    assert len(scenarios) == 5
    for number, (title, xml) in enumerate(scenarios):
        root = workbench.load(xml, course=f"scenario-{number}")
        for student in ("student_1", "staff_1"):
            html = workbench.render(root, student=student)
            assert 'class="j4a' in html and "Traceback" not in html, title


def test_the_staff_cohort_scenario_shows_the_seeded_cohort(workbench):
    title, xml = load("pathway")[1]
    assert title == seed_pathway.SCENARIO_TITLE
    root = workbench.load(xml, course=slugify(title))
    workbench.render(root, student="staff_1")
    assert seed_pathway.seed() == 30
    assert seed_pathway.seed() == 0          # once only
    text = text_of(workbench.render(workbench.child(root, "jobs4all_pathway"), student="staff_1"))
    found = re.search(r"30 learners have recorded evidence in this course\. (\d+) of them \((\d+) %\) have unlocked "
                      r"Level 2\.", text)
    assert found and 0 < int(found.group(1)) < 30
    completed = re.findall(r"\d\.\d [^\d]+? (\d+) \d+ % \d+", text[text.index("Learners per area"):])
    assert len(completed) == 6 and int(completed[0]) > 0
