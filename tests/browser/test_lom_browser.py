"""The Learning Outcomes Matrix in a real browser: learner, staff, and the Studio editor."""
from tests.browser.conftest import axe_violations, screenshot


def open_scenario(page, server, scenario, student="student_1", view=""):
    page.goto(f"{server.url}/scenario/{scenario}/{view + '/' if view else ''}?student={student}")
    page.wait_for_selector(".j4a")


def test_learner_matrix_is_accessible(page, server):
    open_scenario(page, server, "jobs4all_lom.0")
    assert page.locator(".j4a-outcome-id").count() == 24
    assert page.get_by_text("You have achieved", exact=False).is_visible()
    assert axe_violations(page) == []
    screenshot(page, "lom-learner")
    assert page.console_errors == []


def test_staff_cohort_view_is_accessible(page, server):
    open_scenario(page, server, "jobs4all_lom.0", student="staff_1")
    assert page.get_by_role("heading", name="Cohort summary").is_visible()
    assert axe_violations(page) == []
    screenshot(page, "lom-staff")


def test_two_matrices_on_one_page_keep_ids_unique(page, server):
    open_scenario(page, server, "jobs4all_lom.1")
    ids = page.eval_on_selector_all("[id]", "nodes => nodes.map(n => n.id)")
    assert len(ids) == len(set(ids))
    assert axe_violations(page) == []


def test_author_edits_the_matrix_with_keyboard_and_sees_errors_then_success(page, server):
    open_scenario(page, server, "jobs4all_lom.1", student="staff_1", view="studio_view")
    editor = page.locator(".j4a-editor").first
    assert axe_violations(page) == []
    screenshot(page, "lom-editor", selector=".j4a-editor")
    title = editor.get_by_label("Outcome 1: title")
    title.fill("")
    editor.get_by_role("button", name="Save").click()
    errors = editor.locator('[data-role="errors"]')
    errors.get_by_text("Row 1: the title is missing.").wait_for()
    assert title.get_attribute("aria-invalid") == "true"
    errors.get_by_role("link", name="Row 1: the title is missing.").click()
    assert page.evaluate("document.activeElement.getAttribute('data-field')") == "title"
    title.fill("Explain why employers cooperate with VET")
    # move outcome 2 above outcome 1 with the keyboard
    editor.get_by_role("button", name="Move LO-1.2 up").focus()
    page.keyboard.press("Enter")
    assert editor.get_by_label("Outcome 1: id").input_value() == "LO-1.2"
    editor.get_by_role("button", name="Save").click()
    editor.get_by_text("Saved: 24 outcomes.").wait_for()
    assert errors.is_hidden()
    open_scenario(page, server, "jobs4all_lom.1")
    first = page.locator(".j4a-lom").first
    assert first.locator(".j4a-outcome-id").first.inner_text() == "LO-1.2"
    assert first.get_by_text("Explain why employers cooperate with VET").is_visible()
