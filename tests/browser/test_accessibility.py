"""Every block's learner view, staff view and Studio editor under axe-core (WCAG 2.1 A/AA), with
a screenshot for the README; two instances of each block on one page keep their ids apart.

The journeys (test_journeys.py and the per-block files) run axe again in the states they reach
(feedback shown, an entry under review, Level 2 open).
"""
import pytest
from playwright.sync_api import expect

from tests.browser.conftest import axe_violations, screenshot
from tests.browser.pages import block, broken_references, duplicate_ids, open_scenario, script_errors

STAFF = "staff_1"
# (screenshot name, scenario, view, student, block type, what the user sees in it)
VIEWS = [
    ("lom-learner", "jobs4all_lom.0", "", "student_1", "jobs4all_lom",
     "You have achieved 7 of 24 outcomes; 2 are in progress."),
    ("lom-staff", "jobs4all_lom.0", "", STAFF, "jobs4all_lom", "Cohort summary"),
    ("lom-editor", "jobs4all_lom.0", "studio_view", STAFF, "jobs4all_lom", "Edit the Learning Outcomes Matrix"),
    ("assessment-learner", "jobs4all_assessment.0", "", "a11y_learner", "jobs4all_assessment",
     "6 questions. You have used 0 of 2 attempts."),
    ("assessment-staff", "jobs4all_assessment.0", "", STAFF, "jobs4all_assessment", "Submit your answers"),
    ("assessment-editor", "jobs4all_assessment.0", "studio_view", STAFF, "jobs4all_assessment", "Edit the assessment"),
    ("reflective-log-learner", "jobs4all_reflective_log.0", "", "a11y_learner", "jobs4all_reflective_log",
     "Write a new entry"),
    ("reflective-log-staff", "jobs4all_reflective_log.1", "", STAFF, "jobs4all_reflective_log", "Trainer review"),
    ("reflective-log-editor", "jobs4all_reflective_log.1", "studio_view", STAFF, "jobs4all_reflective_log",
     "Edit the reflective log"),
    ("pathway-learner", "jobs4all_pathway.0", "", "a11y_learner", "jobs4all_pathway",
     "Level 2 is still locked for you."),
    ("pathway-staff", "jobs4all_pathway.1", "", STAFF, "jobs4all_pathway", "Cohort on the pathway"),
    ("pathway-editor", "jobs4all_pathway.1", "studio_view", STAFF, "jobs4all_pathway", "Edit the pathway"),
    ("level2-gate-learner", "jobs4all_level2_gate.0", "", "a11y_learner", "jobs4all_level2_gate",
     "This part of the course (2 components) opens as soon as you have unlocked Level 2 of the pathway."),
    ("level2-gate-staff", "jobs4all_level2_gate.0", "", STAFF, "jobs4all_level2_gate",
     "you see this content because you are course staff."),
    # The gate has no editor: in Studio it shows this summary in its unit, and its children on its page.
    ("level2-gate-studio", "jobs4all_level2_gate.0", "author_view", STAFF, "jobs4all_level2_gate",
     "Level-2 gate “Module 4: VET attractiveness”"),
]


@pytest.mark.parametrize("name, scenario, view, student, block_type, seen", VIEWS, ids=[v[0] for v in VIEWS])
def test_every_view_passes_axe(page, server, name, scenario, view, student, block_type, seen):
    if view:
        open_scenario(page, server, scenario, student)    # the author sees the unit before editing it
    open_scenario(page, server, scenario, student, view)
    target = block(block_type)
    expect(page.locator(target).first).to_contain_text(seen)
    assert axe_violations(page, target) == []
    screenshot(page, name, selector=target)
    assert script_errors(page) == []


TWO_ON_A_PAGE = {
    "jobs4all_lom": "jobs4all_lom.1",
    "jobs4all_assessment": "jobs4all_assessment.1",
    "jobs4all_reflective_log": "jobs4all_reflective_log.2",
    "jobs4all_pathway": "jobs4all_pathway.2",
    "jobs4all_level2_gate": "jobs4all_level2_gate.1",
}


@pytest.mark.parametrize("block_type", list(TWO_ON_A_PAGE))
def test_two_instances_on_a_page_keep_their_ids_apart(page, server, block_type):
    scenario = TWO_ON_A_PAGE[block_type]
    studio = "author_view" if block_type == "jobs4all_level2_gate" else "studio_view"
    for view, student in (("", "a11y_two"), ("", STAFF), (studio, STAFF)):
        open_scenario(page, server, scenario, student, view)
        assert page.locator(block(block_type)).count() == 2
        if block_type == "jobs4all_reflective_log" and student != STAFF:
            for log in page.locator(".j4a-log").all():      # both entry forms open at once
                log.get_by_role("button", name="Write a new entry").click()
        assert duplicate_ids(page) == [], (view, student)
        assert broken_references(page) == [], (view, student)
        assert axe_violations(page, block(block_type)) == [], (view, student)
    assert script_errors(page) == []
