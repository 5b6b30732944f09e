"""Rules of an assessment: settings, attempts, when answers are shown, which grade counts.

**Attempts.** ``max_attempts`` 0 means unlimited. The browser sends the number of the
attempt it submits (the page shows "attempt n"); a number that is not the next attempt is
a double submission (or a stale page) and is refused, as is any attempt after the last one.

**Showing answers** (the correct choices, order or pairs, and each question's explanation):

* ``never``;
* ``after_submit``: after every submitted attempt;
* ``after_last_attempt``: once no attempt is left (needs an attempts limit).

Whatever the policy, after each submission the learner sees whether each question was
right, partly right or wrong, the points and the feedback of the choices they chose.

**The grade never goes down through the learner's own attempts**: the recorded grade is
that of the best attempt (:func:`keeps_best`), so trying again is never risky. Each
attempt is still recorded as evidence for its outcomes, and the course's mastery method
decides how attempts combine there. Staff can lower a grade on purpose: rescoring after
an author corrected a question recomputes the best attempt under the new key, and an
override sets the grade they enter.
"""
import hashlib
import random
from dataclasses import dataclass

from .problems import Problem, ProblemList, gettext_noop
from .numbers import decimal_number, whole_number

NEVER = "never"
AFTER_SUBMIT = "after_submit"
AFTER_LAST_ATTEMPT = "after_last_attempt"
SHOW_ANSWERS = {
    NEVER: gettext_noop("Never"),
    AFTER_SUBMIT: gettext_noop("After each submitted attempt"),
    AFTER_LAST_ATTEMPT: gettext_noop("After the last attempt"),
}
MAX_ATTEMPTS_LIMIT = 20
MAX_WEIGHT = 1000.0
MAX_NAME = 200


@dataclass(frozen=True)
class Settings:
    display_name: str
    weight: float
    max_attempts: int
    show_answers: str


def parse_settings(raw):
    """:class:`Settings` from author input; raises DomainError listing every problem."""
    problems = ProblemList()
    raw = raw if isinstance(raw, dict) else {}
    name = str(raw.get("display_name") or "").strip()
    if not name or len(name) > MAX_NAME:
        problems.add(gettext_noop("The display name must have 1 to {limit} characters."), field="display_name",
                     limit=MAX_NAME)
    weight = decimal_number(raw.get("weight"), 0, MAX_WEIGHT)
    if not weight:
        problems.add(gettext_noop('The weight must be a number greater than 0 and at most {limit}, not "{value}".'),
                     field="weight", limit=int(MAX_WEIGHT), value=str(raw.get("weight"))[:40])
    attempts = whole_number(raw.get("max_attempts"), 0, MAX_ATTEMPTS_LIMIT)
    if attempts is None:
        problems.add(gettext_noop('The number of attempts must be a whole number from 0 (unlimited) to {limit}, '
                                  'not "{value}".'), field="max_attempts", limit=MAX_ATTEMPTS_LIMIT,
                     value=str(raw.get("max_attempts"))[:40])
    policy = str(raw.get("show_answers") or "")
    if policy not in SHOW_ANSWERS:
        problems.add(gettext_noop('Unknown policy "{value}" for showing answers. Use one of {choices}.'),
                     field="show_answers", value=policy, choices=", ".join(SHOW_ANSWERS))
    elif policy == AFTER_LAST_ATTEMPT and attempts == 0:
        problems.add(gettext_noop("Answers shown after the last attempt need a limit on attempts: with unlimited "
                                  "attempts there is no last one. Set a limit or choose another policy."),
                     field="show_answers")
    problems.raise_if_any()
    return Settings(display_name=name, weight=weight, max_attempts=attempts, show_answers=policy)


def attempts_left(max_attempts, used):
    """How many attempts remain, or None when they are unlimited."""
    if not max_attempts:
        return None
    return max(0, max_attempts - used)


def can_submit(max_attempts, used):
    left = attempts_left(max_attempts, used)
    return left is None or left > 0


def refusal(max_attempts, used, claimed):
    """A :class:`Problem` when attempt ``claimed`` may not be submitted now, else None."""
    if not can_submit(max_attempts, used):
        if max_attempts == 1:
            return Problem(gettext_noop("You have used your only attempt of this assessment. Nothing was recorded."))
        return Problem(gettext_noop("You have used all {count} attempts of this assessment. "
                                    "Nothing was recorded."), {"count": max_attempts})
    if isinstance(claimed, bool) or not isinstance(claimed, int):
        return Problem(gettext_noop("The attempt number is missing. Reload the page and submit again."), {})
    if claimed <= used:
        return Problem(gettext_noop("Attempt {attempt} has already been submitted; it was not recorded twice. "
                                    "Reload the page to see your result."), {"attempt": claimed})
    if claimed != used + 1:
        return Problem(gettext_noop("This page is out of date (it submits attempt {attempt}, but the next one "
                                    "is {expected}). Reload the page. Nothing was recorded."),
                       {"attempt": claimed, "expected": used + 1})
    return None


def answers_visible(policy, max_attempts, used):
    """Whether the correct answers and explanations are shown after ``used`` attempts."""
    if used < 1 or policy == NEVER:
        return False
    if policy == AFTER_SUBMIT:
        return True
    return attempts_left(max_attempts, used) == 0


def keeps_best(current, new):
    """Whether the grade stays at ``current`` (``(earned, possible)`` or None) rather than ``new``."""
    if current is None or not current[1]:
        return False
    return current[0] / current[1] >= new[0] / new[1]


def best_fraction(fractions):
    """The grade of a series of attempts: the best one (0 without attempts)."""
    return max(fractions, default=0.0)


def shuffled(ids, seed):
    """``ids`` in an order fixed by ``seed``; never the original order when there are 2 or more."""
    ids = list(ids)
    if len(ids) < 2:
        return ids
    generator = random.Random(int(hashlib.sha256(str(seed).encode("utf-8")).hexdigest()[:16], 16))
    order = ids[:]
    generator.shuffle(order)
    if order == ids:
        order = order[1:] + order[:1]
    return order
