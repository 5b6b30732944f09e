"""The content of a learner's CPD record, the document shown to an employer or professional body.

* hours per module by mode (face-to-face, self-directed, assessment): the module's planned
  hours, counted as done once its area is completed (every outcome achieved);
* the outcomes achieved, with the date mastery was reached and the kinds of evidence behind
  it (assessment, trainer judgement, reflection; self-ratings are not evidence);
* the submitted reflective entries: titles, dates, linked outcomes, date of feedback;
* the trainer judgements (trainer evidence), with the entry they were given on.

Everything is data; the block renders it as a print-friendly page in the course language.
"""
from dataclasses import dataclass

from .evidence_kinds import ASSESSMENT, REFLECTION, TRAINER
from .pathway import DEFAULT_HOURS
from .pathway_eval import COMPLETED, IN_PROGRESS
from .reflection_entries import JUDGEMENT_SCORES

EVIDENCE_ORDER = (ASSESSMENT, TRAINER, REFLECTION)
MODES = tuple(DEFAULT_HOURS)     # hours_f2f, hours_self, hours_assessment


@dataclass(frozen=True)
class ModuleLine:
    area: object                 # pathway_eval.AreaStatus
    hours: dict                  # {mode: hours}

    @property
    def total(self):
        return round(sum(self.hours.values()), 2)


@dataclass(frozen=True)
class AchievedOutcome:
    outcome: object              # lom.Outcome
    achieved_at: object
    kinds: tuple                 # evidence kinds, EVIDENCE_ORDER
    level: float | None


@dataclass(frozen=True)
class Judgement:
    outcome_id: str
    outcome: object              # lom.Outcome, None when no longer in the matrix
    judgement: str | None        # reflection_entries judgement key, None for another score
    ratio: float
    at: object
    entry_title: str


@dataclass(frozen=True)
class CpdRecord:
    modules: tuple               # ModuleLine, pathway order (optional areas only when started)
    done_hours: dict             # {mode: hours of completed modules}
    planned_hours: dict          # {mode: hours of the modules listed}
    outcomes: tuple              # AchievedOutcome, matrix order
    reflections: tuple           # submitted entries (evidence.ReflectionSummary), oldest first
    judgements: tuple            # Judgement, oldest first
    level2_unlocked: bool

    @property
    def done_total(self):
        return round(sum(self.done_hours.values()), 2)

    @property
    def planned_total(self):
        return round(sum(self.planned_hours.values()), 2)


def _judgement_of(ratio):
    return next((key for key, score in JUDGEMENT_SCORES.items() if abs(score - ratio) < 1e-9), None)


def _ratio(row):
    return min(1.0, max(0.0, row.score / row.max_score)) if row.max_score else 0.0


def cpd_record(status, mastery_by_id, evidence_rows, reflections):
    """A :class:`CpdRecord` from a learner's pathway status, mastery, evidence and entries.

    ``evidence_rows`` have ``outcome_id, usage_key, kind, attempt, score, max_score, created``;
    ``reflections`` have ``usage_key, entry_id, title, submitted_at, outcome_ids, feedback_at``.
    """
    modules = tuple(ModuleLine(area, {mode: getattr(area.config, mode) for mode in MODES})
                    for area in status.areas if not area.config.optional or area.state in (IN_PROGRESS, COMPLETED))
    done = {mode: round(sum(m.hours[mode] for m in modules if m.area.completed), 2) for mode in MODES}
    planned = {mode: round(sum(m.hours[mode] for m in modules), 2) for mode in MODES}

    kinds = {}
    for row in evidence_rows:
        kinds.setdefault(row.outcome_id, set()).add(row.kind)
    outcomes = []
    for area in status.areas:
        for outcome in area.outcomes:
            mastery = mastery_by_id.get(outcome.id)
            if outcome.id in area.achieved_ids and mastery is not None:
                outcomes.append(AchievedOutcome(outcome, mastery.achieved_at,
                                                tuple(k for k in EVIDENCE_ORDER if k in kinds.get(outcome.id, ())),
                                                mastery.level))

    by_id = {outcome.id: outcome for area in status.areas for outcome in area.outcomes}
    titles = {(entry.usage_key, entry.entry_id): entry.title for entry in reflections}
    judgements = tuple(
        Judgement(row.outcome_id, by_id.get(row.outcome_id), _judgement_of(_ratio(row)), _ratio(row), row.created,
                  titles.get((row.usage_key, row.attempt), ""))
        for row in sorted((r for r in evidence_rows if r.kind == TRAINER), key=lambda r: r.created))
    return CpdRecord(
        modules=modules, done_hours=done, planned_hours=planned, outcomes=tuple(outcomes),
        reflections=tuple(sorted(reflections, key=lambda entry: (entry.submitted_at, entry.entry_id))),
        judgements=judgements, level2_unlocked=status.unlocked,
    )
