"""The assessment in a real browser: a learner answers Module 1 (mouse and keyboard), submits,
hears the result and sees the matrix change; refused submissions; two assessments on a page
work independently; the Studio editor. (The mini-course journey in test_journeys.py answers
every question type with the keyboard; test_accessibility.py checks the views with axe.)"""
import re

from playwright.sync_api import expect

from tests.browser.conftest import axe_violations
from tests.browser.pages import focused, open_scenario, order_with_keyboard, reload, script_errors, steps

MODULE_1 = "jobs4all_assessment.0"
TWO_ON_A_PAGE = "jobs4all_assessment.1"
MODULE_6 = "jobs4all_assessment.2"
RIGHT_ORDER = ["Decide which industries to approach", "Research candidate companies in those industries",
               "Find the focal person and the real decision-maker",
               "Check each firm's past VET experience and links with other stakeholders",
               "Tailor an approach strategy to each firm"]


def test_learner_answers_module_1_and_sees_feedback_and_the_matrix_change(page, server):
    open_scenario(page, server, MODULE_1, "browser_learner")
    quiz = page.locator(".j4a-assessment")
    lom_row = page.locator(".j4a-lom tr", has=page.locator(".j4a-outcome-id", has_text=re.compile(r"^LO-1\.2$")))
    assert "j4a-state-row--not_started" in lom_row.get_attribute("class")
    assert axe_violations(page, ".j4a-assessment") == []

    first = quiz.locator("fieldset[data-item-id='m1-first-challenge']")
    first.get_by_label("Financial aspects").check()
    qualities = quiz.locator("fieldset[data-item-id='m1-qualities']")
    for label in ("Communication", "Trust", "Openness"):
        qualities.get_by_label(label).check()
    matching = quiz.locator("fieldset[data-item-id='m1-dimensions']")
    matching.get_by_label("Opportunities").select_option(label="Why should businesses support VET and work-based learning?")
    matching.get_by_label("Challenges").select_option(label="What barriers do businesses face?")
    matching.get_by_label("Profile").select_option(label="Which qualities make the relationship sustainable?")
    ordering = quiz.locator("fieldset[data-item-id='m1-partner-steps']")
    assert steps(ordering) != RIGHT_ORDER
    order_with_keyboard(page, ordering, RIGHT_ORDER)
    assert steps(ordering) == RIGHT_ORDER
    expect(quiz.locator('[data-role="live"]')).to_have_text(re.compile(r"^“[^”]+” is now step [1-4] of 5\.$"))
    quiz.locator("fieldset[data-item-id='m1-sme-contact']").get_by_label(
        "The owner-manager, who decides on hiring and training").check()
    ratings = quiz.locator("fieldset[data-item-id='m1-confidence']")
    for group in range(4):
        ratings.locator("fieldset.j4a-rating").nth(group).get_by_label("4: confident").check()

    quiz.get_by_role("button", name="Submit your answers").click()
    expect(quiz.locator('[data-role="live"]')).to_have_text(
        "Attempt 1 submitted. You scored 5 of 6 points (83 %). You have used 1 of 2 attempts.")
    assert first.get_by_text("Incorrect").is_visible()
    assert first.get_by_text("Costs were rated, but the experts put another challenge first.").is_visible()
    assert "Correct answer" not in first.inner_text()      # answers only after the last attempt
    assert quiz.get_by_role("table", name="Your learning outcomes after this attempt").is_visible()
    assert quiz.locator('[data-role="attempts"]').inner_text() == "You have used 1 of 2 attempts."
    assert axe_violations(page, ".j4a-assessment") == []

    reload(page)
    assert "j4a-state-row--achieved" in lom_row.get_attribute("class")
    assert first.get_by_label("Financial aspects").is_checked()
    assert script_errors(page) == []


def test_unanswered_questions_and_a_replayed_attempt_are_refused(page, server):
    open_scenario(page, server, MODULE_6, "browser_double")
    quiz = page.locator(".j4a-assessment")
    quiz.get_by_role("button", name="Submit your answers").click()
    errors = quiz.locator('[data-role="errors"]')
    errors.get_by_text("Question 1 is not answered.").wait_for()
    errors.get_by_role("link", name="Question 1 is not answered.").click()
    assert page.evaluate("document.activeElement.closest('fieldset').getAttribute('data-item-id')") == "m6-ecvet-unit"
    question = quiz.locator("fieldset[data-item-id='m6-ecvet-unit']")
    assert question.locator('[data-role="field-error"]').inner_text() == "Question 1 is not answered."
    quiz.get_by_label("One ECVET point").check()
    quiz.get_by_role("button", name="Submit your answers").click()
    quiz.get_by_text("Result of attempt 1").wait_for()
    assert errors.is_hidden()
    # the same attempt sent again (a second tab, a double click that slipped through)
    usage = page.get_attribute('.xblock-v1[data-block-type="jobs4all_assessment"]', "data-usage")
    replay = page.evaluate("""url => Jobs4All.postJSON(url, {attempt: 1, answers: {"m6-ecvet-unit": "unit",
        "m6-mobility-steps": ["agreement", "accommodation", "preparation", "guidance"]}})""",
        f"/handler/{usage}/submit/?student=browser_double")
    assert replay["status"] == 400
    assert replay["body"]["error"].startswith("Attempt 1 has already been submitted; it was not recorded twice.")
    reload(page)
    assert page.locator('[data-role="attempts"]').inner_text() == "You have used 1 of 3 attempts."
    # the browser logs the two refused requests (400); nothing else went wrong
    assert script_errors(page, expected=(400,)) == []


def test_two_assessments_on_a_page_work_independently(page, server):
    open_scenario(page, server, TWO_ON_A_PAGE, "browser_two")
    second = page.locator(".j4a-assessment").nth(1)
    for label in ("Information and data literacy", "Communication and collaboration", "Digital content creation",
                  "Safety", "Problem solving"):
        second.get_by_label(label).check()
    second.get_by_label("5: very confident").check()
    second.get_by_role("button", name="Submit your answers").click()
    second.get_by_text("You scored 1 of 1 point (100 %).").wait_for()
    assert second.get_by_role("button", name="Submit your answers").is_disabled()   # its only attempt
    first = page.locator(".j4a-assessment").nth(0)
    assert first.get_by_role("button", name="Submit your answers").is_enabled()
    assert first.locator('[data-role="summary"]').inner_text().strip() == ""


def test_author_edits_questions_and_sees_errors_next_to_fields(page, server):
    open_scenario(page, server, MODULE_6, "staff_1")          # the unit, as the author sees it first
    open_scenario(page, server, MODULE_6, "staff_1", view="studio_view")
    editor = page.locator(".j4a-assessment-editor")
    editor.get_by_label("Type of the new question").select_option("single")
    editor.get_by_role("button", name="Add a question").click()
    prompt = editor.get_by_label("Question text (HTML)").nth(2)
    assert focused(page, "data-key") == "3:prompt"
    editor.get_by_role("button", name="Save").click()
    errors = editor.locator('[data-role="errors"]')
    errors.get_by_text("Question 3: the question text is empty.").wait_for()
    assert prompt.get_attribute("aria-invalid") == "true"
    assert editor.locator('[data-error-for="3:prompt"]').inner_text() == "Question 3: the question text is empty."
    assert "Question 3 is not mapped to any learning outcome." in \
        editor.locator('[data-error-for="3:outcomes"]').inner_text()
    for message in ("Question 3: the question text is empty.", "Question 3 is not mapped to any learning outcome."):
        assert editor.get_by_text(message).count() == 2          # in the summary and next to the field, once each
    assert axe_violations(page, ".j4a-assessment-editor") == []
    prompt.fill("<p>Which document fixes what a learner will learn abroad?</p>")
    item = editor.locator("section[data-row='3']")
    item.get_by_label("Choice 1: text").fill("The learning agreement")
    item.get_by_label("Choice 2: text").fill("The accommodation contract")
    item.get_by_label("Outcome to map").select_option("LO-6.3")
    item.get_by_role("button", name="Map this outcome").click()
    assert item.get_by_text("Prepare a learning mobility", exact=True).is_visible()
    editor.get_by_role("button", name="Move Question 3 up").click()
    editor.get_by_role("button", name="Save").click()
    editor.get_by_text("Saved: 3 questions.").wait_for()
    assert errors.is_hidden()
    open_scenario(page, server, MODULE_6, "browser_after_edit")
    legends = page.locator(".j4a-item-legend").all_inner_texts()
    assert len(legends) == 3
    assert page.locator("fieldset.j4a-item").nth(1).get_by_text("The learning agreement").is_visible()
