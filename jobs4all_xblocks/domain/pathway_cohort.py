"""The pathway of a whole cohort: how many learners completed each area, how many unlocked Level 2.

Each learner is evaluated with the same rules as on their own map (:mod:`.pathway_eval`),
from two tables the evidence store gives in one query each: every learner's state of every
outcome, and the outcomes each learner's submitted reflective entries are linked to.
Learners without any evidence are not counted (the store does not know them).
"""
from dataclasses import dataclass

from .pathway_eval import achieved_ids, evaluate


@dataclass(frozen=True)
class CohortPathway:
    learners: int                # learners with any evidence in the course
    completed: dict              # {area code: learners who completed the area}
    reflected: dict              # {area code: learners with a submitted entry for the area}
    unlocked: int                # learners for whom Level 2 is open

    def share(self, number):
        return int(100 * number // self.learners) if self.learners else 0


def cohort_pathway(config, matrix, states_by_learner, reflected_by_learner):
    """Counts of :class:`CohortPathway`.

    ``states_by_learner``: ``{learner: {outcome_id: state}}``; ``reflected_by_learner``:
    ``{learner: outcome ids linked to the learner's submitted entries}``.
    """
    codes = [area.code for area in config.areas]
    completed = dict.fromkeys(codes, 0)
    reflected = dict.fromkeys(codes, 0)
    unlocked = 0
    learners = set(states_by_learner) | set(reflected_by_learner)
    for learner in learners:
        linked = reflected_by_learner.get(learner, ())
        status = evaluate(config, matrix, achieved_ids(states_by_learner.get(learner, {})),
                          [linked] if linked else [])
        for area in status.areas:
            completed[area.code] += area.completed
            reflected[area.code] += bool(area.reflections)
        unlocked += status.unlocked
    return CohortPathway(learners=len(learners), completed=completed, reflected=reflected, unlocked=unlocked)
