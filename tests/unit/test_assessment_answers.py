"""A learner's answers are checked strictly before anything is scored or recorded."""
import pytest

from jobs4all_xblocks.domain.assessment import parse_items
from jobs4all_xblocks.domain.assessment_answers import parse_answers
from jobs4all_xblocks.domain.problems import DomainError
from tests import assessment_data as data

ITEMS = parse_items(data.items())


def messages(raw):
    with pytest.raises(DomainError) as error:
        parse_answers(ITEMS, raw)
    return [(p.row, p.field, p.message.format(**p.params)) for p in error.value.problems]


def test_right_answers_are_normalised():
    answers = parse_answers(ITEMS, data.answers(q_qualities=["communication", "trust"],
                                                q_confidence={"LO-1.2": "4", "LO-1.4": 2}))
    assert answers["q-qualities"] == ["trust", "communication"]  # author order
    assert answers["q-confidence"] == {"LO-1.2": 4, "LO-1.4": 2}


def test_unknown_question_and_choice_ids_are_named():
    raw = data.answers(q_first_challenge="banana")
    raw["q-ghost"] = "a"
    assert messages(raw) == [
        (None, None, 'There is no question "q-ghost" in this assessment. '
                     "Reload the page: the assessment may have changed."),
        (1, "q-first-challenge", 'Question 1: there is no choice "banana".'),
    ]


@pytest.mark.parametrize("key, value, message", [
    ("q_qualities", ["trust", "mystery"], 'Question 2: there is no choice "mystery".'),
    ("q_qualities", ["trust", "trust"], "Question 2: a choice is given twice."),
    ("q_qualities", "trust", "Question 2: the answer must be a list of choices."),
    ("q_partner_steps", ["sector", "research", "focal"], "Question 3: put every step in the order exactly once."),
    ("q_partner_steps", ["sector", "research", "focal", "moon"], 'Question 3: there is no step "moon".'),
    ("q_match", {"opp": "opp", "chal": "chal"}, "Question 4: choose a partner for every term (1 missing)."),
    ("q_match", {"opp": "opp", "chal": "chal", "prof": "pluto"}, 'Question 4: there is no partner "pluto".'),
    ("q_match", {"opp": "opp", "xyz": "chal", "prof": "prof"}, 'Question 4: there is no term "xyz".'),
    ("q_confidence", {"LO-1.2": 6, "LO-1.4": 2}, 'Question 5: a rating must be a whole number from 1 to 5, not "6".'),
    ("q_confidence", {"LO-1.2": 3}, "Question 5: rate your confidence for outcome LO-1.4."),
    ("q_confidence", {"LO-1.2": 3, "LO-1.4": 3, "LO-2.1": 1},
     'Question 5: outcome "LO-2.1" is not rated in this question.'),
])
def test_malformed_answers_are_refused_with_a_clear_message(key, value, message):
    assert [m for _, _, m in messages(data.answers(**{key: value}))] == [message]


def test_every_unanswered_question_is_listed():
    assert messages({"q-first-challenge": "time", "q-qualities": []}) == [
        (row, item_id, f"Question {row} is not answered.")
        for row, item_id in [(2, "q-qualities"), (3, "q-partner-steps"), (4, "q-match"), (5, "q-confidence")]]


@pytest.mark.parametrize("raw", [None, [], "time"])
def test_answers_must_be_an_object(raw):
    assert messages(raw) == [(None, None, "The answers are missing or not readable.")]
