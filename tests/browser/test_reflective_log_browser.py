"""The reflective log in a real browser: a learner writes with the keyboard only (live word
count, autosave that survives a reload, submit), an autosave that fails, two tabs, the
trainer's review that the learner then sees, the editor. (Views under axe and two logs on a
page: test_accessibility.py; a reflection that opens Level 2: test_journeys.py.)"""
import re

from playwright.sync_api import expect

from tests.browser.conftest import axe_violations, screenshot
from tests.browser.pages import focused, open_scenario, reload, script_errors

LEARNER_LOG = "jobs4all_reflective_log.0"
TRAINER_LOG = "jobs4all_reflective_log.1"
SENTENCE = "I phoned the owner of the garage and we agreed on a first visit next week. "
SAVED = re.compile(r"^Saved at ")


def errors_of(page):
    """Console errors, except the failed requests the tests provoke on purpose (400, 409)."""
    return script_errors(page, expected=(400, 409))


def log_of(page):
    return page.locator(".j4a-log").last


def test_a_learner_writes_saves_reloads_and_submits_with_the_keyboard(page, server):
    open_scenario(page, server, LEARNER_LOG, "browser_learner")
    log = log_of(page)
    log.get_by_role("button", name="Write a new entry").focus()
    page.keyboard.press("Enter")
    assert focused(page, "data-role") == "form-title"
    page.keyboard.press("Tab")
    page.keyboard.type("Garage visit")
    page.keyboard.press("Tab")
    page.keyboard.type("Only four words here")
    description = log.get_by_label("Description: what happened?")
    counter = log.locator('[data-count="description"]')
    assert counter.inner_text() == "4 words, 6 more words needed"
    log.locator('[data-role="save-state"]').get_by_text(SAVED).wait_for(timeout=10_000)       # debounced autosave
    live = log.locator('[data-role="word-live"]')
    page.wait_for_function("node => node.textContent.length > 0", arg=live.element_handle(), timeout=5_000)
    assert live.inner_text() == "4 words, 6 more words needed"
    assert axe_violations(page) == []
    screenshot(page, "reflective-log-learner-writing", selector=".j4a-log")

    reload(page)
    log = log_of(page)
    log.get_by_text("Garage visit").first.click()                             # the entry's summary
    log.get_by_role("button", name="Continue writing “Garage visit”").click()
    assert description.input_value() == "Only four words here"

    for prompt in ("Description: what happened?", "Feelings: what were you thinking and feeling?",
                   "Evaluation: what was good and what was bad about the experience?",
                   "Analysis: what sense can you make of the situation?", "Conclusion: what else could you have done?",
                   "Action plan: if it arose again, what would you do?"):
        log.get_by_label(prompt).fill(SENTENCE)
    log.get_by_role("button", name="Submit entry").click()
    errors = log.locator('[data-role="errors"]')
    errors.get_by_text("Link the entry to at least one learning outcome before you submit it.").wait_for()
    first_outcome = log.locator('input[data-role="outcome"]').first
    expect(first_outcome.locator("xpath=..").locator('[data-role="field-error"]')).to_have_text(
        "Link the entry to at least one learning outcome before you submit it.")
    errors.get_by_role("link").click()
    assert page.evaluate("document.activeElement.value") == "LO-1.1"
    page.keyboard.press("Space")
    page.keyboard.press("Enter")   # the form submits from the keyboard too
    log.get_by_text("You have submitted 1 of the 2 entries needed to complete this log.").wait_for()
    assert log.locator('[data-role="form"]').is_hidden()
    assert log.get_by_text("Submitted, awaiting feedback").is_visible()
    assert page.evaluate("document.activeElement.tagName") == "SUMMARY"
    assert errors_of(page) == []


def test_unsaved_text_comes_back_after_a_reload(page, server):
    open_scenario(page, server, LEARNER_LOG, "browser_offline")
    log = log_of(page)
    log.get_by_role("button", name="Write a new entry").click()
    page.route("**/save_draft/**", lambda route: route.abort())                # the network is gone
    log.get_by_label("Description: what happened?").fill("Typed while offline")
    log.locator('[data-role="save-state"]').get_by_text(re.compile(r"^Not saved\.")).wait_for(timeout=10_000)
    page.unroute("**/save_draft/**")
    reload(page)
    log = log_of(page)
    log.locator('[data-role="form-note"]').get_by_text("Text you had not saved on your last visit was restored.").wait_for()
    assert log.get_by_label("Description: what happened?").input_value() == "Typed while offline"
    log.locator('[data-role="save-state"]').get_by_text(SAVED).wait_for(timeout=10_000)
    reload(page)
    log = log_of(page)
    assert log.locator('[data-role="form"]').is_hidden()                    # nothing left to restore
    log.locator(".j4a-log-entry summary").first.click()
    assert log.get_by_text("Typed while offline").is_visible()


def test_two_tabs_lose_nothing(browser, server):
    context = browser.new_context()
    first, second = context.new_page(), context.new_page()
    for tab in (first, second):
        open_scenario(tab, server, LEARNER_LOG, "browser_tabs")
    log_of(first).get_by_role("button", name="Write a new entry").click()
    log_of(first).get_by_label("Description: what happened?").fill("From the first tab")
    log_of(first).locator('[data-role="save-state"]').get_by_text(SAVED).wait_for(timeout=10_000)
    reload(second)
    log_of(second).locator('.j4a-log-entry summary').first.click()
    log_of(second).get_by_role("button", name=re.compile("Continue writing")).click()
    log_of(first).get_by_label("Description: what happened?").fill("From the first tab, edited")
    log_of(first).locator('[data-role="save-state"]').get_by_text(SAVED).wait_for(timeout=10_000)
    log_of(second).get_by_label("Description: what happened?").fill("From the second tab")
    log_of(second).get_by_text(re.compile("This entry was changed in another window or tab")).wait_for(timeout=10_000)
    reload(second)
    text = log_of(second).text_content()
    assert "From the first tab, edited" in text and "From the second tab" in text
    context.close()


def test_a_trainer_reviews_an_entry_with_the_keyboard_and_the_learner_sees_it(page, server):
    open_scenario(page, server, TRAINER_LOG, "staff_1")
    panel = page.locator('[data-role="review-panel"]')
    panel.get_by_text("4 entries await feedback (5 submitted in all).").wait_for()
    panel.get_by_role("button", name=re.compile("^Guidance interview with Marta")).focus()
    page.keyboard.press("Enter")
    heading = panel.get_by_role("heading", name="“Guidance interview with Marta” by learner_04")
    heading.wait_for()
    assert page.evaluate("document.activeElement.tagName") == "H5"
    # the trainer reads the learner's entry
    expect(panel).to_contain_text("Marta has a hearing impairment and wants to work in a hotel kitchen.")
    expect(panel).to_contain_text("I will ask our inclusion counsellor for a list of adjustments")
    panel.get_by_role("button", name="Save review").click()
    panel.get_by_text("Write your feedback to the learner first.").first.wait_for()
    feedback = panel.get_by_label("Your feedback to the learner")
    assert feedback.get_attribute("aria-invalid") == "true"
    expect(feedback.locator("xpath=..").locator('[data-role="field-error"]')).to_have_text(
        "Write your feedback to the learner first.")
    feedback.fill("Good plan; ask the counsellor soon.")
    panel.get_by_label(re.compile("LO-2.3")).select_option("demonstrated")
    panel.get_by_role("button", name="Save review").click()
    panel.get_by_text("The learner's mastery of this outcome now: Achieved").wait_for()
    panel.get_by_text("3 entries await feedback (5 submitted in all).").wait_for()
    assert panel.locator('[data-role="field-error"]').count() == 0
    assert axe_violations(page) == []
    screenshot(page, "reflective-log-trainer-review", selector='[data-role="review-panel"]')
    panel.get_by_role("button", name="Back to the list").click()
    panel.get_by_label("Show").select_option("all")
    panel.get_by_text("Submitted entries, newest first").wait_for()
    assert errors_of(page) == []

    # the learner sees the feedback, the judgement and the outcome it made achieved
    open_scenario(page, server, TRAINER_LOG, "learner_04")
    log = log_of(page)
    entry = log.locator(".j4a-log-entry", has_text="Guidance interview with Marta")
    entry.locator("summary").click()
    expect(entry.locator(".j4a-log-feedback")).to_contain_text("Good plan; ask the counsellor soon.")
    expect(entry.locator(".j4a-log-outcome-list li", has_text="LO-2.3")).to_contain_text(
        "(trainer's judgement: Demonstrated)")
    row = page.locator(".j4a-lom tr", has=page.locator(".j4a-outcome-id", has_text=re.compile(r"^LO-2\.3$")))
    expect(row.locator(".j4a-state")).to_contain_text("Achieved")
    assert errors_of(page) == []


def test_the_author_switches_framework_and_saves(page, server):
    open_scenario(page, server, TRAINER_LOG, "staff_1", view="studio_view")
    editor = page.locator(".j4a-editor").filter(has_text="Edit the reflective log")
    editor.get_by_label("Reflection framework").select_option("custom")
    assert editor.get_by_label("Prompt 1: question").input_value() == "What? Describe the situation."
    editor.get_by_role("button", name="Add a prompt").click()
    editor.get_by_role("button", name="Save").click()
    errors = editor.locator('[data-role="errors"]')
    errors.get_by_text("Prompt 4: the question is missing.").wait_for()
    question = editor.get_by_label("Prompt 4: question")
    assert question.get_attribute("aria-invalid") == "true"
    next_to_field = question.locator("xpath=..").locator('[data-role="field-error"]')
    assert next_to_field.inner_text() == "Prompt 4: the question is missing."
    assert next_to_field.get_attribute("id") in question.get_attribute("aria-describedby").split()
    assert axe_violations(page, ".j4a-editor") == []
    question.fill("Who else should hear about it?")
    editor.get_by_role("button", name="Save").click()
    editor.get_by_text("Saved.").wait_for()
    assert editor.locator('[data-role="field-error"]').count() == 0
    open_scenario(page, server, TRAINER_LOG, "browser_author_check")
    assert log_of(page).get_by_label("Who else should hear about it?").count() == 1
    assert errors_of(page) == []
