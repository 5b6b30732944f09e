"""The Learning Outcomes Matrix's Studio editor in a real browser (its learner and staff views,
and two matrices on a page, are in test_accessibility.py; the matrix changing after an
assessment in test_journeys.py)."""
from tests.browser.conftest import axe_violations
from tests.browser.pages import focused, open_scenario, script_errors


def test_author_edits_the_matrix_with_keyboard_and_sees_errors_then_success(page, server):
    open_scenario(page, server, "jobs4all_lom.1", student="staff_1", view="studio_view")
    editor = page.locator(".j4a-editor").first
    title = editor.get_by_label("Outcome 1: title")
    title.fill("")
    editor.get_by_role("button", name="Save").click()
    errors = editor.locator('[data-role="errors"]')
    errors.get_by_text("Row 1: the title is missing.").wait_for()
    assert title.get_attribute("aria-invalid") == "true"
    next_to_field = title.locator("xpath=..").locator('[data-role="field-error"]')
    assert next_to_field.inner_text() == "Row 1: the title is missing."
    assert next_to_field.get_attribute("id") in title.get_attribute("aria-describedby").split()
    assert axe_violations(page, ".j4a-editor") == []
    errors.get_by_role("link", name="Row 1: the title is missing.").click()
    assert focused(page, "data-field") == "title"
    title.fill("Explain why employers cooperate with VET")
    # move outcome 2 above outcome 1 with the keyboard
    editor.get_by_role("button", name="Move LO-1.2 up").focus()
    page.keyboard.press("Enter")
    assert editor.get_by_label("Outcome 1: id").input_value() == "LO-1.2"
    editor.get_by_role("button", name="Save").click()
    editor.get_by_text("Saved: 24 outcomes.").wait_for()
    assert errors.is_hidden()
    assert editor.locator('[data-role="field-error"]').count() == 0
    open_scenario(page, server, "jobs4all_lom.1")
    first = page.locator(".j4a-lom").first
    assert first.locator(".j4a-outcome-id").first.inner_text() == "LO-1.2"
    assert first.get_by_text("Explain why employers cooperate with VET").is_visible()
    assert script_errors(page, expected=(400,)) == []
