"""Attempts, the show-answers policy, which grade counts, and the author's settings."""
import pytest

from jobs4all_xblocks.domain import assessment_rules as r
from jobs4all_xblocks.domain.problems import DomainError


def settings(**changes):
    raw = {"display_name": "Module 1 check", "weight": 1, "max_attempts": 2, "show_answers": r.AFTER_LAST_ATTEMPT}
    raw.update(changes)
    return raw


def test_settings_are_parsed():
    assert r.parse_settings(settings(weight="2.5", max_attempts="3")) == r.Settings(
        "Module 1 check", 2.5, 3, r.AFTER_LAST_ATTEMPT)


def test_bad_settings_are_all_reported_against_their_field():
    with pytest.raises(DomainError) as error:
        r.parse_settings(settings(display_name=" ", weight=0, max_attempts=1.5, show_answers="sometimes"))
    assert [p.field for p in error.value.problems] == ["display_name", "weight", "max_attempts", "show_answers"]


def test_answers_after_the_last_attempt_need_an_attempts_limit():
    with pytest.raises(DomainError) as error:
        r.parse_settings(settings(max_attempts=0))
    assert "with unlimited attempts there is no last one" in error.value.problems[0].message


def test_attempts_left_and_unlimited_attempts():
    assert r.attempts_left(2, 0) == 2 and r.attempts_left(2, 2) == 0 and r.attempts_left(0, 99) is None
    assert r.can_submit(0, 99) and r.can_submit(2, 1) and not r.can_submit(2, 2)


@pytest.mark.parametrize("max_attempts, used, claimed, expected", [
    (2, 0, 1, None),
    (0, 7, 8, None),
    (2, 1, 1, "Attempt 1 has already been submitted; it was not recorded twice. Reload the page to see your result."),
    (2, 2, 3, "You have used all 2 attempts of this assessment. Nothing was recorded."),
    (3, 0, 2, "This page is out of date (it submits attempt 2, but the next one is 1). Reload the page. "
              "Nothing was recorded."),
    (2, 0, "1", "The attempt number is missing. Reload the page and submit again."),
    (2, 0, None, "The attempt number is missing. Reload the page and submit again."),
])
def test_which_attempt_may_be_submitted(max_attempts, used, claimed, expected):
    problem = r.refusal(max_attempts, used, claimed)
    assert (problem.message.format(**problem.params) if problem else None) == expected


@pytest.mark.parametrize("policy, max_attempts, used, visible", [
    (r.NEVER, 2, 2, False),
    (r.AFTER_SUBMIT, 2, 0, False),
    (r.AFTER_SUBMIT, 2, 1, True),
    (r.AFTER_SUBMIT, 0, 1, True),
    (r.AFTER_LAST_ATTEMPT, 2, 1, False),
    (r.AFTER_LAST_ATTEMPT, 2, 2, True),
])
def test_show_answers_policy(policy, max_attempts, used, visible):
    assert r.answers_visible(policy, max_attempts, used) is visible


def test_the_grade_keeps_the_best_attempt():
    assert not r.keeps_best(None, (0.2, 1))
    assert r.keeps_best((0.75, 1), (0.25, 1))      # a worse attempt does not lower the grade
    assert r.keeps_best((0.75, 1), (1.5, 2))       # an equal one changes nothing
    assert not r.keeps_best((0.5, 1), (0.8, 1))    # a better one raises it
    assert r.best_fraction([0.5, 0.8, 0.2]) == 0.8 and r.best_fraction([]) == 0.0


def test_shuffle_is_stable_and_never_the_original_order():
    ids = ["a", "b", "c", "d"]
    for seed in range(50):
        order = r.shuffled(ids, seed)
        assert sorted(order) == ids and order != ids and order == r.shuffled(ids, seed)
    assert r.shuffled(["a"], 1) == ["a"]
