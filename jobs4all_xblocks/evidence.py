"""The one way in and out of the learner-evidence store.

Writers (assessment, reflective log, trainer review) call :func:`record`; it stores the
evidence rows and, in the same transaction, recomputes the learner's mastery of every outcome
it touched, so that readers (the LOM matrix, cohort views, the pathway) need one indexed
query. The course's outcomes and mastery rule are published here by the LOM block
(:func:`publish_matrix`) because blocks cannot read each other's fields.

Nothing here caches learner data in the process: the LMS runs many processes on many hosts.
"""
import hashlib
import json
from collections import defaultdict
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.db.models import Count, F
from django.utils import timezone

from .domain import mastery as rules
from .domain import reflection_entries as entries
from .domain.evidence_kinds import KINDS, REFLECTION, TRAINER
from .domain.lom import Matrix, parse_matrix
from .domain.pathway import parse_pathway
from .models import CourseMatrix, OutcomeActivity, OutcomeEvidence, OutcomeMastery
from .models import ReflectionEntry, ReflectionFeedback, ReflectionJudgement, ReflectionRevision
from .models import CoursePathway

BATCH = 2000


class DuplicateEvidence(Exception):
    """This learner's evidence for this block, outcome, kind and attempt is already stored."""


@dataclass(frozen=True)
class OutcomeResult:
    outcome_id: str
    score: float
    max_score: float


@dataclass(frozen=True)
class EvidenceRow:
    outcome_id: str
    usage_key: str
    kind: str
    attempt: int
    score: float
    max_score: float
    created: object


@dataclass(frozen=True)
class Activity:
    usage_key: str
    block_type: str
    title: str


@dataclass(frozen=True)
class CohortSummary:
    learners: int                 # learners with any evidence in the course
    counts: dict                  # {outcome_id: {state: number of learners}}

    def for_outcome(self, outcome_id):
        counts = self.counts.get(outcome_id, {})
        started = counts.get(rules.IN_PROGRESS, 0) + counts.get(rules.ACHIEVED, 0)
        return {
            rules.NOT_STARTED: max(0, self.learners - started),
            rules.IN_PROGRESS: counts.get(rules.IN_PROGRESS, 0),
            rules.ACHIEVED: counts.get(rules.ACHIEVED, 0),
        }


# ---------------------------------------------------------------- the course's matrix

def _fingerprint(outcomes, config):
    payload = json.dumps({"outcomes": outcomes, "mastery": config.as_dict()}, sort_keys=True)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def publish_matrix(course_key, usage_key, matrix, config, *, take_over=False):
    """Make ``matrix`` and ``config`` the course's LOM. Returns True when something changed.

    A LOM block publishes on every render (``take_over=False``: only when the course has no
    matrix yet or the block already owns it) and when an author saves it in Studio
    (``take_over=True``: the block saved last becomes the course's matrix). When the mastery
    rule changes, every learner's mastery in the course is recomputed.
    """
    outcomes = matrix.as_dicts()
    fingerprint = _fingerprint(outcomes, config)
    with transaction.atomic():
        current = CourseMatrix.objects.select_for_update().filter(course_key=course_key).first()
        if current is not None:
            if current.usage_key != usage_key and not take_over:
                return False
            if current.fingerprint == fingerprint and current.usage_key == usage_key:
                return False
        rule_changed = current is not None and current.mastery != config.as_dict()
        CourseMatrix.objects.update_or_create(
            course_key=course_key,
            defaults={"usage_key": usage_key, "outcomes": outcomes, "mastery": config.as_dict(),
                      "fingerprint": fingerprint},
        )
        if rule_changed:
            recompute_course(course_key, config)
    return True


@dataclass(frozen=True)
class CourseLom:
    matrix: Matrix | None
    config: rules.MasteryConfig
    usage_key: str | None


def course_lom(course_key):
    """The course's published matrix and mastery rule (defaults when none is published)."""
    row = CourseMatrix.objects.filter(course_key=course_key).first()
    if row is None:
        return CourseLom(None, rules.MasteryConfig(), None)
    return CourseLom(parse_matrix(row.outcomes), rules.parse_config(row.mastery), row.usage_key)


def _config(course_key):
    row = CourseMatrix.objects.filter(course_key=course_key).values_list("mastery", flat=True).first()
    return rules.parse_config(row) if row else rules.MasteryConfig()


# ---------------------------------------------------------------- writing evidence

def _check(kind, results):
    if kind not in KINDS:
        raise ValueError(f"unknown evidence kind {kind!r}")
    for result in results:
        if not result.max_score > 0 or not 0 <= result.score <= result.max_score:
            raise ValueError(f"score {result.score}/{result.max_score} out of range for {result.outcome_id}")


def record(*, learner_id, course_key, usage_key, kind, attempt, results, when=None, replace=False):
    """Store ``results`` (:class:`OutcomeResult`) as evidence and return the new mastery.

    One row per outcome for this (learner, block, kind, attempt). Recording the same attempt
    twice raises :class:`DuplicateEvidence` and changes nothing, unless ``replace`` is set
    (a trainer revising a judgement, a learner revising a self-rating). Returns
    ``{outcome_id: Mastery}`` for the outcomes touched.
    """
    results = list(results)
    _check(kind, results)
    if not results:
        return {}
    when = when or timezone.now()
    try:
        with transaction.atomic():
            if replace:
                for result in results:
                    OutcomeEvidence.objects.update_or_create(
                        learner_id=learner_id, course_key=course_key, usage_key=usage_key,
                        outcome_id=result.outcome_id, kind=kind, attempt=attempt,
                        defaults={"score": result.score, "max_score": result.max_score, "created": when},
                    )
            else:
                OutcomeEvidence.objects.bulk_create([
                    OutcomeEvidence(learner_id=learner_id, course_key=course_key, usage_key=usage_key,
                                    outcome_id=result.outcome_id, kind=kind, attempt=attempt,
                                    score=result.score, max_score=result.max_score, created=when)
                    for result in results
                ])
            return _refresh(learner_id, course_key, {r.outcome_id for r in results}, _config(course_key))
    except IntegrityError as error:
        raise DuplicateEvidence(f"{kind} attempt {attempt} of {usage_key} is already recorded") from error


def withdraw(*, learner_id, course_key, usage_key, kind, attempt):
    """Remove one attempt's evidence (e.g. a trainer withdrawing a judgement); returns new mastery."""
    with transaction.atomic():
        rows = OutcomeEvidence.objects.filter(learner_id=learner_id, course_key=course_key, usage_key=usage_key,
                                              kind=kind, attempt=attempt)
        outcome_ids = set(rows.values_list("outcome_id", flat=True))
        rows.delete()
        return _refresh(learner_id, course_key, outcome_ids, _config(course_key)) if outcome_ids else {}


def _points(rows):
    return [rules.EvidencePoint(kind=r.kind, score=r.score, max_score=r.max_score, at=r.created) for r in rows]


def _mastery_fields(mastery):
    return {
        "state": mastery.state, "level": mastery.level, "scored_count": mastery.scored_count,
        "evidence_count": mastery.evidence_count, "self_rating": mastery.self_rating,
        "first_at": mastery.first_at, "last_at": mastery.last_at, "achieved_at": mastery.achieved_at,
    }


def _refresh(learner_id, course_key, outcome_ids, config):
    """Recompute and store mastery of ``outcome_ids`` for one learner (inside a transaction)."""
    existing = {
        row.outcome_id: row
        for row in OutcomeMastery.objects.select_for_update().filter(
            course_key=course_key, learner_id=learner_id, outcome_id__in=outcome_ids)
    }
    by_outcome = defaultdict(list)
    for row in OutcomeEvidence.objects.filter(course_key=course_key, learner_id=learner_id,
                                              outcome_id__in=outcome_ids).order_by("created", "id"):
        by_outcome[row.outcome_id].append(row)
    result, new, changed = {}, [], []
    for outcome_id in outcome_ids:
        mastery = rules.compute(_points(by_outcome.get(outcome_id, [])), config)
        result[outcome_id] = mastery
        row = existing.get(outcome_id)
        if row is None:
            new.append(OutcomeMastery(learner_id=learner_id, course_key=course_key, outcome_id=outcome_id,
                                      **_mastery_fields(mastery)))
        else:
            for name, value in _mastery_fields(mastery).items():
                setattr(row, name, value)
            changed.append(row)
    OutcomeMastery.objects.bulk_create(new)
    if changed:
        OutcomeMastery.objects.bulk_update(changed, list(_mastery_fields(result[changed[0].outcome_id])))
    return result


def recompute_course(course_key, config=None):
    """Recompute every learner's mastery in the course (after the mastery rule changed)."""
    config = config or _config(course_key)
    with transaction.atomic():
        OutcomeMastery.objects.filter(course_key=course_key).delete()
        batch, key, points = [], None, []

        def flush_key():
            if key is not None:
                batch.append(OutcomeMastery(learner_id=key[0], course_key=course_key, outcome_id=key[1],
                                            **_mastery_fields(rules.compute(points, config))))

        rows = (OutcomeEvidence.objects.filter(course_key=course_key)
                .order_by("learner_id", "outcome_id", "created", "id").iterator(chunk_size=BATCH))
        for row in rows:
            row_key = (row.learner_id, row.outcome_id)
            if row_key != key:
                flush_key()
                key, points = row_key, []
                if len(batch) >= BATCH:
                    OutcomeMastery.objects.bulk_create(batch)
                    batch = []
            points.extend(_points([row]))
        flush_key()
        OutcomeMastery.objects.bulk_create(batch)


# ---------------------------------------------------------------- reading

def _mastery_from_row(row):
    return rules.Mastery(state=row.state, level=row.level, scored_count=row.scored_count,
                         evidence_count=row.evidence_count, self_rating=row.self_rating,
                         first_at=row.first_at, last_at=row.last_at, achieved_at=row.achieved_at)


def learner_mastery(course_key, learner_id):
    """``{outcome_id: Mastery}`` of one learner; outcomes without evidence are absent."""
    return {
        row.outcome_id: _mastery_from_row(row)
        for row in OutcomeMastery.objects.filter(course_key=course_key, learner_id=learner_id)
    }


def learner_evidence(course_key, learner_id):
    """Every piece of evidence of one learner in the course, oldest first."""
    return [
        EvidenceRow(r.outcome_id, r.usage_key, r.kind, r.attempt, r.score, r.max_score, r.created)
        for r in OutcomeEvidence.objects.filter(course_key=course_key, learner_id=learner_id).order_by("created", "id")
    ]


def cohort_summary(course_key):
    """How many learners are at each state of each outcome (two indexed queries)."""
    base = OutcomeMastery.objects.filter(course_key=course_key)
    counts = defaultdict(dict)
    for outcome_id, state, number in base.values_list("outcome_id", "state").annotate(n=Count("pk")).order_by():
        counts[outcome_id][state] = number
    learners = base.values("learner_id").distinct().count()
    return CohortSummary(learners=learners, counts=dict(counts))


def cohort_mastery(course_key):
    """``{learner_id: {outcome_id: state}}`` for every learner with evidence in the course."""
    table = defaultdict(dict)
    rows = OutcomeMastery.objects.filter(course_key=course_key).values_list("learner_id", "outcome_id", "state")
    for learner_id, outcome_id, state in rows.iterator(chunk_size=BATCH):
        table[learner_id][outcome_id] = state
    return dict(table)


# ---------------------------------------------------------------- activities

def register_activity(course_key, usage_key, block_type, title, outcome_ids):
    """Declare that the block ``usage_key`` gives evidence for ``outcome_ids`` (replaces earlier)."""
    outcome_ids = sorted(set(outcome_ids))
    current = set(OutcomeActivity.objects.filter(course_key=course_key, usage_key=usage_key)
                  .values_list("outcome_id", "block_type", "title"))
    wanted = {(outcome_id, block_type, title[:255]) for outcome_id in outcome_ids}
    if current == wanted:
        return
    with transaction.atomic():
        OutcomeActivity.objects.filter(course_key=course_key, usage_key=usage_key).delete()
        OutcomeActivity.objects.bulk_create([
            OutcomeActivity(course_key=course_key, usage_key=usage_key, outcome_id=outcome_id,
                            block_type=block_type, title=title[:255])
            for outcome_id in outcome_ids
        ])


def activities(course_key):
    """``{outcome_id: [Activity, ...]}`` of the course."""
    found = defaultdict(list)
    for row in OutcomeActivity.objects.filter(course_key=course_key).order_by("usage_key"):
        found[row.outcome_id].append(Activity(row.usage_key, row.block_type, row.title))
    return dict(found)


# ---------------------------------------------------------------- reflective log
# Entries of reflective logs (jobs4all_reflective_log): drafts, submitted versions, trainers'
# feedback and judgements. The lifecycle rules are in domain.reflection_entries; this section
# stores them. Submitting records *reflection* evidence for the linked outcomes and a trainer's
# judgement records *trainer* evidence, both with attempt = the entry id.

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


# ---------------------------------------------------------------- pathway
# The two-level pathway (jobs4all_pathway) publishes its areas and unlock rules here, as the
# LOM publishes its matrix, so that Level-2 gates anywhere in the course evaluate the same
# rules. The rules themselves are in domain.pathway and domain.pathway_eval.

@dataclass(frozen=True)
class PublishedPathway:
    config: object               # domain.pathway.PathwayConfig
    usage_key: str


def publish_pathway(course_key, usage_key, config, *, take_over=False):
    """Make ``config`` (a PathwayConfig) the course's pathway. Returns True when something changed.

    As :func:`publish_matrix`: a pathway block publishes on every render (``take_over=False``:
    only when the course has none yet or the block already owns it) and when an author saves
    it in Studio (``take_over=True``: the block saved last becomes the course's pathway).
    """
    data = config.as_dict()
    fingerprint = hashlib.sha256(json.dumps(data, sort_keys=True).encode("utf-8")).hexdigest()
    with transaction.atomic():
        current = CoursePathway.objects.select_for_update().filter(course_key=course_key).first()
        if current is not None:
            if current.usage_key != usage_key and not take_over:
                return False
            if current.fingerprint == fingerprint and current.usage_key == usage_key:
                return False
        CoursePathway.objects.update_or_create(
            course_key=course_key, defaults={"usage_key": usage_key, "rules": data, "fingerprint": fingerprint})
    return True


def course_pathway(course_key):
    """The course's published :class:`PublishedPathway`, or None when no pathway block has published one."""
    row = CoursePathway.objects.filter(course_key=course_key).first()
    if row is None:
        return None
    return PublishedPathway(parse_pathway(row.rules.get("areas", []), row.rules.get("rules", {})), row.usage_key)


def reflected_outcomes(course_key):
    """``{learner_id: {outcome_id, ...}}``: the outcomes each learner's submitted entries are linked to.

    Read from the *reflection* evidence the reflective log records for every linked outcome
    of a submitted entry (one query for the whole cohort).
    """
    table = defaultdict(set)
    rows = (OutcomeEvidence.objects.filter(course_key=course_key, kind=REFLECTION)
            .values_list("learner_id", "outcome_id").distinct().order_by())
    for learner_id, outcome_id in rows.iterator(chunk_size=BATCH):
        table[learner_id].add(outcome_id)
    return dict(table)
