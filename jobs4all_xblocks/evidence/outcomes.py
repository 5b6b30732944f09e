"""Outcome evidence and mastery: writing results, keeping mastery current, reading it back.

Writers call :func:`record`; it stores the evidence rows and, in the same transaction,
recomputes the learner's mastery of every outcome it touched, so that readers (the LOM
matrix, cohort views, the pathway) need one indexed query.
"""
from collections import defaultdict
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.db.models import Count, Max
from django.utils import timezone

from ..domain import mastery as rules
from ..domain.evidence_kinds import KINDS, REFLECTION
from ..models import OutcomeEvidence, OutcomeMastery
from . import registry

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
            return _refresh(learner_id, course_key, {r.outcome_id for r in results}, registry.mastery_config(course_key))
    except IntegrityError as error:
        raise DuplicateEvidence(f"{kind} attempt {attempt} of {usage_key} is already recorded") from error


def withdraw(*, learner_id, course_key, usage_key, kind, attempt):
    """Remove one attempt's evidence (e.g. a trainer withdrawing a judgement); returns new mastery."""
    with transaction.atomic():
        rows = OutcomeEvidence.objects.filter(learner_id=learner_id, course_key=course_key, usage_key=usage_key,
                                              kind=kind, attempt=attempt)
        outcome_ids = set(rows.values_list("outcome_id", flat=True))
        rows.delete()
        return _refresh(learner_id, course_key, outcome_ids, registry.mastery_config(course_key)) if outcome_ids else {}


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
    config = config or registry.mastery_config(course_key)
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


def highest_attempt(course_key, learner_id, usage_key, kinds):
    """The highest attempt number of the learner's evidence of ``kinds`` from one block (0 if none)."""
    found = (OutcomeEvidence.objects.filter(course_key=course_key, learner_id=learner_id, usage_key=usage_key,
                                            kind__in=kinds).aggregate(highest=Max("attempt"))["highest"])
    return found or 0


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
