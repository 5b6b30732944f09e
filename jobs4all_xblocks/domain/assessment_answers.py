"""Strict checking of a learner's answers before anything is scored or stored.

The browser sends ``{item_id: answer}``:

* single choice: the chosen choice id (``"a"``);
* multiple response: a non-empty list of chosen choice ids (``["a", "c"]``);
* ordering: every step id once, in the learner's order (``["s3", "s1", "s2"]``);
* matching: ``{pair_id: option_id}`` for every pair (options: pair ids and distractor ids);
* confidence rating: ``{outcome_id: 1..5}`` for every outcome of the item.

:func:`parse_answers` returns the answers normalised, or raises DomainError listing every
problem (``row`` = the question's number, ``field`` = its id), so that nothing is stored
when anything is wrong: unknown questions or choices, missing answers, wrong shapes.
"""
from .assessment import MATCHING, MULTIPLE, ORDERING, RATING, SINGLE
from .evidence_kinds import SELF_RATING_SCALE
from .problems import ProblemList, gettext_noop
from .numbers import whole_number

NOT_ANSWERED = gettext_noop("Question {row} is not answered.")
UNKNOWN_CHOICE = gettext_noop('Question {row}: there is no choice "{value}".')


def _single(item, answer, add):
    if not isinstance(answer, str) or answer not in {c.id for c in item.choices}:
        add(UNKNOWN_CHOICE, value=str(answer)[:40])
        return None
    return answer


def _multiple(item, answer, add):
    if not isinstance(answer, list) or not all(isinstance(value, str) for value in answer):
        add(gettext_noop("Question {row}: the answer must be a list of choices."))
        return None
    known = {c.id for c in item.choices}
    for value in answer:
        if value not in known:
            add(UNKNOWN_CHOICE, value=value)
            return None
    if len(set(answer)) != len(answer):
        add(gettext_noop("Question {row}: a choice is given twice."))
        return None
    order = [c.id for c in item.choices]
    return sorted(answer, key=order.index)


def _ordering(item, answer, add):
    if not isinstance(answer, list) or not all(isinstance(value, str) for value in answer):
        add(gettext_noop("Question {row}: the answer must be the list of steps in your order."))
        return None
    known = [s.id for s in item.steps]
    for value in answer:
        if value not in known:
            add(gettext_noop('Question {row}: there is no step "{value}".'), value=value)
            return None
    if sorted(answer) != sorted(known):
        add(gettext_noop("Question {row}: put every step in the order exactly once."))
        return None
    return list(answer)


def _matching(item, answer, add):
    if not isinstance(answer, dict):
        add(gettext_noop("Question {row}: the answer must match each term with a partner."))
        return None
    terms = [p.id for p in item.pairs]
    options = {o.id for o in item.options()}
    for key, value in answer.items():
        if key not in terms:
            add(gettext_noop('Question {row}: there is no term "{value}".'), value=key)
            return None
        if value not in (None, "") and (not isinstance(value, str) or value not in options):
            add(gettext_noop('Question {row}: there is no partner "{value}".'), value=str(value)[:40])
            return None
    missing = [term for term in terms if answer.get(term) in (None, "")]
    if missing:
        add(gettext_noop("Question {row}: choose a partner for every term ({count} missing)."), count=len(missing))
        return None
    return {term: answer[term] for term in terms}


def _rating(item, answer, add):
    if not isinstance(answer, dict):
        add(gettext_noop("Question {row}: the answer must give a rating for each outcome."))
        return None
    for key in answer:
        if key not in item.outcome_ids:
            add(gettext_noop('Question {row}: outcome "{value}" is not rated in this question.'), value=key)
            return None
    ratings = {}
    for outcome_id in item.outcome_ids:
        value = answer.get(outcome_id)
        if value in (None, ""):
            add(gettext_noop('Question {row}: rate your confidence for outcome {value}.'), value=outcome_id)
            return None
        rating = whole_number(value, 1, 5) if isinstance(value, (int, str)) else None
        if rating not in SELF_RATING_SCALE:
            add(gettext_noop('Question {row}: a rating must be a whole number from 1 to 5, not "{value}".'),
                value=str(value)[:40])
            return None
        ratings[outcome_id] = rating
    return ratings


PARSERS = {SINGLE: _single, MULTIPLE: _multiple, ORDERING: _ordering, MATCHING: _matching, RATING: _rating}


def parse_answers(items, raw):
    """``{item_id: normalised answer}`` for every item; raises DomainError with every problem."""
    problems = ProblemList()
    if not isinstance(raw, dict):
        problems.add(gettext_noop("The answers are missing or not readable."))
        problems.raise_if_any()
    known = {item.id for item in items}
    for key in raw:
        if key not in known:
            problems.add(gettext_noop('There is no question "{value}" in this assessment. '
                                      'Reload the page: the assessment may have changed.'), value=key)
    answers = {}
    for row, item in enumerate(items, start=1):
        def add(message, item=item, row=row, **params):
            problems.add(message, row=row, field=item.id, **params)
        if item.id not in raw or raw[item.id] in (None, "", [], {}):
            add(NOT_ANSWERED)
            continue
        value = PARSERS[item.type](item, raw[item.id], add)
        if value is not None:
            answers[item.id] = value
    problems.raise_if_any()
    return answers
