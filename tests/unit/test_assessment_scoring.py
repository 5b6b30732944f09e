"""Scoring of every item type, partial credit and the per-outcome results of a submission."""
import pytest
from hypothesis import given
from hypothesis import strategies as st

from jobs4all_xblocks.domain import assessment_scoring as s
from jobs4all_xblocks.domain.assessment import parse_items
from tests import assessment_data as data

SINGLE, MULTIPLE, ORDERING, MATCHING, RATING = parse_items(data.items())


@pytest.mark.parametrize("answer, credit", [("time", 1.0), ("money", 0.0), ("nonsense", 0.0), (None, 0.0)])
def test_single_choice(answer, credit):
    assert s.credit(SINGLE, answer) == credit


# correct {trust, communication}, incorrect {price, speed}: right minus wrong, never below 0
@pytest.mark.parametrize("answer, credit", [
    (["trust", "communication"], 1.0),
    (["trust"], 0.5),
    (["trust", "communication", "price"], 0.5),
    (["trust", "price"], 0.0),
    (["trust", "communication", "price", "speed"], 0.0),
    (["price"], 0.0),
    ([], 0.0),
])
def test_multiple_response_partial_credit_is_right_minus_wrong(answer, credit):
    assert s.credit(MULTIPLE, answer) == credit


def test_multiple_response_with_only_correct_choices_counts_hits():
    item = parse_items([dict(data.items(data.MULTIPLE)[0], choices=[
        {"id": "a", "text": "A", "correct": True}, {"id": "b", "text": "B", "correct": True}])])[0]
    assert s.credit(item, ["a"]) == 0.5 and s.credit(item, ["a", "b"]) == 1.0


@pytest.mark.parametrize("order, credit", [
    (["sector", "research", "focal", "history"], 1.0),
    (["research", "sector", "focal", "history"], round(5 / 6, 6)),   # neighbours swapped: 5 of 6 pairs
    (["history", "focal", "research", "sector"], 0.0),                # reversed
    (["sector", "history", "focal", "research"], 0.5),                 # 3 of 6 pairs
    (["sector", "research", "focal"], 0.0),                            # incomplete: no credit
])
def test_ordering_credits_pairs_in_the_right_relative_order(order, credit):
    assert s.credit(ORDERING, order) == credit


@pytest.mark.parametrize("answer, credit", [
    ({"opp": "opp", "chal": "chal", "prof": "prof"}, 1.0),
    ({"opp": "opp", "chal": "prof", "prof": "chal"}, round(1 / 3, 6)),
    ({"opp": "none", "chal": "none", "prof": "none"}, 0.0),
    ({}, 0.0),
])
def test_matching_credits_each_right_pair(answer, credit):
    assert s.credit(MATCHING, answer) == credit


@given(st.permutations(["sector", "research", "focal", "history"]))
def test_ordering_credit_is_a_share_and_full_only_for_the_right_order(order):
    credit = s.credit(ORDERING, order)
    assert 0 <= credit <= 1
    assert (credit == 1) == (order == ["sector", "research", "focal", "history"])


@given(st.sets(st.sampled_from(["trust", "communication", "price", "speed"])))
def test_multiple_response_credit_is_a_share_and_full_only_for_exactly_the_correct_choices(chosen):
    credit = s.credit(MULTIPLE, sorted(chosen))
    assert 0 <= credit <= 1
    assert (credit == 1) == (chosen == {"trust", "communication"})


def test_a_submission_adds_points_and_weighted_outcome_results():
    result = s.score((SINGLE, MULTIPLE, ORDERING, MATCHING, RATING), data.answers(
        q_first_challenge="money", q_qualities=["trust"]))
    assert [(r.item_id, r.status, r.earned, r.points) for r in result.items] == [
        ("q-first-challenge", "incorrect", 0.0, 1.0),
        ("q-qualities", "partial", 1.0, 2.0),
        ("q-partner-steps", "correct", 1.0, 1.0),
        ("q-match", "correct", 1.0, 1.0),
        ("q-confidence", "rated", 0.0, 0.0),
    ]
    assert (result.earned, result.possible, result.fraction) == (3.0, 5.0, 0.6)
    # LO-1.1: single (0 x 1) + multiple (0.5 x 1) + matching (1 x 1) of 3; LO-1.3: multiple 0.5 x 2 of 2
    assert result.outcomes == {"LO-1.1": (1.5, 3.0), "LO-1.3": (1.0, 2.0), "LO-1.2": (1.0, 1.0)}
    assert result.ratings == {"LO-1.2": 4, "LO-1.4": 2}


def test_scoring_old_answers_is_lenient():
    result = s.score((SINGLE, MULTIPLE), {"q-first-challenge": "deleted-choice", "q-qualities": "not-a-list"})
    assert result.earned == 0.0 and result.possible == 3.0
    assert s.ratings_of(RATING, {"LO-1.2": 9, "LO-1.4": True, "LO-7": 3}) == {}
