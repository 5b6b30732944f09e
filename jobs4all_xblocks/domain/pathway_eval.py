"""Where a learner stands on the pathway, and whether Level 2 is open to them.

Inputs are plain data, so the same evaluation serves the learner's map, the Level-2 gate,
the cohort counts and the CPD record:

* the course's :class:`~.lom.Matrix` (None while the course has none: Level 2 stays locked);
* the ids of the outcomes the learner has *achieved* (see :mod:`.mastery`);
* the learner's submitted reflective entries, each given as the ids of the outcomes it is
  linked to. An entry counts for an area when it is linked to an outcome of that area (an
  entry linked to outcomes of two areas counts for both).

Rules (see :mod:`.pathway`): of the outcomes of the required Level-1 areas, at least
``ceil(threshold % x their number)`` must be achieved, and with ``reflection_per_area``
each required area needs a submitted entry. A required area without any outcome in the
matrix can neither be worked on nor reflected on, so it asks nothing. When Level 2 is
locked, :class:`Missing` says exactly what is still needed.

An area is *completed* when every one of its outcomes is achieved.
"""
from dataclasses import dataclass

from .mastery import ACHIEVED

REFLECTIVE_LOG = "jobs4all_reflective_log"

COMPLETED = "completed"
IN_PROGRESS = "in_progress"
NOT_STARTED = "not_started"
NO_OUTCOMES = "no_outcomes"


@dataclass(frozen=True)
class AreaStatus:
    config: object               # pathway.AreaConfig
    outcomes: tuple              # lom.Outcome of the area, matrix order
    achieved_ids: frozenset
    reflections: int             # submitted entries linked to an outcome of the area
    required: bool               # counts for Level 2

    @property
    def code(self):
        return self.config.code

    @property
    def level(self):
        return self.config.level

    @property
    def total(self):
        return len(self.outcomes)

    @property
    def achieved(self):
        return sum(1 for outcome in self.outcomes if outcome.id in self.achieved_ids)

    @property
    def open_outcomes(self):
        """The area's outcomes not achieved yet, in matrix order."""
        return tuple(outcome for outcome in self.outcomes if outcome.id not in self.achieved_ids)

    @property
    def completed(self):
        return bool(self.outcomes) and not self.open_outcomes

    @property
    def state(self):
        if not self.outcomes:
            return NO_OUTCOMES
        if self.completed:
            return COMPLETED
        return IN_PROGRESS if self.achieved or self.reflections else NOT_STARTED


@dataclass(frozen=True)
class Missing:
    """What a learner still needs for Level 2 (all empty when it is open)."""

    outcomes_needed: int = 0     # how many more outcomes of the required areas to achieve
    outcomes: tuple = ()         # the candidates: not-achieved outcomes of the required areas
    reflection_areas: tuple = () # required areas still without a submitted entry

    @property
    def nothing(self):
        return not self.outcomes_needed and not self.reflection_areas


@dataclass(frozen=True)
class PathwayStatus:
    ready: bool                  # the course has a matrix
    areas: tuple                 # AreaStatus, pathway order
    counted: int                 # outcomes of the required areas
    achieved: int                # ... of which the learner achieved
    needed: int                  # ... of which the rules ask for
    missing: Missing
    threshold: int

    @property
    def unlocked(self):
        return self.ready and self.missing.nothing

    def area(self, code):
        return next(area for area in self.areas if area.code == code)

    def levels(self):
        """``[(1, [AreaStatus, ...]), (2, [...])]``."""
        return [(level, [area for area in self.areas if area.level == level]) for level in (1, 2)]

    @property
    def percent(self):
        return int(100 * self.achieved // self.counted) if self.counted else 0


def achieved_ids(mastery_by_id):
    """Ids of achieved outcomes from ``{outcome_id: Mastery or state}``."""
    return frozenset(outcome_id for outcome_id, value in mastery_by_id.items()
                     if getattr(value, "state", value) == ACHIEVED)


def needed_count(threshold, total):
    """Outcomes needed to reach ``threshold`` % of ``total`` (rounded up, never more than total)."""
    return min(total, -(-threshold * total // 100))


def evaluate(config, matrix, achieved, reflection_links=()):
    """The learner's :class:`PathwayStatus` (see the module docstring)."""
    achieved = frozenset(achieved)
    links = [frozenset(outcome_ids) for outcome_ids in reflection_links]
    rules = config.rules
    areas = []
    for area in config.areas:
        outcomes = tuple(o for o in matrix.outcomes if o.area == area.code) if matrix else ()
        ids = {outcome.id for outcome in outcomes}
        reflections = sum(1 for linked in links if linked & ids)
        areas.append(AreaStatus(area, outcomes, achieved, reflections, area.code in rules.required_areas))
    required = [area for area in areas if area.required and area.outcomes]
    counted = sum(area.total for area in required)
    done = sum(area.achieved for area in required)
    needed = needed_count(rules.threshold, counted)
    missing = Missing()
    if matrix is not None:
        short = max(0, needed - done)
        missing = Missing(
            outcomes_needed=short,
            outcomes=tuple(o for area in required for o in area.open_outcomes) if short else (),
            reflection_areas=tuple(area.code for area in required if rules.reflection_per_area
                                   and not area.reflections),
        )
    return PathwayStatus(ready=matrix is not None, areas=tuple(areas), counted=counted, achieved=done,
                         needed=needed, missing=missing, threshold=rules.threshold)


# ---------------------------------------------------------------- the next step

OUTCOME = "outcome"
REFLECTION = "reflection"
DONE = "done"


@dataclass(frozen=True)
class NextStep:
    kind: str                    # OUTCOME, REFLECTION or DONE
    area: str = ""
    outcome: object = None       # lom.Outcome for OUTCOME
    activity: object = None      # where to do it (an evidence.Activity), None if no block offers it


def work_activities(outcome_id, activities):
    """Blocks where an outcome can be achieved: its scored activities (assessments), or, when it
    has none, the reflective logs (where a trainer's judgement of an entry counts)."""
    found = tuple(activities.get(outcome_id, ()))
    scored = tuple(a for a in found if a.block_type != REFLECTIVE_LOG)
    return scored or found


def reflection_logs(area, activities):
    """The reflective logs where an entry for ``area`` (an AreaStatus) can be written, once each."""
    logs = {}
    for outcome in area.outcomes:
        for activity in activities.get(outcome.id, ()):
            if activity.block_type == REFLECTIVE_LOG:
                logs.setdefault(activity.usage_key, activity)
    return tuple(logs.values())


def _candidates(status):
    """Steps in pathway order: what unlocks Level 2 first while it is locked, then the rest."""
    missing = status.missing
    if not status.unlocked:
        for area in status.areas:
            if not (area.required and area.outcomes):
                continue
            if missing.outcomes_needed:
                for outcome in area.open_outcomes:
                    yield NextStep(OUTCOME, area.code, outcome)
            if area.code in missing.reflection_areas:
                yield NextStep(REFLECTION, area.code)
        return
    for area in status.areas:
        if not area.config.optional:
            for outcome in area.open_outcomes:
                yield NextStep(OUTCOME, area.code, outcome)


def next_step(status, activities):
    """The learner's next recommended :class:`NextStep`, or None when the course is not ready.

    ``activities``: ``{outcome_id: [Activity(usage_key, block_type, title), ...]}``. The first
    step with a block to do it in wins; if no block offers any of them, the first step is
    returned without one (the view says that no activity gives evidence for it yet).
    """
    if not status.ready:
        return None
    first = None
    for step in _candidates(status):
        first = first or step
        if step.kind == OUTCOME:
            found = work_activities(step.outcome.id, activities)
        else:
            found = reflection_logs(status.area(step.area), activities)
        activity = found[0] if found else None
        if activity is not None:
            return NextStep(step.kind, step.area, step.outcome, activity)
    return first or NextStep(DONE)
