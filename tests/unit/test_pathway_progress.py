"""The learner's next step, cohort counts and the content of the CPD record."""
from collections import namedtuple
from datetime import datetime, timedelta, timezone

import pytest

from jobs4all_xblocks.domain.cpd_record import cpd_record
from jobs4all_xblocks.domain.mastery import ACHIEVED, IN_PROGRESS, Mastery
from jobs4all_xblocks.domain.pathway import default_areas, parse_pathway
from jobs4all_xblocks.domain.pathway_cohort import cohort_pathway
from jobs4all_xblocks.domain.pathway_eval import DONE, OUTCOME, REFLECTION, evaluate, next_step
from tests.unit.test_pathway_rules import L1, MATRIX, config

Activity = namedtuple("Activity", "usage_key block_type title")
Row = namedtuple("Row", "outcome_id usage_key kind attempt score max_score created")
Entry = namedtuple("Entry", "usage_key entry_id title submitted_at outcome_ids feedback_at")
QUIZ_1 = Activity("quiz-1", "jobs4all_assessment", "Module 1 check")
QUIZ_2 = Activity("quiz-2", "jobs4all_assessment", "Module 2 check")
LOG = Activity("log", "jobs4all_reflective_log", "My log")
LOG_3 = Activity("log-3", "jobs4all_reflective_log", "Module 3 log")
T0 = datetime(2026, 3, 1, 9, 0, tzinfo=timezone.utc)


def activities(**extra):
    table = {o: [QUIZ_1, LOG] for o in L1[:4]}
    table.update({o: [LOG, QUIZ_2] for o in L1[4:8]})
    table.update({o: [LOG_3] for o in L1[8:]})
    table.update(extra)
    return table


# ---------------------------------------------------------------- next step

# (name, achieved, reflections, activities, expected (kind, area, outcome id or None, activity or None))
STEPS = [
    ("first open outcome, assessment before log", [], [], activities(), (OUTCOME, "1.1", "LO-1.1", QUIZ_1)),
    ("area by area: area 1.1's reflection before area 1.2", L1[:4], [], activities(),
     (REFLECTION, "1.1", None, LOG)),
    ("skips achieved outcomes and reflected areas", L1[:4], [["LO-1.1"]], activities(),
     (OUTCOME, "1.2", "LO-2.1", QUIZ_2)),
    ("threshold met: the missing reflection is next", L1[:9], [], activities(), (REFLECTION, "1.1", None, LOG)),
    ("reflection of area 1.3 in its own log", L1[:9], [["LO-1.1", "LO-2.1"]], activities(),
     (REFLECTION, "1.3", None, LOG_3)),
    ("only a log offers the outcome: take it", L1[:8], [["LO-1.1", "LO-2.1", "LO-3.1"]], activities(),
     (OUTCOME, "1.3", "LO-3.1", LOG_3)),
    ("outcomes without any activity are passed over", [], [], {"LO-1.3": [QUIZ_1]},
     (OUTCOME, "1.1", "LO-1.3", QUIZ_1)),
    ("nothing offers anything: the first need, without a link", [], [], {}, (OUTCOME, "1.1", "LO-1.1", None)),
    ("unlocked: carry on with Level 2", L1, [["LO-1.1", "LO-2.1", "LO-3.1"]], {"LO-4.2": [QUIZ_2]},
     (OUTCOME, "2.1", "LO-4.2", QUIZ_2)),
    ("everything achieved", [o.id for o in MATRIX.outcomes], [["LO-1.1", "LO-2.1", "LO-3.1"]], activities(),
     (DONE, "", None, None)),
]


@pytest.mark.parametrize("name, achieved, reflections, table, expected", STEPS, ids=[s[0] for s in STEPS])
def test_next_step(name, achieved, reflections, table, expected):
    step = next_step(evaluate(config(), MATRIX, achieved, reflections), table)
    assert (step.kind, step.area, step.outcome.id if step.outcome else None, step.activity) == expected, name


def test_no_next_step_without_a_matrix():
    assert next_step(evaluate(config(), None, [], []), activities()) is None


# ---------------------------------------------------------------- cohort

def test_cohort_counts_completed_areas_reflections_and_unlocked_learners():
    area_11 = {o: ACHIEVED for o in L1[:4]}
    states = {
        "ana": {**{o: ACHIEVED for o in L1}, "LO-4.1": IN_PROGRESS},            # all Level 1, reflected: unlocked
        "ben": {**{o: ACHIEVED for o in L1[:9]}},                              # enough, but no reflection
        "cem": {**area_11, "LO-2.1": IN_PROGRESS},                             # area 1.1 only
        "dia": {o.id: ACHIEVED for o in MATRIX.outcomes},                      # everything, reflected
    }
    reflected = {"ana": {"LO-1.1", "LO-2.1", "LO-3.1"}, "dia": {"LO-1.4", "LO-2.2", "LO-3.3", "LO-6.1"},
                 "eve": {"LO-1.2"}}                                             # eve: a reflection only
    cohort = cohort_pathway(config(), MATRIX, states, reflected)
    assert cohort.learners == 5
    assert cohort.unlocked == 2
    assert cohort.completed == {"1.1": 4, "1.2": 3, "1.3": 2, "2.1": 1, "2.2": 1, "2.3": 1}
    assert cohort.reflected == {"1.1": 3, "1.2": 2, "1.3": 2, "2.1": 0, "2.2": 0, "2.3": 1}
    assert cohort.share(cohort.unlocked) == 40


def test_cohort_follows_the_rules():
    states = {"ben": {o: ACHIEVED for o in L1[:9]}}
    assert cohort_pathway(config(), MATRIX, states, {}).unlocked == 0
    assert cohort_pathway(config(reflections=False), MATRIX, states, {}).unlocked == 1
    empty = cohort_pathway(config(), MATRIX, {}, {})
    assert (empty.learners, empty.unlocked, empty.share(0)) == (0, 0, 0)


# ---------------------------------------------------------------- CPD record

def mastery(achieved_at, level=1.0):
    return Mastery(state=ACHIEVED, level=level, scored_count=1, evidence_count=1, self_rating=None,
                   first_at=achieved_at, last_at=achieved_at, achieved_at=achieved_at)


def test_cpd_record_content():
    pathway = parse_pathway([dict(area, hours_f2f=4, hours_self=5) if area["code"] == "1.1" else area
                             for area in default_areas()], {})
    achieved = {o: mastery(T0 + timedelta(days=n), 0.9) for n, o in enumerate(L1[:4])}
    achieved["LO-2.1"] = mastery(T0 + timedelta(days=9))
    rows = [Row("LO-1.1", "quiz-1", "assessment", 1, 1, 1, T0),
            Row("LO-1.1", "log", "reflection", 7, 1, 1, T0 + timedelta(days=2)),
            Row("LO-1.1", "quiz-1", "self_rating", 1, 4, 5, T0),
            Row("LO-1.2", "log", "trainer", 7, 1.0, 1.0, T0 + timedelta(days=3)),
            Row("LO-2.1", "log", "trainer", 8, 0.5, 1.0, T0 + timedelta(days=9)),
            Row("LO-9.9", "old-log", "trainer", 2, 0.3, 1.0, T0 - timedelta(days=1))]
    entries = [Entry("log", 8, "Second thoughts", T0 + timedelta(days=8), ("LO-2.1",), None),
               Entry("log", 7, "First placement", T0 + timedelta(days=2), ("LO-1.1", "LO-1.2"), T0 + timedelta(days=3))]
    status = evaluate(pathway, MATRIX, achieved, [e.outcome_ids for e in entries])
    record = cpd_record(status, achieved, rows, entries)

    assert [line.area.code for line in record.modules] == ["1.1", "1.2", "1.3", "2.1", "2.2", "2.3"]
    assert record.modules[0].hours == {"hours_f2f": 4, "hours_self": 5, "hours_assessment": 1}
    assert record.done_hours == {"hours_f2f": 4, "hours_self": 5, "hours_assessment": 1}   # area 1.1 completed
    assert record.done_total == 10 and record.planned_total == 60
    assert [(o.outcome.id, o.achieved_at, o.kinds) for o in record.outcomes] == [
        ("LO-1.1", T0, ("assessment", "reflection")),
        ("LO-1.2", T0 + timedelta(days=1), ("trainer",)),
        ("LO-1.3", T0 + timedelta(days=2), ()),
        ("LO-1.4", T0 + timedelta(days=3), ()),
        ("LO-2.1", T0 + timedelta(days=9), ("trainer",)),
    ]
    assert [e.title for e in record.reflections] == ["First placement", "Second thoughts"]
    assert [(j.outcome_id, j.judgement, j.entry_title) for j in record.judgements] == [
        ("LO-9.9", None, ""), ("LO-1.2", "demonstrated", "First placement"), ("LO-2.1", "partly", "Second thoughts")]
    assert record.judgements[0].outcome is None and record.judgements[0].ratio == pytest.approx(0.3)
    assert not record.level2_unlocked


def test_cpd_record_lists_optional_areas_only_once_started():
    pathway = parse_pathway([dict(area, optional=area["code"] in ("2.2", "2.3")) for area in default_areas()], {})
    status = evaluate(pathway, MATRIX, ["LO-6.1"], [])
    record = cpd_record(status, {"LO-6.1": mastery(T0)}, [], [])
    assert [line.area.code for line in record.modules] == ["1.1", "1.2", "1.3", "2.1", "2.3"]
    assert record.planned_total == 50 and record.done_total == 0
