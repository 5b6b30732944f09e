"""The learner-evidence store: recording, mastery kept current, cohort queries, privacy."""
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from jobs4all_xblocks import evidence
from jobs4all_xblocks.domain import evidence_kinds as kinds
from jobs4all_xblocks.domain import mastery as rules
from jobs4all_xblocks.domain.lom import parse_matrix
from jobs4all_xblocks.models import OutcomeEvidence

pytestmark = pytest.mark.django_db
COURSE = "course-v1:J4A+CPD+2026"
MATRIX = parse_matrix([
    {"id": f"LO-{n}", "title": f"Outcome {n}", "area": "1.1", "eqf_domain": "skills", "eqf_level": 5}
    for n in range(1, 4)
])


def result(outcome_id, score, max_score=1.0):
    return evidence.OutcomeResult(outcome_id, score, max_score)


def record(learner, results, attempt=1, kind=kinds.ASSESSMENT, when=None, **kwargs):
    return evidence.record(learner_id=learner, course_key=COURSE, usage_key="block-a", kind=kind,
                           attempt=attempt, results=results, when=when, **kwargs)


def test_record_keeps_mastery_current_and_returns_it():
    evidence.publish_matrix(COURSE, "lom", MATRIX, rules.MasteryConfig(method=rules.HIGHEST, threshold=0.7))
    states = record("anon-1", [result("LO-1", 0.9), result("LO-2", 1, 4)])
    assert states["LO-1"].state == rules.ACHIEVED
    assert states["LO-2"].state == rules.IN_PROGRESS and states["LO-2"].level == 0.25
    stored = evidence.learner_mastery(COURSE, "anon-1")
    assert {k: v.state for k, v in stored.items()} == {"LO-1": rules.ACHIEVED, "LO-2": rules.IN_PROGRESS}


def test_same_attempt_twice_is_refused_and_changes_nothing():
    record("anon-1", [result("LO-1", 0.2)])
    with pytest.raises(evidence.DuplicateEvidence):
        record("anon-1", [result("LO-3", 1.0), result("LO-1", 1.0)])
    assert OutcomeEvidence.objects.count() == 1
    assert set(evidence.learner_mastery(COURSE, "anon-1")) == {"LO-1"}
    assert evidence.learner_mastery(COURSE, "anon-1")["LO-1"].state == rules.IN_PROGRESS


def test_replace_revises_a_judgement_and_withdraw_removes_it():
    record("anon-1", [result("LO-1", 1.0)], kind=kinds.TRAINER, attempt=7)
    assert evidence.learner_mastery(COURSE, "anon-1")["LO-1"].state == rules.ACHIEVED
    record("anon-1", [result("LO-1", 0.0)], kind=kinds.TRAINER, attempt=7, replace=True)
    assert evidence.learner_mastery(COURSE, "anon-1")["LO-1"].state == rules.IN_PROGRESS
    evidence.withdraw(learner_id="anon-1", course_key=COURSE, usage_key="block-a", kind=kinds.TRAINER, attempt=7)
    assert evidence.learner_mastery(COURSE, "anon-1")["LO-1"].state == rules.NOT_STARTED


@pytest.mark.parametrize("bad", [result("LO-1", 2.0), result("LO-1", -1), result("LO-1", 0, 0)])
def test_out_of_range_scores_are_a_programming_error(bad):
    with pytest.raises(ValueError):
        record("anon-1", [bad])


def test_learners_see_only_their_own_evidence():
    record("anon-1", [result("LO-1", 1.0)])
    record("anon-2", [result("LO-2", 1.0)])
    assert set(evidence.learner_mastery(COURSE, "anon-1")) == {"LO-1"}
    assert [row.outcome_id for row in evidence.learner_evidence(COURSE, "anon-2")] == ["LO-2"]
    assert evidence.learner_mastery("other-course", "anon-1") == {}


def test_cohort_summary_counts_learners_per_state():
    evidence.publish_matrix(COURSE, "lom", MATRIX, rules.MasteryConfig(method=rules.HIGHEST))
    record("anon-1", [result("LO-1", 1.0), result("LO-2", 0.1)])
    record("anon-2", [result("LO-1", 0.1)])
    record("anon-3", [result("LO-3", 0.9)])
    summary = evidence.cohort_summary(COURSE)
    assert summary.learners == 3
    assert summary.for_outcome("LO-1") == {rules.NOT_STARTED: 1, rules.IN_PROGRESS: 1, rules.ACHIEVED: 1}
    assert summary.for_outcome("LO-2") == {rules.NOT_STARTED: 2, rules.IN_PROGRESS: 1, rules.ACHIEVED: 0}


def test_cohort_summary_is_two_queries():
    record("anon-1", [result("LO-1", 1.0)])
    with CaptureQueriesContext(connection) as queries:
        evidence.cohort_summary(COURSE)
    assert len(queries) == 2


def test_changing_the_mastery_rule_recomputes_every_learner():
    evidence.publish_matrix(COURSE, "lom", MATRIX, rules.MasteryConfig(method=rules.HIGHEST, threshold=0.7))
    now = timezone.now()
    record("anon-1", [result("LO-1", 0.9)], when=now - timedelta(days=2))
    record("anon-1", [result("LO-1", 0.1)], attempt=2, when=now)
    assert evidence.learner_mastery(COURSE, "anon-1")["LO-1"].state == rules.ACHIEVED
    changed = evidence.publish_matrix(COURSE, "lom", MATRIX, rules.MasteryConfig(method=rules.LATEST, threshold=0.7))
    assert changed
    assert evidence.learner_mastery(COURSE, "anon-1")["LO-1"].state == rules.IN_PROGRESS


def test_only_the_owner_or_a_studio_save_replaces_the_course_matrix():
    evidence.publish_matrix(COURSE, "lom-1", MATRIX, rules.MasteryConfig())
    other = parse_matrix([{"id": "X", "title": "Other", "area": "2.1", "eqf_domain": "skills", "eqf_level": 5}])
    assert not evidence.publish_matrix(COURSE, "lom-2", other, rules.MasteryConfig())
    assert evidence.course_lom(COURSE).matrix == MATRIX
    assert evidence.publish_matrix(COURSE, "lom-2", other, rules.MasteryConfig(), take_over=True)
    lom = evidence.course_lom(COURSE)
    assert (lom.matrix, lom.usage_key) == (other, "lom-2")


def test_unpublished_course_has_default_rule_and_no_matrix():
    lom = evidence.course_lom("nothing-here")
    assert lom.matrix is None and lom.config == rules.MasteryConfig()


def test_activities_link_outcomes_to_blocks():
    evidence.register_activity(COURSE, "quiz-1", "jobs4all_assessment", "Module 1 quiz", ["LO-1", "LO-2"])
    evidence.register_activity(COURSE, "quiz-1", "jobs4all_assessment", "Module 1 quiz", ["LO-2"])
    found = evidence.activities(COURSE)
    assert list(found) == ["LO-2"]
    assert found["LO-2"][0].title == "Module 1 quiz"
