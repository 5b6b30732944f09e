"""The Learning Outcomes Matrix block as learners, staff and authors meet it."""
import re

import pytest

from jobs4all_xblocks import evidence
from jobs4all_xblocks.blocks.lom import DEFAULT_OUTCOMES
from jobs4all_xblocks.demo.services import anonymous_id
from jobs4all_xblocks.domain import evidence_kinds as kinds

COURSE = "lom-course"
COURSE_KEY = "workbench:" + COURSE
LOM_XML = '<vertical_demo><jobs4all_lom display_name="Our matrix"/></vertical_demo>'


@pytest.fixture
def lom(workbench):
    root = workbench.load(LOM_XML, course=COURSE)
    return workbench.child(root, "jobs4all_lom")


def record(student, outcome_id, score, attempt=1, kind=kinds.ASSESSMENT, max_score=1.0):
    return evidence.record(learner_id=anonymous_id(student), course_key=COURSE_KEY, usage_key="quiz",
                           kind=kind, attempt=attempt,
                           results=[evidence.OutcomeResult(outcome_id, score, max_score)])


def row_of(html, outcome_id):
    match = re.search(r'<tr class="j4a-state-row j4a-state-row--(\w+)">\s*<th scope="row" class="j4a-outcome">\s*'
                      r'<span class="j4a-outcome-id">' + re.escape(outcome_id), html)
    return match.group(1) if match else None


def test_learner_sees_all_24_outcomes_grouped_by_level_and_area(workbench, lom):
    html = workbench.render(lom)
    assert html.count('class="j4a-outcome-id"') == 24
    assert "Level 1: supporting employers" in html and "Level 2: advising and partnering" in html
    assert html.index("Area 1.1") < html.index("Area 1.3") < html.index("Area 2.1") < html.index("Area 2.3")
    assert "You have achieved 0 of 24 outcomes; 0 are in progress." in html


def test_learner_sees_own_states_only(workbench, lom):
    workbench.render(lom)  # publishes the matrix and its mastery rule
    record("student_1", "LO-1.1", 1.0)
    record("student_1", "LO-1.2", 0.3)
    record("student_2", "LO-2.1", 1.0)
    mine = workbench.render(lom, student="student_1")
    assert row_of(mine, "LO-1.1") == "achieved"
    assert row_of(mine, "LO-1.2") == "in_progress"
    assert row_of(mine, "LO-2.1") == "not_started"
    assert "You have achieved 1 of 24 outcomes; 1 are in progress." in mine
    theirs = workbench.render(lom, student="student_2")
    assert row_of(theirs, "LO-1.1") == "not_started" and row_of(theirs, "LO-2.1") == "achieved"


def test_state_is_never_shown_by_colour_alone(workbench, lom):
    workbench.render(lom)
    record("student_1", "LO-1.1", 1.0)
    html = workbench.render(lom)
    assert re.search(r'j4a-state--achieved"><span class="j4a-icon" aria-hidden="true">●</span> Achieved', html)
    assert "100 %" in html


def test_staff_see_cohort_summary(workbench, lom):
    workbench.render(lom)
    record("student_1", "LO-1.1", 1.0)
    record("student_2", "LO-1.1", 0.2)
    record("student_3", "LO-1.2", 0.9)
    learner_view = workbench.render(lom, student="student_1")
    assert "Cohort summary" not in learner_view
    html = workbench.render(lom, student="staff_1")
    assert "3 learners have recorded evidence in this course." in html
    row = re.search(r"LO-1\.1</span>.*?</tr>", html, re.S).group(0)
    assert re.findall(r"<td>(\d+)</td>", row) == ["1", "1", "1"]  # not started, in progress, achieved


def test_cohort_csv_is_staff_only(workbench, lom):
    workbench.render(lom)
    record("student_1", "LO-1.1", 1.0)
    status, _ = workbench.call(lom, "cohort_csv", method="GET", student="student_1")
    assert status == 403
    status, text = workbench.call(lom, "cohort_csv", method="GET", student="staff_1")
    assert status == 200
    lines = text.lstrip("\ufeff").splitlines()
    assert lines[0].split(",")[1:] == [o["id"] for o in DEFAULT_OUTCOMES]
    assert lines[1].startswith(anonymous_id("student_1") + ",Achieved,Not started")


def test_two_matrices_on_one_page_have_unique_ids(workbench):
    root = workbench.load("<vertical_demo><jobs4all_lom/><jobs4all_lom/></vertical_demo>", course="twice")
    html = workbench.render(root)
    ids = re.findall(r'\sid="([^"]+)"', html)
    assert len(ids) >= 2 and len(ids) == len(set(ids))
