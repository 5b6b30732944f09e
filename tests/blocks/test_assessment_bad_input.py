"""Bad submissions get a 400 with a clear message; nothing is recorded, published or changed."""
import pytest

from jobs4all_xblocks import evidence
from jobs4all_xblocks.demo.services import anonymous_id
from jobs4all_xblocks.domain.evidence_kinds import ASSESSMENT
from tests import assessment_data as data
from tests.blocks.assessment_page import (  # noqa: F401  pylint: disable=unused-import
    COURSE_KEY, make_page, page)


def unchanged(page, published, attempts=0, rows=0):
    block = page.block()
    assert block.attempts == attempts
    assert len(page.evidence()) == rows
    assert [kind for kind, _ in published] == ["grade", "completion"] * attempts


@pytest.mark.parametrize("body, message", [
    (b"{not json", "The request could not be read (it is not valid JSON). Nothing was changed."),
    (b"[1, 2]", "The request must be a JSON object. Nothing was changed."),
    (b"\xff\xfe", "The request could not be read (it is not valid JSON). Nothing was changed."),
])
def test_malformed_requests(page, published, body, message):
    status, answer = page.workbench.call(page.quiz, "submit", body=body)
    assert (status, answer["error"]) == (400, message)
    unchanged(page, published)


def test_unknown_question_and_choice_ids(page, published):
    answers = data.answers(q_first_challenge="bananas")
    answers["q-ghost"] = "x"
    status, body = page.submit(answers)
    assert status == 400
    assert body["error"] == "Nothing was saved: please correct the problems listed."
    assert [p["message"] for p in body["problems"]] == [
        'There is no question "q-ghost" in this assessment. Reload the page: the assessment may have changed.',
        'Question 1: there is no choice "bananas".']
    assert body["problems"][1]["field"] == "q-first-challenge"  # the browser marks that question
    unchanged(page, published)


def test_unanswered_questions(page, published):
    status, body = page.submit({"q-first-challenge": "time"})
    assert status == 400
    assert [p["message"] for p in body["problems"]][:2] == ["Question 2 is not answered.", "Question 3 is not answered."]
    unchanged(page, published)


@pytest.mark.parametrize("attempt, message", [
    (None, "The attempt number is missing. Reload the page and submit again."),
    ("1", "The attempt number is missing. Reload the page and submit again."),
    (3, "This page is out of date (it submits attempt 3, but the next one is 1). Reload the page. "
        "Nothing was recorded."),
])
def test_a_missing_or_wrong_attempt_number(page, published, attempt, message):
    status, body = page.submit(attempt=attempt)
    assert (status, body["error"]) == (400, message)
    unchanged(page, published)


def test_double_submission_of_the_same_attempt(page, published):
    assert page.submit(data.answers(q_first_challenge="money"))[0] == 200
    before = page.evidence()
    status, body = page.submit(data.answers(), attempt=1)
    assert status == 400
    assert body["error"] == ("Attempt 1 has already been submitted; it was not recorded twice. "
                             "Reload the page to see your result.")
    assert page.evidence() == before
    block = page.block()
    assert block.attempts == 1 and block.get_score().raw_earned == 0.8
    assert [kind for kind, _ in published] == ["grade", "completion"]


def test_a_double_submission_that_raced_past_the_attempt_check(page, published):
    """Two tabs submit attempt 2 at once: both read "one attempt used"; the evidence store lets one through."""
    assert page.submit(data.answers(q_first_challenge="money"))[0] == 200
    # the twin request for attempt 2 has just recorded its evidence, but this request's state predates it
    evidence.record(learner_id=anonymous_id("student_1"), course_key=COURSE_KEY, usage_key=str(page.quiz),
                    kind=ASSESSMENT, attempt=2, results=[evidence.OutcomeResult("LO-1.1", 1, 1)])
    before = page.evidence()
    status, body = page.submit(data.answers(), attempt=2)
    assert status == 400
    assert body["error"].startswith("Attempt 2 has already been submitted; it was not recorded twice.")
    assert page.evidence() == before                      # nothing recorded twice, no attempt 3 invented
    assert page.block().attempts == 1


def test_after_staff_reset_the_attempts_numbering_continues_after_the_recorded_evidence(page):
    page.submit(data.answers(q_first_challenge="money"))
    page.submit(data.answers(), attempt=2)
    block = page.block()
    block.attempts = 0                                     # "reset attempts" on the instructor dashboard
    block.save()
    assert page.submit(data.answers())[0] == 200
    assert sorted({row[2] for row in page.evidence()}) == [1, 2, 3]


def test_answers_after_the_last_attempt(page, published):
    page.submit(data.answers(q_first_challenge="money"))
    page.submit(data.answers(q_first_challenge="money"), attempt=2)
    before = page.evidence()
    status, body = page.submit(data.answers(), attempt=3)
    assert (status, body["error"]) == (400, "You have used all 2 attempts of this assessment. Nothing was recorded.")
    assert page.evidence() == before
    assert page.block().get_score().raw_earned == 0.8
    assert len(published) == 4


def test_wrong_method_and_oversized_body(page, published):
    status, body = page.workbench.call(page.quiz, "submit", method="GET")
    assert (status, body["error"]) == (405, "This address does not accept GET requests.")
    status, body = page.workbench.call(page.quiz, "submit", body=b'{"answers": "' + b"x" * 70000 + b'"}')
    assert status == 413
    unchanged(page, published)


def test_an_assessment_broken_by_an_import_refuses_submissions(workbench, published):
    broken = make_page(workbench, course="broken", items=[{"id": "q1", "type": "single", "prompt": "?"}])
    status, body = broken.submit({"q1": "a"})
    assert status == 409 and "being updated by course staff" in body["error"]
    assert "This assessment is being updated. Please come back later." in workbench.render(broken.quiz)
    staff_view = workbench.render(broken.quiz, student="staff_1")
    assert "Question 1 is not mapped to any learning outcome." in staff_view
    assert published == []

