"""Give the demo matrix a cohort, so that staff views show something real.

``python -m jobs4all_xblocks.demo.seed`` (run by ``make run``) records assessment results,
reflections and self-ratings for 36 sample learners (``learner_01`` ...) and for
``student_1`` in the course of the scenario "JOBS4ALL: Learning Outcomes Matrix", through
the same evidence API the blocks use. It runs once: a course that has evidence is left alone.
"""
import random
from datetime import timedelta

import django

SCENARIO_COURSE = "workbench:jobs4all-learning-outcomes-matrix-24-outcomes"
SEED_BLOCK = "workbench:seeded-sample-evidence"
LEARNERS = [f"learner_{n:02d}" for n in range(1, 37)] + ["student_1"]


def seed(course_key=SCENARIO_COURSE):
    # pylint: disable=import-outside-toplevel
    from django.utils import timezone

    from .. import evidence
    from ..blocks.lom import DEFAULT_OUTCOMES
    from ..domain import evidence_kinds as kinds
    from ..domain.lom import parse_matrix
    from ..domain.mastery import MasteryConfig
    from ..models import OutcomeEvidence
    from .services import anonymous_id

    if OutcomeEvidence.objects.filter(course_key=course_key).exists():
        return 0
    matrix = parse_matrix(DEFAULT_OUTCOMES)
    evidence.publish_matrix(course_key, "workbench:seed", matrix, MasteryConfig())
    rng = random.Random(2021)
    start = timezone.now() - timedelta(days=60)
    count = 0
    for number, student in enumerate(LEARNERS):
        learner = anonymous_id(student)
        reach = rng.randint(3, len(matrix.outcomes)) if student != "student_1" else 9
        for index, outcome in enumerate(matrix.outcomes[:reach]):
            when = start + timedelta(days=index * 2 + number % 5, hours=number)
            for attempt in range(1, rng.choice((1, 1, 2, 3)) + 1):
                score = rng.choice((0.4, 0.6, 0.75, 0.9, 1.0))
                evidence.record(learner_id=learner, course_key=course_key, usage_key=SEED_BLOCK,
                                kind=kinds.ASSESSMENT, attempt=attempt, when=when + timedelta(days=attempt),
                                results=[evidence.OutcomeResult(outcome.id, score, 1.0)])
                count += 1
            if rng.random() < 0.5:
                evidence.record(learner_id=learner, course_key=course_key, usage_key=SEED_BLOCK,
                                kind=kinds.SELF_RATING, attempt=1, when=when,
                                results=[evidence.OutcomeResult(outcome.id, rng.randint(1, 5), 5)])
                count += 1
    return count


if __name__ == "__main__":
    django.setup()
    recorded = seed()
    print(f"Demo cohort: {recorded} pieces of sample evidence recorded." if recorded
          else "Demo cohort already present.")
    from .seed_reflections import seed as seed_reflections  # pylint: disable=import-outside-toplevel
    print(f"Reflective log demo: {seed_reflections()} sample entries written.")
    from .seed_pathway import seed as seed_pathway  # pylint: disable=import-outside-toplevel
    print(f"Pathway demo: {seed_pathway()} sample learners seeded.")
