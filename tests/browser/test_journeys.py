"""End-to-end journeys on the demo mini-course (LOM, Level-1 check, reflective log, pathway,
Level-2 gate on one page), in English, German and Greek.

A learner answers every question type (ordering and matching with the keyboard only), reads the
feedback, sees the matrix change, writes a reflection that autosaves and survives a reload,
submits it, sees Level 2 open and downloads the CPD record. In German and Greek the same journey
must show no English UI string (the English catalogs' messages) in the blocks or in the record.
"""
import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import axe_violations, screenshot
from tests.browser.pages import (UI, english_in, english_on_page, match_with_keyboard, open_scenario,
                                 order_with_keyboard, reload, script_errors, steps, text_of_html)

MINI = "jobs4all_pathway.0"
MINI_FILE = "pathway-0-mini-course.xml"
LOCALES = {"en": "en-GB", "de": "de-DE", "el": "el-GR"}
RIGHT_ORDER = ["Decide which industries to approach", "Research candidate companies in those industries",
               "Find the focal person and the real decision-maker", "Tailor an approach strategy to each firm"]
PAIRS = {"Accessible, relevant curricula": "A course co-designed with employers and offered part-time",
         "Responsiveness to local needs": "A new course launched after a regional skills survey",
         "Shared responsibility": "An employer and a provider jointly mentoring every learner"}
PROMPT = "What happened, and what did you learn about working with this employer?"
# What the learner writes, in the language of the UI.
WRITING = {
    "en": ("Visit to the garage",
           "The owner agreed to a trial placement after we planned it together."),
    "de": ("Besuch in der Werkstatt",
           "Die Inhaberin hat einem Probepraktikum zugestimmt, nachdem wir es gemeinsam geplant haben."),
    "el": ("Επίσκεψη στο συνεργείο",
           "Ο ιδιοκτήτης συμφώνησε σε δοκιμαστική πρακτική άσκηση αφού τη σχεδιάσαμε μαζί."),
}


def outcome_row(page, outcome_id):
    outcome = page.locator(".j4a-outcome-id", has_text=re.compile(f"^{re.escape(outcome_id)}$"))
    return page.locator(".j4a-lom tr", has=outcome)


@pytest.mark.parametrize("lang", ["en", "de", "el"])
def test_learner_journey_through_the_mini_course(page_in, server, lang):
    ui = UI(lang)
    page = page_in(LOCALES[lang])
    learner = f"journey_{lang}"
    english = {}                                 # English UI strings seen, by step of the journey

    def no_english(step, text=None):
        if lang != "en":
            found = english_on_page(page, lang, MINI_FILE) if text is None else english_in(text, lang, MINI_FILE)
            if found:
                english[step] = found

    # ---- first visit: nothing done yet, Level 2 locked
    open_scenario(page, server, MINI, learner)
    assert page.locator(".j4a-lom").get_attribute("lang") == lang
    expect(outcome_row(page, "LO-1.1").locator(".j4a-state")).to_contain_text(ui("Not started"))
    gate = page.locator(".j4a-gate")
    expect(gate.locator(".j4a-path-lock")).to_have_text(ui("Locked"))
    assert page.locator(".j4a-gate-children").count() == 0
    pathway = page.locator(".j4a-pathway")
    expect(pathway.locator(".j4a-summary")).to_contain_text(ui("Level 2 is still locked for you."))
    no_english("first visit")
    if lang == "en":                # the check itself sees English UI text where there is some
        assert {"Submit your answers", "Write a new entry", "Level 2 is still locked for you"} <= set(
            english_on_page(page, "de", MINI_FILE))

    # ---- the Level-1 check: every question type
    quiz = page.locator(".j4a-assessment").first

    def item(item_id):
        return quiz.locator(f"fieldset[data-item-id='{item_id}']")

    item("l1-first-challenge").get_by_label("Time", exact=True).check()
    item("l1-contact").get_by_label("The owner-manager, who decides on hiring and training").check()
    for quality in ("Trust", "Communication"):
        item("l1-qualities").get_by_label(quality, exact=True).check()
    ordering = item("l1-partner-steps")
    assert steps(ordering) != RIGHT_ORDER
    order_with_keyboard(page, ordering, RIGHT_ORDER, move_up=ui("Move up"))
    assert steps(ordering) == RIGHT_ORDER
    live = quiz.locator('[data-role="live"]')
    expect(live).to_have_text(ui.pattern("“{step}” is now step {position} of {count}."))     # read out
    item("l1-principles").get_by_label("Diversity integration and shared responsibility").check()
    match_with_keyboard(page, item("l1-principles-practice"), PAIRS)
    item("l1-validation").get_by_label("Validation of non-formal and informal learning").check()
    item("l1-digcomp").get_by_label("Eight", exact=True).check()            # the one wrong answer
    item("l1-profile").get_by_label("Communication and collaboration").check()
    ratings = item("l1-confidence").locator("fieldset.j4a-rating")
    ratings.nth(0).get_by_label(ui("4: confident")).check()
    ratings.nth(1).get_by_label(ui("3: fairly confident")).check()
    quiz.get_by_role("button", name=ui("Submit your answers")).click()

    expect(live).to_contain_text(ui("Attempt {attempt} submitted.", attempt=1))
    expect(live).to_contain_text(ui.n("You scored {earned} of {possible} point ({percent} %).",
                                      "You scored {earned} of {possible} points ({percent} %).", 9,
                                      earned=8, possible=9, percent=89))
    expect(item("l1-first-challenge").locator(".j4a-verdict")).to_contain_text(ui("Correct"))
    wrong = item("l1-digcomp")
    expect(wrong.locator(".j4a-verdict")).to_contain_text(ui("Incorrect"))
    expect(wrong.locator(".j4a-answer")).to_contain_text("Five")           # answers shown after each attempt
    expect(item("l1-partner-steps").locator(".j4a-verdict")).to_contain_text(ui("Correct"))
    expect(item("l1-principles-practice").locator(".j4a-verdict")).to_contain_text(ui("Correct"))
    assert quiz.get_by_role("table", name=ui("Your learning outcomes after this attempt")).is_visible()
    assert axe_violations(page, ".j4a-assessment") == []
    if lang == "en":
        screenshot(page, "assessment-learner-feedback", selector=".j4a-assessment")
    no_english("assessment feedback")

    # ---- the matrix shows the new evidence after a reload
    reload(page)
    expect(outcome_row(page, "LO-1.1").locator(".j4a-state")).to_contain_text(ui("Achieved"))
    expect(outcome_row(page, "LO-1.1")).to_contain_text(ui("%(rating)s of 5", rating=4))       # the self-rating
    expect(outcome_row(page, "LO-3.1").locator(".j4a-state")).not_to_contain_text(ui("Achieved"))
    expect(page.locator(".j4a-lom .j4a-summary").first).to_contain_text(
        ui("You have achieved %(achieved)s of %(total)s outcomes; %(in_progress)s are in progress.",
           achieved=5, total=12, in_progress=1))
    assert item("l1-first-challenge").get_by_label("Time", exact=True).is_checked()

    # ---- a reflection: autosaved, found again after a reload, submitted
    title, text = WRITING[lang]
    log = page.locator(".j4a-log").first
    log.get_by_role("button", name=ui("Write a new entry")).click()
    log.get_by_label(ui("Title of the entry")).fill(title)
    log.get_by_label(PROMPT).fill(text)
    expect(log.locator('[data-role="save-state"]')).to_have_text(ui.pattern("Saved at {time}"), timeout=10_000)
    no_english("reflection form, saved")

    reload(page)
    log = page.locator(".j4a-log").first
    entry = log.locator(".j4a-log-entry", has_text=title)
    expect(entry).to_contain_text(ui("Draft"))
    entry.locator("summary").click()
    entry.get_by_role("button", name=ui("Continue writing “%(title)s”", title=title)).click()
    expect(log.get_by_label(PROMPT)).to_have_value(text)
    expect(log.get_by_label(ui("Title of the entry"))).to_have_value(title)
    for outcome in ("LO-1.1", "LO-2.1", "LO-3.1"):
        log.locator(f'input[data-role="outcome"][value="{outcome}"]').check()
    log.get_by_role("button", name=ui("Submit entry")).click()
    log.get_by_text(ui("Your entry was submitted. Your trainer will read it and give feedback.")).wait_for()
    expect(log.locator(".j4a-log-entry", has_text=title)).to_contain_text(ui("Submitted, awaiting feedback"))
    no_english("reflection submitted")

    # ---- Level 2 opens
    reload(page)
    expect(page.locator(".j4a-gate-children")).to_contain_text("Welcome to Level 2")
    expect(page.locator(".j4a-pathway .j4a-summary").first).to_contain_text(ui("You have unlocked Level 2."))
    assert page.locator(".j4a-gate .j4a-path-lock--locked").count() == 0
    assert axe_violations(page, ".j4a-pathway") == [] and axe_violations(page, ".j4a-gate") == []
    if lang == "en":
        screenshot(page, "pathway-learner-unlocked", selector=".j4a-pathway")
    no_english("Level 2 unlocked")

    # ---- the CPD record, downloaded
    with page.expect_download() as download:
        page.locator(".j4a-pathway").get_by_role("link", name=ui("Download my CPD record")).click()
    assert download.value.suggested_filename == "cpd-record.html"
    record = text_of_html(open(download.value.path(), encoding="utf-8").read())
    assert ui("My CPD record") in record
    assert ui("Level 2 of the pathway is unlocked.") in record
    assert title in record                                                    # the submitted reflection
    achieved = record[record.index(ui("Learning outcomes achieved")):record.index(ui("Reflective entries submitted"))]
    assert "LO-1.1" in achieved and "LO-2.2" in achieved and "LO-3.1" not in achieved
    no_english("CPD record", record)

    assert script_errors(page) == []
    assert english == {}, f"English UI strings in the {lang} journey: {english}"
