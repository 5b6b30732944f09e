"""The pathway and the Level-2 gate in a real browser: a learner opens Level 2 by doing the work."""
from tests.browser.conftest import axe_violations, screenshot

MINI = "jobs4all_pathway.0"
COHORT = "jobs4all_pathway.1"
EDITOR = "[data-block-type='jobs4all_pathway'] .j4a-editor"


def open_scenario(page, server, scenario, student, view=""):
    page.goto(f"{server.url}/scenario/{scenario}/{view + '/' if view else ''}?student={student}")
    page.wait_for_selector(".j4a")


def test_learner_does_the_level_1_work_in_the_page_and_level_2_opens(page, server):
    open_scenario(page, server, MINI, "learner_browser")
    gate = page.locator(".j4a-gate")
    assert gate.get_by_text("Locked").first.is_visible()
    assert page.locator(".j4a-gate-children").count() == 0
    assert axe_violations(page, ".j4a-pathway") == [] and axe_violations(page, ".j4a-gate") == []
    screenshot(page, "pathway-learner-locked", selector=".j4a-pathway")

    quiz = page.locator(".j4a-assessment").first
    for answer in ("Time", "The owner-manager, who decides on hiring and training",
                   "Diversity integration and shared responsibility", "Validation of non-formal and informal learning",
                   "Five", "Communication and collaboration"):
        quiz.get_by_label(answer, exact=True).check()
    quiz.get_by_role("button", name="Submit your answers").click()
    quiz.locator('[data-role="summary"] *').first.wait_for()

    log = page.locator(".j4a-log").first
    log.get_by_role("button", name="Write a new entry").click()
    log.get_by_label("Title of the entry").fill("My first employer visit")
    log.get_by_label("What happened, and what did you learn about working with this employer?").fill(
        "The owner agreed to a trial placement after we planned it together.")
    for outcome in ("LO-1.1", "LO-2.1", "LO-3.1"):
        log.locator(f'input[data-role="outcome"][value="{outcome}"]').check()
    log.get_by_role("button", name="Submit entry").click()
    log.get_by_text("Your entry was submitted.", exact=False).first.wait_for()

    open_scenario(page, server, MINI, "learner_browser")
    assert page.locator(".j4a-gate-children").get_by_text("Welcome to Level 2").is_visible()
    assert page.locator(".j4a-pathway").get_by_text("You have unlocked Level 2.").is_visible()
    assert axe_violations(page, ".j4a-pathway") == [] and axe_violations(page, ".j4a-gate") == []
    screenshot(page, "pathway-learner-unlocked", selector=".j4a-pathway")
    assert page.console_errors == []


def test_map_reads_as_a_structured_list(page, server):
    open_scenario(page, server, MINI, "learner_reader")
    levels = page.locator(".j4a-pathway ol.j4a-path-levels > li")
    assert levels.count() == 2
    assert levels.nth(0).locator("ol.j4a-path-areas > li").count() == 3
    pathway = page.locator(".j4a-pathway")
    assert pathway.get_by_role("heading", name="Level 2: advising and partnering Locked").is_visible()
    assert pathway.get_by_role("heading", name="Area 1.2 Strengthening inclusive VET").is_visible()


def test_staff_cohort_view_is_accessible(page, server):
    open_scenario(page, server, COHORT, "staff_1")
    pathway = page.locator(".j4a-pathway")
    assert pathway.get_by_role("heading", name="Cohort on the pathway").is_visible()
    assert pathway.get_by_text("30 learners have recorded evidence in this course.", exact=False).is_visible()
    assert axe_violations(page, ".j4a-pathway") == []
    screenshot(page, "pathway-staff-cohort", selector=".j4a-pathway")


def test_author_edits_the_rules_sees_errors_next_to_fields_then_saves(page, server):
    open_scenario(page, server, COHORT, "staff_1", view="studio_view")
    editor = page.locator(EDITOR)
    assert axe_violations(page, EDITOR) == []
    hours = editor.get_by_label("Area 1.2: face-to-face hours")
    hours.fill("500")
    editor.get_by_label("Area 1.3: optional").check()
    editor.get_by_role("button", name="Save").click()
    errors = editor.locator('[data-role="errors"]')
    errors.get_by_text("Area 1.2: the face-to-face hours must be a number from 0 to 200", exact=False).wait_for()
    assert hours.get_attribute("aria-invalid") == "true"
    assert errors.get_by_text("Area 1.3 is marked optional, so it cannot be required for Level 2.",
                              exact=False).is_visible()
    errors.get_by_role("link", name="Area 1.2: the face-to-face hours", exact=False).click()
    assert page.evaluate("document.activeElement.getAttribute('data-field')") == "hours_f2f"
    hours.fill("2.5")
    editor.get_by_label("Area 1.3: optional").uncheck()
    editor.get_by_role("button", name="Save").click()
    editor.get_by_text("The pathway was saved.").wait_for()
    open_scenario(page, server, COHORT, "staff_1", view="studio_view")
    assert page.get_by_label("Area 1.2: face-to-face hours").input_value() == "2.5"
