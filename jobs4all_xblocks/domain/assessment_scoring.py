"""Scoring of an assessment submission: item credit, points and per-outcome results.

Every graded item earns a *credit* from 0 to 1; its points are ``credit x points``.

* **Single choice**: 1 for the correct choice, else 0.
* **Multiple response** (partial credit, "right minus wrong"):
  ``credit = max(0, hits / correct_choices - false_alarms / incorrect_choices)``,
  where *hits* are correct choices the learner ticked and *false alarms* incorrect ones
  they ticked (the second term is 0 when every choice is correct). Ticking every choice,
  or none, earns 0; ticking only some of the correct choices earns their share; each wrong
  tick takes away its share of the incorrect choices. Example: correct {a, b}, incorrect
  {c, d}: {a, b} = 1, {a} = 0.5, {a, b, c} = 0.5, {a, c} = 0, {a, b, c, d} = 0.
* **Ordering** (partial credit): the share of pairs of steps that are in the right order
  relative to each other. All right = 1, fully reversed = 0, two neighbours swapped in a
  list of four = 5/6.
* **Matching** (partial credit): the share of terms matched with their own partner.
* **Confidence rating**: no credit; each rating (1-5) becomes self-rating evidence.

Per outcome, a submission's result is the weighted sum of the credits of the items mapped
to it: ``score = sum(credit x weight)``, ``max_score = sum(weight)``. Scoring is lenient
(a missing or unknown answer earns 0): answers are checked strictly before scoring, by
:mod:`.assessment_answers`, but rescoring old answers after an author edited the items
must not fail.
"""
from dataclasses import dataclass, field
from itertools import combinations

from .assessment import MATCHING, MULTIPLE, ORDERING, RATING, SINGLE
from .evidence_kinds import SELF_RATING_SCALE
from .problems import gettext_noop

CORRECT = "correct"
PARTIAL = "partial"
INCORRECT = "incorrect"
RATED = "rated"
STATUSES = {
    CORRECT: gettext_noop("Correct"),
    PARTIAL: gettext_noop("Partly correct"),
    INCORRECT: gettext_noop("Incorrect"),
    RATED: gettext_noop("Rating recorded"),
}
_DIGITS = 6


def single_credit(item, answer):
    chosen = next((c for c in item.choices if c.id == answer), None)
    return 1.0 if chosen is not None and chosen.correct else 0.0


def multiple_credit(item, answer):
    chosen = set(answer) if isinstance(answer, (list, tuple, set)) else set()
    correct = {c.id for c in item.choices if c.correct}
    incorrect = {c.id for c in item.choices if not c.correct}
    if not correct:
        return 0.0
    hits = len(chosen & correct) / len(correct)
    false_alarms = len(chosen & incorrect) / len(incorrect) if incorrect else 0.0
    return max(0.0, hits - false_alarms)


def ordering_credit(item, answer):
    rank = {step.id: position for position, step in enumerate(item.steps)}
    order = [step_id for step_id in (answer or []) if step_id in rank] if isinstance(answer, (list, tuple)) else []
    if len(order) != len(rank) or len(set(order)) != len(rank):
        return 0.0
    pairs = list(combinations(order, 2))
    if not pairs:
        return 1.0
    in_order = sum(1 for earlier, later in pairs if rank[earlier] < rank[later])
    return in_order / len(pairs)


def matching_credit(item, answer):
    answer = answer if isinstance(answer, dict) else {}
    if not item.pairs:
        return 0.0
    return sum(1 for pair in item.pairs if answer.get(pair.id) == pair.id) / len(item.pairs)


CREDIT = {SINGLE: single_credit, MULTIPLE: multiple_credit, ORDERING: ordering_credit, MATCHING: matching_credit}


def credit(item, answer):
    """The credit (0..1) ``answer`` earns on the graded ``item``."""
    return round(CREDIT[item.type](item, answer), _DIGITS)


def status_of(value):
    if value >= 1:
        return CORRECT
    return PARTIAL if value > 0 else INCORRECT


def ratings_of(item, answer):
    """``{outcome_id: rating}`` of a rating item; ratings outside 1..5 and unknown outcomes are dropped."""
    answer = answer if isinstance(answer, dict) else {}
    ratings = {}
    for outcome_id in item.outcome_ids:
        value = answer.get(outcome_id)
        if isinstance(value, int) and not isinstance(value, bool) and value in SELF_RATING_SCALE:
            ratings[outcome_id] = value
    return ratings


@dataclass(frozen=True)
class ItemResult:
    item_id: str
    status: str           # correct, partial, incorrect or rated
    credit: float | None  # None for ratings
    earned: float
    points: float


@dataclass(frozen=True)
class SubmissionResult:
    items: tuple                                   # (ItemResult, ...) in item order
    earned: float                                  # points earned
    possible: float                                # points possible
    outcomes: dict = field(default_factory=dict)   # {outcome_id: (score, max_score)}, graded items
    ratings: dict = field(default_factory=dict)    # {outcome_id: 1..5}

    @property
    def fraction(self):
        return round(self.earned / self.possible, _DIGITS) if self.possible else 0.0

    def item(self, item_id):
        return next((r for r in self.items if r.item_id == item_id), None)


def score(items, answers):
    """The :class:`SubmissionResult` of ``answers`` (``{item_id: answer}``) on ``items``."""
    answers = answers if isinstance(answers, dict) else {}
    results, outcomes, ratings = [], {}, {}
    earned = possible = 0.0
    for item in items:
        answer = answers.get(item.id)
        if item.type == RATING:
            ratings.update(ratings_of(item, answer))
            results.append(ItemResult(item.id, RATED, None, 0.0, 0.0))
            continue
        value = credit(item, answer)
        points = round(value * item.points, _DIGITS)
        earned += points
        possible += item.points
        results.append(ItemResult(item.id, status_of(value), value, points, item.points))
        for mapping in item.outcomes:
            got, out_of = outcomes.get(mapping.outcome_id, (0.0, 0.0))
            outcomes[mapping.outcome_id] = (round(got + value * mapping.weight, _DIGITS),
                                            round(out_of + mapping.weight, _DIGITS))
    return SubmissionResult(tuple(results), round(earned, _DIGITS), round(possible, _DIGITS), outcomes, ratings)


def possible_points(items):
    return round(sum(item.points for item in items if item.graded), _DIGITS)
