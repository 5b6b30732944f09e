"""Entries of reflective logs (jobs4all_reflective_log): drafts, submitted versions, trainers'
feedback and judgements. The lifecycle rules are in domain.reflection_entries; this module
stores them. Submitting records *reflection* evidence for the linked outcomes and a trainer's
judgement records *trainer* evidence, both with attempt = the entry id.
"""
from dataclasses import dataclass

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from ..domain import reflection_entries as entries
from ..domain.evidence_kinds import REFLECTION, TRAINER
from ..models import ReflectionEntry, ReflectionFeedback, ReflectionJudgement, ReflectionRevision
from .outcomes import BATCH, OutcomeResult, record, withdraw


class ReflectionNotFound(LookupError):
    """No such entry in this log, or not one the caller may see."""


class ReflectionConflict(Exception):
    """The entry changed since the caller read it; ``entry`` is how it is now."""

    def __init__(self, entry):
        super().__init__(f"reflection {entry.id} is now at version {entry.version} ({entry.status})")
        self.entry = entry


@dataclass(frozen=True)
class ReflectionSummary:
    usage_key: str
    entry_id: int
    title: str
    submitted_at: object
    outcome_ids: tuple
    feedback_at: object          # None until a trainer has given feedback


@dataclass(frozen=True)
class ReflectionSave:
    entry: object                # domain Entry that now holds the learner's text
    action: str                  # "created", "updated", "unchanged" or "copied"
    original: object = None      # "copied": the entry as another window or a trainer left it
    first_submission: bool = False


@dataclass(frozen=True)
class ReviewPage:
    entries: list                # newest submission first
    total: int                   # entries matching the filter
    awaiting: int                # entries awaiting feedback
    shared: int                  # all submitted entries of the log


def _reflections(course_key, usage_key):
    return ReflectionEntry.objects.filter(course_key=course_key, usage_key=usage_key)


def _detailed(rows):
    return rows.prefetch_related("feedback", "judgements", "revisions")


def _reflection(row, detail=True):
    """A domain :class:`~.domain.reflection_entries.Entry` of a row (prefetched details)."""
    feedback = judgements = history = ()
    if detail:
        feedback = tuple(entries.Feedback(f.trainer_id, f.text, f.created, f.entry_version)
                         for f in sorted(row.feedback.all(), key=lambda f: (f.created, f.pk)))
        judgements = tuple(entries.Judgement(j.outcome_id, j.judgement, j.trainer_id, j.updated)
                           for j in sorted(row.judgements.all(), key=lambda j: j.outcome_id))
        history = tuple(entries.Revision(r.version, r.title, dict(r.answers), tuple(r.outcome_ids),
                                         tuple(tuple(p) for p in r.prompts), r.saved_at)
                        for r in sorted(row.revisions.all(), key=lambda r: -r.version) if r.version != row.version)
    return entries.Entry(
        id=row.pk, learner_id=row.learner_id, usage_key=row.usage_key, title=row.title, status=row.status,
        answers=dict(row.answers), outcome_ids=tuple(row.outcome_ids), prompts=tuple(tuple(p) for p in row.prompts),
        version=row.version, created=row.created, updated=row.updated, submitted_at=row.submitted_at,
        feedback_at=row.feedback_at, feedback=feedback, judgements=judgements, history=history)


def _load(pk):
    return _reflection(_detailed(ReflectionEntry.objects.filter(pk=pk)).get())


def reflection_entries(course_key, usage_key, learner_id):
    """One learner's entries of one log, newest first, with feedback, judgements and history."""
    rows = _detailed(_reflections(course_key, usage_key).filter(learner_id=learner_id)).order_by("-created", "-id")
    return [_reflection(row) for row in rows]


def reflection_entry(course_key, usage_key, entry_id, *, learner_id=None):
    """One entry with its details: the learner's own (``learner_id``) or, for staff, a submitted one."""
    rows = _reflections(course_key, usage_key).filter(pk=entry_id)
    rows = rows.filter(learner_id=learner_id) if learner_id else rows.filter(status__in=entries.SHARED_WITH_STAFF)
    row = _detailed(rows).first()
    if row is None:
        raise ReflectionNotFound(entry_id)
    return _reflection(row)


def count_submitted(course_key, usage_key, learner_id):
    return _reflections(course_key, usage_key).filter(
        learner_id=learner_id, status__in=entries.SHARED_WITH_STAFF).count()


def count_entries(course_key, usage_key, learner_id):
    return _reflections(course_key, usage_key).filter(learner_id=learner_id).count()


def _record_reflection(row, outcome_ids, when):
    """Reflection evidence of a submitted entry: one per linked outcome (replaces earlier links)."""
    keys = {"learner_id": row.learner_id, "course_key": row.course_key, "usage_key": row.usage_key,
            "kind": REFLECTION, "attempt": row.pk}
    withdraw(**keys)
    if outcome_ids:
        record(**keys, when=when, results=[OutcomeResult(outcome_id, 1.0, 1.0) for outcome_id in outcome_ids])


def save_reflection(*, course_key, usage_key, learner_id, entry_id, base_version, draft, prompts,
                    submit=False, copy_title="", when=None):
    """Store a learner's ``draft`` (domain Draft) in entry ``entry_id`` (None: a new entry).

    ``base_version`` is the version the learner's window last loaded. When the entry has
    changed since (another tab) or became read-only (feedback given), nothing is overwritten:
    the text is saved as a new draft titled ``copy_title`` and returned as ``copied``.
    ``submit`` submits a draft; saving a submitted entry re-submits it (the previous version
    stays in its history). ``prompts``: ``[(prompt id, question as shown), ...]``.
    """
    when = when or timezone.now()
    fields = {"title": draft.title, "answers": dict(draft.answers), "outcome_ids": list(draft.outcome_ids),
              "prompts": [list(p) for p in prompts]}
    with transaction.atomic():
        if entry_id is None:
            status = entries.SUBMITTED if submit else entries.DRAFT
            row = ReflectionEntry.objects.create(
                learner_id=learner_id, course_key=course_key, usage_key=usage_key, status=status, created=when,
                updated=when, submitted_at=when if submit else None, **fields)
            if submit:
                ReflectionRevision.objects.create(entry=row, version=row.version, saved_at=when, **fields)
                _record_reflection(row, draft.outcome_ids, when)
            return ReflectionSave(_load(row.pk), "created", first_submission=submit)
        mine = _reflections(course_key, usage_key).filter(learner_id=learner_id)
        row = mine.select_for_update().filter(pk=entry_id).first()
        if row is None:
            raise ReflectionNotFound(entry_id)
        action = entries.save_action(row.status, row.version, base_version,
                                     draft.same_as(_reflection(row, detail=False)), submit)
        status = entries.status_after_save(row.status, submit)
        updated = action == entries.UPDATE and mine.filter(
            pk=row.pk, version=row.version, status=row.status).update(
            version=F("version") + 1, status=status, updated=when,
            submitted_at=(row.submitted_at or when) if status == entries.SUBMITTED else None, **fields)
        if action == entries.UNCHANGED:
            return ReflectionSave(_load(row.pk), "unchanged")
        if not updated:
            copy = ReflectionEntry.objects.create(
                learner_id=learner_id, course_key=course_key, usage_key=usage_key, created=when, updated=when,
                **dict(fields, title=(copy_title or draft.title)[:200]))
            return ReflectionSave(_load(copy.pk), "copied", original=_load(row.pk))
        first = status == entries.SUBMITTED and row.status == entries.DRAFT
        if status == entries.SUBMITTED:
            ReflectionRevision.objects.create(entry=row, version=row.version + 1, saved_at=when, **fields)
            if first or list(row.outcome_ids) != list(draft.outcome_ids):
                _record_reflection(row, draft.outcome_ids, when)
        return ReflectionSave(_load(row.pk), "updated", first_submission=first)


def delete_reflection_draft(*, course_key, usage_key, learner_id, entry_id, base_version):
    """Delete a draft; raises ReflectionConflict when it changed meanwhile or is no draft now."""
    mine = _reflections(course_key, usage_key).filter(learner_id=learner_id, pk=entry_id)
    with transaction.atomic():
        deleted, _ = mine.filter(status=entries.DRAFT, version=base_version).delete()
        if not deleted:
            row = _detailed(mine).first()
            if row is None:
                raise ReflectionNotFound(entry_id)
            raise ReflectionConflict(_reflection(row))


def review_queue(course_key, usage_key, *, awaiting_only=False, offset=0, limit=20):
    """Submitted entries of a log for trainers, newest submission first (a :class:`ReviewPage`)."""
    shared = _reflections(course_key, usage_key).filter(status__in=entries.SHARED_WITH_STAFF)
    awaiting = shared.filter(status=entries.SUBMITTED)
    chosen = awaiting if awaiting_only else shared
    rows = chosen.order_by("-submitted_at", "-id")[offset:offset + limit]
    return ReviewPage([_reflection(row, detail=False) for row in rows], chosen.count(), awaiting.count(),
                      shared.count())


def _record_judgements(row, removed, when):
    """Trainer evidence of an entry: one scored result per judged outcome."""
    keys = {"learner_id": row.learner_id, "course_key": row.course_key, "usage_key": row.usage_key,
            "kind": TRAINER, "attempt": row.pk}
    if removed:
        withdraw(**keys)
    judged = [OutcomeResult(j.outcome_id, entries.JUDGEMENT_SCORES[j.judgement], 1.0)
              for j in ReflectionJudgement.objects.filter(entry=row)]
    if judged:
        record(**keys, when=when, results=judged, replace=True)


def review_reflection(*, course_key, usage_key, entry_id, base_version, trainer_id, feedback, judgements, when=None):
    """Store a trainer's ``feedback`` (may be "") and judgement ``changes`` ({outcome: judgement or ""}).

    Raises ReflectionConflict, changing nothing, when the learner changed the entry after the
    trainer read ``base_version``. Feedback makes the entry read-only for the learner.
    """
    when = when or timezone.now()
    with transaction.atomic():
        shared = _reflections(course_key, usage_key).filter(status__in=entries.SHARED_WITH_STAFF)
        row = shared.select_for_update().filter(pk=entry_id).first()
        if row is None:
            raise ReflectionNotFound(entry_id)
        if row.version != base_version:
            raise ReflectionConflict(_load(row.pk))
        if feedback:
            if not shared.filter(pk=row.pk, version=base_version).update(status=entries.REVIEWED, feedback_at=when):
                raise ReflectionConflict(_load(row.pk))
            ReflectionFeedback.objects.create(entry=row, trainer_id=trainer_id, text=feedback,
                                              entry_version=row.version, created=when)
        for outcome_id, value in judgements.items():
            if value:
                ReflectionJudgement.objects.update_or_create(
                    entry=row, outcome_id=outcome_id, defaults={"judgement": value, "trainer_id": trainer_id,
                                                                "updated": when})
            else:
                ReflectionJudgement.objects.filter(entry=row, outcome_id=outcome_id).delete()
        if judgements:
            _record_judgements(row, any(not value for value in judgements.values()), when)
        return _load(row.pk)


def shared_reflections(course_key, usage_key, learner_ids=None):
    """Submitted entries of a log (with feedback and judgements), by learner then submission date."""
    rows = _reflections(course_key, usage_key).filter(status__in=entries.SHARED_WITH_STAFF)
    if learner_ids is not None:
        rows = rows.filter(learner_id__in=list(learner_ids))
    for row in _detailed(rows).order_by("learner_id", "submitted_at", "id").iterator(chunk_size=BATCH):
        yield _reflection(row)


def submitted_reflections(course_key, learner_id):
    """Every submitted entry of a learner in the course (all logs), newest submission first."""
    rows = (ReflectionEntry.objects.filter(course_key=course_key, learner_id=learner_id,
                                           status__in=entries.SHARED_WITH_STAFF)
            .order_by("-submitted_at", "-id")
            .values_list("usage_key", "id", "title", "submitted_at", "outcome_ids", "feedback_at"))
    return [ReflectionSummary(usage_key, entry_id, title, submitted_at, tuple(outcome_ids), feedback_at)
            for usage_key, entry_id, title, submitted_at, outcome_ids, feedback_at in rows]
