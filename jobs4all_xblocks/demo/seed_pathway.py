"""A cohort for the scenario "JOBS4ALL: Pathway, cohort view for course staff".

``python -m jobs4all_xblocks.demo.seed_pathway`` (also run by ``python -m
jobs4all_xblocks.demo.seed``, i.e. ``make run``) records, through the same evidence API the
blocks use, assessment results of 30 sample learners who got more or less far along the
pathway, and reflective entries of most of them in the scenario's log, so that the staff
view (``?student=staff_1``) shows completed areas and learners who unlocked Level 2. It runs
once: a course that has evidence is left alone.
"""
import random
from datetime import timedelta

import django
from . import scenarios

SCENARIO_TITLE = "JOBS4ALL: Pathway, cohort view for course staff (30 sample learners)"
LEARNERS = [f"learner_{n:02d}" for n in range(1, 31)]
SEED_BLOCK = "workbench:seeded-sample-evidence"
ANSWER = ("I met the employer again and we agreed on the next placement; the plan we wrote together "
          "made the expectations on both sides much clearer.")


def scenario_keys():
    """(course key, usage key of the scenario's reflective log)."""
    return scenarios.scenario_keys(SCENARIO_TITLE, "jobs4all_reflective_log")


def seed():
    """Record the sample cohort once; returns the number of learners seeded."""
    # pylint: disable=import-outside-toplevel
    from django.utils import timezone

    from .. import evidence
    from ..blocks.lom import DEFAULT_OUTCOMES
    from ..domain import evidence_kinds as kinds
    from ..domain.lom import parse_matrix
    from ..domain.mastery import MasteryConfig
    from ..domain.reflection_entries import Draft
    from ..models import OutcomeEvidence
    from .services import anonymous_id

    course_key, log_key = scenario_keys()
    if OutcomeEvidence.objects.filter(course_key=course_key).exists():
        return 0
    matrix = parse_matrix(DEFAULT_OUTCOMES)
    evidence.publish_matrix(course_key, "workbench:seed", matrix, MasteryConfig())
    rng = random.Random(2026)
    start = timezone.now() - timedelta(days=45)
    prompts = [("experience", "What happened, and what did you learn?")]
    for number, student in enumerate(LEARNERS):
        learner = anonymous_id(student)
        reach = rng.randint(2, len(matrix.outcomes))          # outcomes worked on, in pathway order
        for index, outcome in enumerate(matrix.outcomes[:reach]):
            score = rng.choice((0.5, 0.8, 0.9, 1.0, 1.0))
            evidence.record(learner_id=learner, course_key=course_key, usage_key=SEED_BLOCK, kind=kinds.ASSESSMENT,
                            attempt=1, when=start + timedelta(days=index, hours=number),
                            results=[evidence.OutcomeResult(outcome.id, score, 1.0)])
        areas = sorted({outcome.area for outcome in matrix.outcomes[:reach]})
        linked = [next(o.id for o in matrix.outcomes if o.area == code) for code in areas if rng.random() < 0.8]
        if linked:
            evidence.save_reflection(
                course_key=course_key, usage_key=log_key, learner_id=learner, entry_id=None, base_version=0,
                draft=Draft("What I learnt from my employer partners", {"experience": ANSWER}, tuple(linked)),
                prompts=prompts, submit=True, when=start + timedelta(days=reach, hours=number))
    return len(LEARNERS)


if __name__ == "__main__":
    django.setup()
    seeded = seed()
    print(f"Pathway demo: {seeded} sample learners seeded." if seeded else "Pathway demo cohort already present.")
