"""Mastery of one outcome, computed from the learner's evidence.

Methods (as in Canvas outcomes, on results scaled to 0..1):

* ``highest``: the best result;
* ``latest``: the most recent result;
* ``average``: the mean of all results;
* ``decaying_average``: with more than one result, ``latest * p + mean(earlier) * (1 - p)``;
  with one result, that result (``p`` is ``decay_weight``, default 0.65);
* ``n_mastery``: achieved once ``n`` results reach the threshold; the level shown is the mean of
  the ``n`` best results (of all results while there are fewer than ``n``).

States: *not started* (no evidence at all), *in progress* (some evidence, mastery not reached;
reflections and self-ratings only ever lead here) and *achieved* (the level reaches the
threshold, or for ``n_mastery`` the count of results at or above it reaches ``n``).
"""
from dataclasses import dataclass
from datetime import datetime

from .evidence_kinds import SCORED_KINDS, SELF_RATING
from .numbers import decimal_number, whole_number
from .problems import ProblemList, gettext_noop

HIGHEST = "highest"
LATEST = "latest"
AVERAGE = "average"
DECAYING_AVERAGE = "decaying_average"
N_MASTERY = "n_mastery"
METHODS = {
    HIGHEST: gettext_noop("Highest result"),
    LATEST: gettext_noop("Most recent result"),
    AVERAGE: gettext_noop("Average of all results"),
    DECAYING_AVERAGE: gettext_noop("Decaying average (recent results weigh more)"),
    N_MASTERY: gettext_noop("Threshold reached a number of times"),
}

NOT_STARTED = "not_started"
IN_PROGRESS = "in_progress"
ACHIEVED = "achieved"
STATES = {
    NOT_STARTED: gettext_noop("Not started"),
    IN_PROGRESS: gettext_noop("In progress"),
    ACHIEVED: gettext_noop("Achieved"),
}

# Results are compared after rounding, so 0.7 computed as 0.69999999 still reaches 0.7.
_PRECISION = 9


@dataclass(frozen=True)
class MasteryConfig:
    method: str = DECAYING_AVERAGE
    threshold: float = 0.7
    decay_weight: float = 0.65
    n: int = 2

    def as_dict(self):
        return {"method": self.method, "threshold": self.threshold,
                "decay_weight": self.decay_weight, "n": self.n}


def parse_config(raw):
    """A :class:`MasteryConfig` from author input; raises DomainError listing every problem."""
    problems = ProblemList()
    if not isinstance(raw, dict):
        problems.add(gettext_noop("The mastery settings must be a set of named fields."))
        problems.raise_if_any()
    default = MasteryConfig()
    method = str(raw.get("method", default.method)).strip()
    if method not in METHODS:
        problems.add(gettext_noop('Unknown mastery method "{value}". Use one of {choices}.'),
                     field="method", value=method, choices=", ".join(METHODS))

    def number(name, kind, low, high, message):
        value = raw.get(name, getattr(default, name))
        parsed = (whole_number if kind is int else decimal_number)(value, low, high)
        if parsed is None:
            problems.add(message, field=name, value=str(value)[:40])
        return parsed

    threshold = number("threshold", float, 0.01, 1.0, gettext_noop(
        'The mastery threshold must be a number from 0.01 to 1 (for example 0.7 for 70 %), not "{value}".'))
    decay = number("decay_weight", float, 0.01, 0.99, gettext_noop(
        'The weight of the latest result must be a number from 0.01 to 0.99, not "{value}".'))
    n = number("n", int, 1, 20, gettext_noop(
        'The number of results needed must be a whole number from 1 to 20, not "{value}".'))
    problems.raise_if_any()
    return MasteryConfig(method=method, threshold=threshold, decay_weight=decay, n=n)


@dataclass(frozen=True)
class EvidencePoint:
    """One piece of evidence for one outcome, as the mastery calculation sees it."""

    kind: str
    score: float
    max_score: float
    at: datetime

    @property
    def ratio(self):
        if self.max_score <= 0:
            return 0.0
        return min(1.0, max(0.0, self.score / self.max_score))


@dataclass(frozen=True)
class Mastery:
    state: str
    level: float | None          # 0..1, None while no scored result exists
    scored_count: int            # results that count for mastery
    evidence_count: int          # all evidence, of every kind
    self_rating: int | None      # the latest self-rating, 1..5
    first_at: datetime | None
    last_at: datetime | None
    achieved_at: datetime | None


def level_for(method, ratios, config):
    """The mastery level (0..1) of chronologically ordered ``ratios`` under ``method``."""
    if not ratios:
        return None
    if method == HIGHEST:
        return max(ratios)
    if method == LATEST:
        return ratios[-1]
    if method == AVERAGE:
        return sum(ratios) / len(ratios)
    if method == DECAYING_AVERAGE:
        if len(ratios) == 1:
            return ratios[0]
        earlier = ratios[:-1]
        p = config.decay_weight
        return ratios[-1] * p + (sum(earlier) / len(earlier)) * (1 - p)
    if method == N_MASTERY:
        best = sorted(ratios, reverse=True)[:config.n]
        return sum(best) / len(best)
    raise ValueError(f"unknown mastery method {method!r}")


def reaches(value, threshold):
    return round(value, _PRECISION) >= round(threshold, _PRECISION)


def is_achieved(ratios, config):
    """Whether chronologically ordered ``ratios`` meet the mastery rule of ``config``."""
    if not ratios:
        return False
    if config.method == N_MASTERY:
        return sum(1 for r in ratios if reaches(r, config.threshold)) >= config.n
    return reaches(level_for(config.method, ratios, config), config.threshold)


def compute(points, config):
    """:class:`Mastery` of one outcome from its evidence ``points`` (any order)."""
    points = sorted(points, key=lambda p: p.at)
    scored = [p for p in points if p.kind in SCORED_KINDS]
    ratios = [p.ratio for p in scored]
    ratings = [p for p in points if p.kind == SELF_RATING]
    achieved_at = None
    if is_achieved(ratios, config):
        # The first moment the rule held: replay the results in order.
        for index in range(1, len(ratios) + 1):
            if is_achieved(ratios[:index], config):
                achieved_at = scored[index - 1].at
                break
        state = ACHIEVED
    else:
        state = IN_PROGRESS if points else NOT_STARTED
    return Mastery(
        state=state,
        level=level_for(config.method, ratios, config),
        scored_count=len(ratios),
        evidence_count=len(points),
        self_rating=int(round(ratings[-1].score)) if ratings else None,
        first_at=points[0].at if points else None,
        last_at=points[-1].at if points else None,
        achieved_at=achieved_at,
    )


RULES = {
    HIGHEST: gettext_noop("An outcome is achieved when your best result reaches {threshold} %."),
    LATEST: gettext_noop("An outcome is achieved when your most recent result reaches {threshold} %."),
    AVERAGE: gettext_noop("An outcome is achieved when the average of your results reaches {threshold} %."),
    DECAYING_AVERAGE: gettext_noop(
        "An outcome is achieved when the weighted average of your results reaches {threshold} %; "
        "your most recent result counts for {weight} % of it."),
    N_MASTERY: gettext_noop("An outcome is achieved when {n} of your results reach {threshold} %."),
}


def describe(config):
    """``(message, params)`` explaining the rule of ``config`` to a learner."""
    return RULES[config.method], {
        "threshold": int(round(config.threshold * 100)),
        "weight": int(round(config.decay_weight * 100)),
        "n": config.n,
    }
