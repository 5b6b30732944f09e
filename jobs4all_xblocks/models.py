"""The learner-evidence store. Use it only through :mod:`jobs4all_xblocks.evidence`.

Learners are identified by the anonymous user id Open edX gives them per course; no
username or e-mail address is stored here.
"""
from django.db import models
from django.utils import timezone

from .domain.evidence_kinds import KINDS
from .domain.mastery import STATES

LEARNER_MAX = 64
KEY_MAX = 255
OUTCOME_MAX = 40


class OutcomeEvidence(models.Model):
    """One result for one outcome: an assessment attempt, a reflection, a rating, a judgement."""

    learner_id = models.CharField(max_length=LEARNER_MAX)
    course_key = models.CharField(max_length=KEY_MAX)
    usage_key = models.CharField(max_length=KEY_MAX)
    outcome_id = models.CharField(max_length=OUTCOME_MAX)
    kind = models.CharField(max_length=16, choices=sorted(KINDS.items()))
    attempt = models.PositiveIntegerField()
    score = models.FloatField()
    max_score = models.FloatField()
    created = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["learner_id", "course_key", "usage_key", "outcome_id", "kind", "attempt"],
                name="j4a_evidence_once",
            ),
        ]
        indexes = [
            models.Index(fields=["course_key", "learner_id", "outcome_id", "created"], name="j4a_evidence_learner"),
        ]

    def __str__(self):
        return f"{self.kind} {self.outcome_id} {self.score}/{self.max_score} ({self.learner_id})"


class OutcomeMastery(models.Model):
    """Mastery of one outcome by one learner, recomputed whenever evidence for it is written."""

    learner_id = models.CharField(max_length=LEARNER_MAX)
    course_key = models.CharField(max_length=KEY_MAX)
    outcome_id = models.CharField(max_length=OUTCOME_MAX)
    state = models.CharField(max_length=16, choices=sorted(STATES.items()))
    level = models.FloatField(null=True)
    scored_count = models.PositiveIntegerField(default=0)
    evidence_count = models.PositiveIntegerField(default=0)
    self_rating = models.PositiveSmallIntegerField(null=True)
    first_at = models.DateTimeField(null=True)
    last_at = models.DateTimeField(null=True)
    achieved_at = models.DateTimeField(null=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["course_key", "learner_id", "outcome_id"], name="j4a_mastery_once"),
        ]
        indexes = [
            models.Index(fields=["course_key", "outcome_id", "state"], name="j4a_mastery_cohort"),
        ]


class CourseMatrix(models.Model):
    """The Learning Outcomes Matrix of a course, as its LOM block last published it.

    Every block of the course (assessments, logs, the pathway) needs the course's outcomes
    and mastery rule, but blocks cannot read each other's fields; this row is the shared copy.
    """

    course_key = models.CharField(max_length=KEY_MAX, unique=True)
    usage_key = models.CharField(max_length=KEY_MAX)
    outcomes = models.JSONField()
    mastery = models.JSONField()
    fingerprint = models.CharField(max_length=64)
    updated = models.DateTimeField(auto_now=True)


class OutcomeActivity(models.Model):
    """Which block of the course gives evidence for which outcome (for "what to do next")."""

    course_key = models.CharField(max_length=KEY_MAX)
    usage_key = models.CharField(max_length=KEY_MAX)
    outcome_id = models.CharField(max_length=OUTCOME_MAX)
    block_type = models.CharField(max_length=64)
    title = models.CharField(max_length=KEY_MAX)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["course_key", "usage_key", "outcome_id"], name="j4a_activity_once"),
        ]
        indexes = [models.Index(fields=["course_key", "outcome_id"], name="j4a_activity_outcome")]
