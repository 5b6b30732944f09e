"""One submission's evidence: graded outcome results and self-ratings, stored together.

Both kinds are written in one transaction under one attempt number, so a submission is
stored completely or not at all. The store's uniqueness of (learner, block, outcome, kind,
attempt) is the guard against a double submission racing past the attempt check: the
second one raises :class:`~jobs4all_xblocks.evidence.DuplicateEvidence` and nothing of it
is kept.

The evidence attempt number is the learner's attempt number, moved past any attempt
already recorded for this block (after staff reset the learner's attempts or state, the
old evidence stays and the numbers go on).
"""
from django.db import transaction

from .. import evidence
from ..domain.evidence_kinds import ASSESSMENT, SELF_RATING

RATING_MAX = 5


def highest_recorded_attempt(course_key, learner_id, usage_key):
    """The highest attempt number this learner's evidence of the block carries (0 if none).

    After staff reset a learner's attempts, numbering continues after it, so that evidence
    already recorded is never overwritten and never counts twice.
    """
    return evidence.highest_attempt(course_key, learner_id, usage_key, (ASSESSMENT, SELF_RATING))


def record_submission(*, learner_id, course_key, usage_key, attempt, result):
    """Store ``result`` (a SubmissionResult) as evidence; returns ``{outcome_id: Mastery}``."""
    common = {"learner_id": learner_id, "course_key": course_key, "usage_key": usage_key, "attempt": attempt}
    graded = [evidence.OutcomeResult(outcome_id, got, out_of) for outcome_id, (got, out_of) in result.outcomes.items()]
    ratings = [evidence.OutcomeResult(outcome_id, rating, RATING_MAX) for outcome_id, rating in result.ratings.items()]
    with transaction.atomic():
        mastery = evidence.record(kind=ASSESSMENT, results=graded, **common)
        if ratings:
            mastery.update(evidence.record(kind=SELF_RATING, results=ratings, **common))
    return mastery
