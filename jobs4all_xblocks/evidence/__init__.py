"""The one way in and out of the learner-evidence store (the package's Django models).

* :mod:`.outcomes` — outcome evidence and mastery: :func:`record` stores results and keeps each
  learner's mastery current in the same transaction; readers get mastery, evidence and cohort
  counts with one indexed query.
* :mod:`.registry` — what the course's blocks publish for each other (the LOM's matrix and
  mastery rule, the pathway's rules, which blocks give evidence for which outcome).
* :mod:`.reflections` — reflective-log entries, trainer feedback and judgements.

Blocks import this package (``from .. import evidence``) and use the names below. Nothing here
caches learner data in the process: the LMS runs many processes on many hosts.
"""
from .outcomes import (BATCH, CohortSummary, DuplicateEvidence, EvidenceRow, OutcomeResult, cohort_mastery,
                       cohort_summary, highest_attempt, learner_evidence, learner_mastery, record, recompute_course,
                       reflected_outcomes, withdraw)
from .reflections import (ReflectionConflict, ReflectionNotFound, ReflectionSave, ReflectionSummary, ReviewPage,
                          count_entries, count_submitted, delete_reflection_draft, reflection_entries,
                          reflection_entry, review_queue, review_reflection, save_reflection, shared_reflections,
                          submitted_reflections)
from .registry import (Activity, CourseLom, PublishedPathway, activities, course_lom, course_pathway,
                       mastery_config, publish_matrix, publish_pathway, register_activity)

__all__ = [
    "BATCH",
    "CohortSummary",
    "DuplicateEvidence",
    "EvidenceRow",
    "OutcomeResult",
    "cohort_mastery",
    "cohort_summary",
    "highest_attempt",
    "learner_evidence",
    "learner_mastery",
    "record",
    "recompute_course",
    "reflected_outcomes",
    "withdraw",
    "ReflectionConflict",
    "ReflectionNotFound",
    "ReflectionSave",
    "ReflectionSummary",
    "ReviewPage",
    "count_entries",
    "count_submitted",
    "delete_reflection_draft",
    "reflection_entries",
    "reflection_entry",
    "review_queue",
    "review_reflection",
    "save_reflection",
    "shared_reflections",
    "submitted_reflections",
    "Activity",
    "CourseLom",
    "PublishedPathway",
    "activities",
    "course_lom",
    "course_pathway",
    "mastery_config",
    "publish_matrix",
    "publish_pathway",
    "register_activity",
]
