"""What the pathway views need from the evidence store, gathered in one place.

The pathway block and every Level-2 gate evaluate a learner the same way: the course's
published pathway (the defaults while no pathway block has published one), the course's
matrix, the learner's mastery and the learner's submitted reflective entries.
"""
from dataclasses import dataclass

from .. import evidence
from ..domain.pathway import default_config
from ..domain.pathway_eval import achieved_ids, evaluate


@dataclass(frozen=True)
class LearnerPathway:
    config: object               # domain.pathway.PathwayConfig
    matrix: object               # domain.lom.Matrix or None
    mastery: dict                # {outcome_id: Mastery}
    reflections: list            # evidence.ReflectionSummary, newest first
    status: object               # domain.pathway_eval.PathwayStatus


def course_config(course_key):
    """``(PathwayConfig, published)``: the course's published pathway, else the defaults."""
    published = evidence.course_pathway(course_key)
    return (published.config, True) if published else (default_config(), False)


def learner_pathway(course_key, learner_id, config=None):
    """A learner's :class:`LearnerPathway` (an anonymous visitor has no evidence)."""
    config = config or course_config(course_key)[0]
    matrix = evidence.course_lom(course_key).matrix
    mastery = evidence.learner_mastery(course_key, learner_id) if learner_id else {}
    reflections = evidence.submitted_reflections(course_key, learner_id) if learner_id else []
    status = evaluate(config, matrix, achieved_ids(mastery), [entry.outcome_ids for entry in reflections])
    return LearnerPathway(config, matrix, mastery, reflections, status)
