"""Staff tools of the LMS: rescore, override, reset attempts; the problem-responses report."""
from types import SimpleNamespace

import pytest
from xblock.scorable import Score

from tests import assessment_data as data
from tests.blocks.assessment_page import (  # noqa: F401  pylint: disable=unused-import
    make_page, page)

WORSE = {"q_first_challenge": "money", "q_qualities": ["trust"]}   # 3 of 5 points


def test_before_any_submission(page):
    block = page.block()
    assert block.has_score and block.max_score() == 1.0
    assert block.get_score() == Score(0.0, 1.0) and not block.has_submitted_answer()
    with pytest.raises(ValueError):
        block.rescore(only_if_higher=False)


def test_rescore_after_an_author_corrects_the_key_can_lower_the_grade(page, published):
    page.submit(data.answers(**WORSE))                                    # 0.6
    items = data.items()
    items[0]["choices"][0]["correct"], items[0]["choices"][2]["correct"] = False, True  # "infra" is now right
    items[2]["steps"].reverse()                                           # and the order the other way round
    author = page.block("staff_1")
    author.items = items
    author.save()
    block = page.block()
    assert block.calculate_score() == Score(0.4, 1.0)   # 0 + 1 + 0 + 1 of 5 points under the new key
    block.rescore(only_if_higher=True)
    assert published[-1] == ("grade", {"value": 0.4, "max_value": 1.0, "only_if_higher": True})
    assert block.get_score() == Score(0.6, 1.0)           # only if higher: the grade stays
    block.rescore(only_if_higher=False)
    assert block.get_score() == Score(0.4, 1.0)           # a plain rescore lowers it
    assert published[-1] == ("grade", {"value": 0.4, "max_value": 1.0, "only_if_higher": False})


def test_rescore_takes_the_best_stored_attempt(page):
    page.submit(data.answers(**WORSE))
    page.submit(data.answers(), attempt=2)
    block = page.block()
    block.set_score(Score(0.1, 1.0))  # e.g. an earlier override
    block.rescore(only_if_higher=False)
    assert block.get_score() == Score(1.0, 1.0)


def test_override_sets_and_publishes_the_entered_score(workbench, published):
    weighted = make_page(workbench, course="override", weight=4)
    weighted.submit(data.answers(**WORSE))
    block = weighted.block()
    # what the LMS does for "override score" with 3 points of 4: raw = score / weight, max = max_score / weight
    block.set_score(Score(raw_earned=3 / block.weight, raw_possible=block.max_score() / block.weight))
    block.publish_grade()
    block.save()
    assert published[-1] == ("grade", {"value": 0.75, "max_value": 1.0, "only_if_higher": None})
    assert weighted.block().get_score() == Score(0.75, 1.0)


def test_reset_attempts_gives_the_attempts_back_and_keeps_the_evidence(page):
    page.submit(data.answers(**WORSE))
    page.submit(data.answers(**WORSE), attempt=2)
    block = page.block()
    block.attempts = 0   # the LMS's "reset attempts" sets the state's "attempts" to 0
    block.save()
    status, body = page.submit(data.answers(), attempt=1)
    assert status == 200 and body["attempts_left"] == 1
    attempts = sorted({row[2] for row in page.evidence()})
    assert attempts == [1, 2, 3]  # the new attempt is numbered after the recorded ones
    assert page.block().get_score() == Score(1.0, 1.0)


def test_report_rows_have_answers_score_and_outcome_results(page):
    page.submit(data.answers(**WORSE))
    submitted, untouched = page.block(), page.block("student_2")

    def state(block):
        return {name: getattr(block, name) for name in
                ("attempts", "history", "last_result", "raw_earned", "raw_possible")}

    users = [SimpleNamespace(username="student_1", state=state(submitted)),
             SimpleNamespace(username="student_2", state=state(untouched))]
    rows = list(submitted.generate_report_data(iter(users)))
    assert [username for username, _ in rows] == ["student_1"]
    row = rows[0][1]
    assert row["Attempts"] == 1
    assert row["Answer"].split(" | ") == [
        "Question 1 (q-first-challenge): Financial aspects",
        "Question 2 (q-qualities): Trust",
        "Question 3 (q-partner-steps): Decide which industries to approach -> Research candidate companies -> "
        "Find the focal person and the decision-maker -> Check the firm's past VET experience",
        "Question 4 (q-match): Tailored education = Opportunities; Time = Challenges; Trust = Profile",
        "Question 5 (q-confidence): LO-1.2 = 4; LO-1.4 = 2",
    ]
    assert row["Points of the latest attempt"] == "3 / 5" and row["Grade"] == "0.6 / 1"
    assert row["Outcome results"] == "LO-1.1: 1.5 / 3; LO-1.2: 1 / 1; LO-1.3: 1 / 2"
    assert row["Self-ratings"] == "LO-1.2: 4 / 5; LO-1.4: 2 / 5"
    assert '"q-first-challenge": "money"' in row["Answer JSON"]
    assert list(submitted.generate_report_data(iter(users * 3), limit_responses=2)) == [rows[0], rows[0]]


def test_mobile_user_state(page):
    page.submit(data.answers(**WORSE))
    status, body = page.workbench.call(page.quiz, "student_view_user_state", method="GET")
    assert status == 200
    assert body["attempts"] == 1 and body["attempts_left"] == 1
    assert body["answers"]["q-first-challenge"] == "money"
    assert body["grade"] == {"value": 0.6, "max_value": 1.0}
    assert body["last_result"]["outcomes"]["LO-1.1"] == [1.5, 3.0]


def test_completion_comes_from_submitting_not_from_viewing(page, published):
    block = page.block()
    assert block.completion_mode == "completable" and block.has_custom_completion
    page.workbench.render(page.quiz)
    assert published == []
    page.submit()
    assert ("completion", {"completion": 1.0}) in published
