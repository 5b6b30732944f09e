"""The pathway in a real browser: the map's structure for screen readers and the Studio editor.
(A learner opening Level 2 and downloading the CPD record: test_journeys.py; the learner and
staff views under axe: test_accessibility.py.)"""
from playwright.sync_api import expect

from tests.browser.conftest import axe_violations
from tests.browser.pages import focused, open_scenario, script_errors

MINI = "jobs4all_pathway.0"
COHORT = "jobs4all_pathway.1"
EDITOR = "[data-block-type='jobs4all_pathway'] .j4a-editor"


def test_map_reads_as_a_structured_list(page, server):
    open_scenario(page, server, MINI, "learner_reader")
    levels = page.locator(".j4a-pathway ol.j4a-path-levels > li")
    assert levels.count() == 2
    assert levels.nth(0).locator("ol.j4a-path-areas > li").count() == 3
    pathway = page.locator(".j4a-pathway")
    assert pathway.get_by_role("heading", name="Level 2: advising and partnering Locked").is_visible()
    assert pathway.get_by_role("heading", name="Area 1.2 Strengthening inclusive VET").is_visible()


def test_author_edits_the_rules_sees_errors_next_to_fields_then_saves(page, server):
    open_scenario(page, server, COHORT, "staff_1", view="studio_view")
    editor = page.locator(EDITOR)
    hours = editor.get_by_label("Area 1.2: face-to-face hours")
    hours.fill("500")
    editor.get_by_label("Area 1.3: optional").check()
    editor.get_by_role("button", name="Save").click()
    errors = editor.locator('[data-role="errors"]')
    errors.get_by_text("Area 1.2: the face-to-face hours must be a number from 0 to 200", exact=False).wait_for()
    assert hours.get_attribute("aria-invalid") == "true"
    expect(hours.locator("xpath=..").locator('[data-role="field-error"]')).to_contain_text(
        "Area 1.2: the face-to-face hours must be a number from 0 to 200")
    assert errors.get_by_text("Area 1.3 is marked optional, so it cannot be required for Level 2.",
                              exact=False).is_visible()
    assert axe_violations(page, EDITOR) == []
    errors.get_by_role("link", name="Area 1.2: the face-to-face hours", exact=False).click()
    assert focused(page, "data-field") == "hours_f2f"
    hours.fill("2.5")
    editor.get_by_label("Area 1.3: optional").uncheck()
    editor.get_by_role("button", name="Save").click()
    editor.get_by_text("The pathway was saved.").wait_for()
    assert editor.locator('[data-role="field-error"]').count() == 0
    open_scenario(page, server, COHORT, "browser_author_check")               # what learners now see
    area = page.locator(".j4a-pathway ol.j4a-path-areas > li", has_text="Area 1.2")
    expect(area).to_contain_text("Face-to-face: 2.5 h", use_inner_text=True)
    open_scenario(page, server, COHORT, "staff_1", view="studio_view")
    assert page.get_by_label("Area 1.2: face-to-face hours").input_value() == "2.5"
    assert script_errors(page, expected=(400,)) == []
