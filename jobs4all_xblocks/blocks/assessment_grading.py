"""Grading, completion and the instructor report of the assessment block.

Units: ``max_score()`` is the block's ``weight``, and a grade is published as
``{value: fraction x weight, max_value: weight}``. So an instructor's override (entered in
points out of the weight, as the Progress page shows them) and the learner's own grade use
the same scale.

The grade is the best attempt's (see :mod:`..domain.assessment_rules`): a worse later
attempt re-publishes the kept best grade. ``rescore`` recomputes the best attempt from the
stored answers under the current items and may lower the grade (unless ``only_if_higher``).
"Reset attempts" in the instructor dashboard sets the ``attempts`` field to 0 and gives
the learner their attempts back; the grade and the evidence recorded so far stay.
"""
import json

from xblock.completable import CompletableXBlockMixin
from xblock.fields import Dict, Float, Integer, List, Scope
from xblock.scorable import Score, ScorableXBlockMixin

from ..domain import assessment_rules as rules
from ..domain.assessment import MATCHING, MULTIPLE, ORDERING, RATING, SINGLE
from ..domain.assessment_scoring import score
from ..domain.problems import DomainError
from ..domain.text import html_to_text

MAX_HISTORY = 25
_DIGITS = 6


def _ratio(value):
    return value.raw_earned / value.raw_possible if value.raw_possible else 0.0


class AssessmentGradingMixin(ScorableXBlockMixin, CompletableXBlockMixin):
    """Needs ``weight``, ``max_attempts`` and ``parsed_items()`` on the block."""

    attempts = Integer(default=0, scope=Scope.user_state, help="Attempts used (the LMS can reset it to 0)")
    evidence_offset = Integer(default=0, scope=Scope.user_state,
                              help="Evidence attempt numbers = this + attempt (set when counting restarts at 1)")
    history = List(default=[], scope=Scope.user_state,
                   help="The latest attempts: [{attempt, evidence_attempt, answers, fraction}]")
    last_result = Dict(default={}, scope=Scope.user_state,
                       help="What the latest attempt earned: items, points, outcome results, ratings")
    raw_earned = Float(default=None, scope=Scope.user_state)
    raw_possible = Float(default=None, scope=Scope.user_state)

    # ------------------------------------------------------------ ScorableXBlockMixin
    def max_score(self):
        return float(self.weight)

    def has_submitted_answer(self):
        return bool(self.history)

    def get_score(self):
        if self.raw_earned is None:
            return Score(0.0, self.max_score())
        return Score(self.raw_earned, self.raw_possible)

    def set_score(self, score):  # pylint: disable=redefined-outer-name
        self.raw_earned, self.raw_possible = float(score.raw_earned), float(score.raw_possible)

    def calculate_score(self):
        """The best stored attempt, scored under the current items."""
        items = self.parsed_items()
        best = rules.best_fraction([score(items, entry.get("answers")).fraction for entry in self.history])
        return Score(round(best * self.max_score(), _DIGITS), self.max_score())

    def rescore(self, only_if_higher):
        """Recompute the grade from the stored answers (instructor dashboard "Rescore")."""
        if not self.has_submitted_answer():
            raise ValueError(f"Cannot rescore unanswered assessment: {self.usage_key}")
        new = self.calculate_score()
        if not (only_if_higher and _ratio(self.get_score()) >= _ratio(new)):
            self.set_score(new)
        self._publish_grade(new, only_if_higher)

    def publish_grade(self, only_if_higher=None):
        """Publish the recorded grade (the LMS calls this after an override)."""
        self._publish_grade(self.get_score(), only_if_higher)

    # ------------------------------------------------------------ a submission
    def grade_submission(self, fraction):
        """Keep the best grade, publish it and the completion; True when an earlier attempt stays the grade."""
        new = Score(round(fraction * self.max_score(), _DIGITS), self.max_score())
        current = (self.raw_earned, self.raw_possible) if self.raw_earned is not None else None
        kept = rules.keeps_best(current, (new.raw_earned, new.raw_possible))
        if not kept:
            self.set_score(new)
        self.publish_grade()
        self.emit_completion(1.0)
        return kept

    def remember(self, attempt, evidence_attempt, answers, result):
        self.attempts += 1
        self.history = (self.history + [{"attempt": attempt, "evidence_attempt": evidence_attempt,
                                         "answers": answers, "fraction": result.fraction}])[-MAX_HISTORY:]
        self.last_result = {
            "attempt": attempt, "evidence_attempt": evidence_attempt,
            "earned": result.earned, "possible": result.possible,
            "items": {r.item_id: {"status": r.status, "earned": r.earned, "points": r.points} for r in result.items},
            "outcomes": {key: list(value) for key, value in result.outcomes.items()},
            "ratings": dict(result.ratings),
        }

    def grade_beats_last_attempt(self):
        """Whether the recorded grade comes from an earlier, better attempt than the latest one."""
        result, grade = self.last_result or {}, self.get_score()
        if not result.get("possible") or not grade.raw_possible:
            return False
        return _ratio(grade) > result["earned"] / result["possible"] + 1e-9

    @property
    def last_answers(self):
        return self.history[-1]["answers"] if self.history else {}

    # ------------------------------------------------------------ instructor report
    def generate_report_data(self, user_state_iterator, limit_responses=None):
        """One row per learner who submitted: ``(username, {column: value})`` for the LMS
        "problem responses" report. Column names are English, like the LMS's own."""
        try:
            items = self.parsed_items()
        except DomainError:
            items = ()
        count = 0
        for user_state in user_state_iterator:
            if limit_responses is not None and count >= limit_responses:
                return
            state = user_state.state or {}
            history = state.get("history") or []
            if not history:
                continue
            result = state.get("last_result") or {}
            earned, possible = state.get("raw_earned"), state.get("raw_possible")
            count += 1
            yield user_state.username, {
                "Attempts": state.get("attempts", 0),
                "Answer": " | ".join(readable_answers(items, history[-1].get("answers") or {})),
                "Points of the latest attempt": f"{_format(result.get('earned'))} / {_format(result.get('possible'))}",
                "Grade": f"{_format(earned)} / {_format(possible)}" if earned is not None else "",
                "Outcome results": "; ".join(f"{key}: {_format(got)} / {_format(out_of)}"
                                             for key, (got, out_of) in sorted((result.get("outcomes") or {}).items())),
                "Self-ratings": "; ".join(f"{key}: {value} / 5"
                                          for key, value in sorted((result.get("ratings") or {}).items())),
                "Answer JSON": json.dumps(history[-1].get("answers") or {}, sort_keys=True),
            }


def _format(value):
    if value is None:
        return ""
    value = round(float(value), 2)
    return str(int(value)) if value.is_integer() else str(value)


def readable_answers(items, answers):
    """``["Question 1 (q-id): answer text", ...]`` in item order."""
    lines = []
    for number, item in enumerate(items, start=1):
        answer = answers.get(item.id)
        if answer is None:
            continue
        lines.append(f"Question {number} ({item.id}): {_answer_text(item, answer)}")
    return lines


def _answer_text(item, answer):
    if item.type in (SINGLE, MULTIPLE):
        texts = {c.id: c.text for c in item.choices}
        chosen = [answer] if isinstance(answer, str) else list(answer)
        return ", ".join(texts.get(choice, choice) for choice in chosen)
    if item.type == ORDERING:
        texts = {s.id: s.text for s in item.steps}
        return " -> ".join(texts.get(step, step) for step in answer)
    if item.type == MATCHING:
        options = {o.id: o.text for o in item.options()}
        return "; ".join(f"{p.term} = {options.get(answer[p.id], answer[p.id])}" for p in item.pairs if p.id in answer)
    if item.type == RATING:
        return "; ".join(f"{key} = {answer[key]}" for key in item.outcome_ids if key in answer)
    return html_to_text(str(answer))
