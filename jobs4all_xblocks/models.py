"""The learner-evidence store. Use it only through :mod:`jobs4all_xblocks.evidence`.

Learners are identified by the anonymous user id Open edX gives them per course; no
username or e-mail address is stored here.
"""
from django.db import models
from django.utils import timezone

from .domain.evidence_kinds import KINDS
from .domain.mastery import STATES
from .domain.reflection_entries import DRAFT, JUDGEMENTS, STATUSES

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


# ---------------------------------------------------------------- reflective log
# Entries of the reflective log block (jobs4all_reflective_log), their submitted versions,
# trainers' feedback and judgements. Learner text lives only here, never in user_state_summary.


class ReflectionEntry(models.Model):
    """One dated entry of one learner's reflective log; ``version`` grows with every change."""

    learner_id = models.CharField(max_length=LEARNER_MAX)
    course_key = models.CharField(max_length=KEY_MAX)
    usage_key = models.CharField(max_length=KEY_MAX)
    title = models.CharField(max_length=200, blank=True)
    status = models.CharField(max_length=16, choices=sorted(STATUSES.items()), default=DRAFT)
    answers = models.JSONField(default=dict)          # {prompt id: text}
    outcome_ids = models.JSONField(default=list)
    prompts = models.JSONField(default=list)          # [[prompt id, question as shown], ...]
    version = models.PositiveIntegerField(default=1)
    created = models.DateTimeField(default=timezone.now)
    updated = models.DateTimeField(default=timezone.now)
    submitted_at = models.DateTimeField(null=True)
    feedback_at = models.DateTimeField(null=True)

    class Meta:
        indexes = [
            models.Index(fields=["course_key", "usage_key", "learner_id", "created"], name="j4a_refl_learner"),
            models.Index(fields=["course_key", "usage_key", "status", "submitted_at"], name="j4a_refl_queue"),
            models.Index(fields=["course_key", "learner_id", "submitted_at"], name="j4a_refl_course"),
        ]

    def __str__(self):
        return f"reflection {self.pk} v{self.version} {self.status} ({self.learner_id})"


class ReflectionRevision(models.Model):
    """An entry as it was submitted (kept when the learner edits it before feedback)."""

    entry = models.ForeignKey(ReflectionEntry, on_delete=models.CASCADE, related_name="revisions")
    version = models.PositiveIntegerField()
    title = models.CharField(max_length=200, blank=True)
    answers = models.JSONField(default=dict)
    outcome_ids = models.JSONField(default=list)
    prompts = models.JSONField(default=list)
    saved_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["entry", "version"], name="j4a_refl_revision_once")]


class ReflectionFeedback(models.Model):
    """A trainer's written feedback on an entry (about the entry's ``entry_version``)."""

    entry = models.ForeignKey(ReflectionEntry, on_delete=models.CASCADE, related_name="feedback")
    trainer_id = models.CharField(max_length=LEARNER_MAX)
    text = models.TextField()
    entry_version = models.PositiveIntegerField()
    created = models.DateTimeField(default=timezone.now)


class ReflectionJudgement(models.Model):
    """A trainer's judgement of one outcome linked to an entry (also stored as trainer evidence)."""

    entry = models.ForeignKey(ReflectionEntry, on_delete=models.CASCADE, related_name="judgements")
    outcome_id = models.CharField(max_length=OUTCOME_MAX)
    judgement = models.CharField(max_length=16, choices=sorted(JUDGEMENTS.items()))
    trainer_id = models.CharField(max_length=LEARNER_MAX)
    updated = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["entry", "outcome_id"], name="j4a_refl_judgement_once")]


# ---------------------------------------------------------------- pathway
# The two-level pathway (jobs4all_pathway) publishes its areas and unlock rules here, so that
# the Level-2 gate (jobs4all_level2_gate) anywhere in the course can evaluate them.


class CoursePathway(models.Model):
    """The pathway configuration of a course (areas and unlock rules), as its pathway block published it."""

    course_key = models.CharField(max_length=KEY_MAX, unique=True)
    usage_key = models.CharField(max_length=KEY_MAX)
    rules = models.JSONField()                        # {"areas": [...], "rules": {...}}
    fingerprint = models.CharField(max_length=64)
    updated = models.DateTimeField(auto_now=True)
