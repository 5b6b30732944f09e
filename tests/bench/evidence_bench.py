"""Benchmark of the evidence store: ``make bench`` (python -m tests.bench.evidence_bench).

Records evidence for LEARNERS x 24 outcomes through ``evidence.record`` (as the blocks do,
one call per learner and attempt) into a fresh SQLite file, then times the queries views
run: the cohort summary (LOM staff view), one learner's matrix, one more submission.
The goal for the cohort summary is < 300 ms on SQLite at 10,000 learners.
"""
import os
import statistics
import sys
import tempfile
import time

LEARNERS = int(os.environ.get("BENCH_LEARNERS", "10000"))
COURSE = "course-v1:JOBS4ALL+CPD+BENCH"


def timed(function, repeat=7):
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), min(times)


def main():
    folder = tempfile.mkdtemp(prefix="j4a-bench-")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "jobs4all_xblocks.demo.settings")
    os.environ["JOBS4ALL_DEMO_DIR"] = folder
    import django  # pylint: disable=import-outside-toplevel
    django.setup()
    from django.core.management import call_command  # pylint: disable=import-outside-toplevel

    from jobs4all_xblocks import evidence  # pylint: disable=import-outside-toplevel
    from jobs4all_xblocks.blocks.lom import DEFAULT_OUTCOMES  # pylint: disable=import-outside-toplevel
    from jobs4all_xblocks.domain.lom import parse_matrix  # pylint: disable=import-outside-toplevel
    from jobs4all_xblocks.domain.mastery import MasteryConfig  # pylint: disable=import-outside-toplevel

    call_command("migrate", run_syncdb=True, verbosity=0)
    matrix = parse_matrix(DEFAULT_OUTCOMES)
    evidence.publish_matrix(COURSE, "lom", matrix, MasteryConfig())
    ids = matrix.ids
    print(f"Evidence store benchmark: {LEARNERS} learners x {len(ids)} outcomes, SQLite in {folder}")
    start = time.perf_counter()
    for n in range(LEARNERS):
        results = [evidence.OutcomeResult(o, ((n * 7 + i * 13) % 10) / 10, 1.0) for i, o in enumerate(ids)]
        evidence.record(learner_id=f"anon-{n:05d}", course_key=COURSE, usage_key="quiz", kind="assessment",
                        attempt=1, results=results)
    elapsed = time.perf_counter() - start
    print(f"  record: {LEARNERS} submissions of {len(ids)} outcome results in {elapsed:.1f} s "
          f"({elapsed / LEARNERS * 1000:.2f} ms per submission)")
    summary = evidence.cohort_summary(COURSE)
    assert summary.learners == LEARNERS, summary.learners
    median, best = timed(lambda: evidence.cohort_summary(COURSE))
    verdict = "meets" if median < 300 else "MISSES"
    print(f"  cohort summary: median {median:.1f} ms, best {best:.1f} ms ({verdict} the 300 ms goal)")
    median, best = timed(lambda: evidence.learner_mastery(COURSE, "anon-04242"))
    print(f"  one learner's matrix: median {median:.2f} ms, best {best:.2f} ms")
    counter = iter(range(2, 100))
    median, best = timed(lambda: evidence.record(
        learner_id="anon-04242", course_key=COURSE, usage_key="quiz", kind="assessment", attempt=next(counter),
        results=[evidence.OutcomeResult(o, 1.0, 1.0) for o in ids[:4]]))
    print(f"  one more submission (4 outcomes): median {median:.2f} ms, best {best:.2f} ms")
    size = os.path.getsize(os.path.join(folder, "jobs4all-demo.sqlite3")) / 1e6
    print(f"  database size: {size:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
