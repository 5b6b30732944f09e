"""The pathway section of the evidence store: publishing the rules, the cohort's reflections."""
import pytest

from jobs4all_xblocks import evidence
from jobs4all_xblocks.domain import evidence_kinds as kinds
from jobs4all_xblocks.domain.pathway import default_areas, default_config, parse_pathway

COURSE = "workbench:pathway-store"
pytestmark = pytest.mark.django_db


def strict():
    return parse_pathway(default_areas(), {"threshold": 100})


def test_first_pathway_is_published_and_others_wait_unless_saved_in_studio():
    assert evidence.course_pathway(COURSE) is None
    assert evidence.publish_pathway(COURSE, "pathway-a", default_config())
    assert not evidence.publish_pathway(COURSE, "pathway-a", default_config())          # unchanged
    assert not evidence.publish_pathway(COURSE, "pathway-b", strict())                  # another block, rendered
    published = evidence.course_pathway(COURSE)
    assert published.usage_key == "pathway-a" and published.config == default_config()
    assert evidence.publish_pathway(COURSE, "pathway-b", strict(), take_over=True)      # saved in Studio
    published = evidence.course_pathway(COURSE)
    assert published.usage_key == "pathway-b" and published.config.rules.threshold == 100
    assert evidence.publish_pathway(COURSE, "pathway-b", default_config())              # the owner changes it
    assert evidence.course_pathway(COURSE).config == default_config()
    assert evidence.course_pathway("workbench:other") is None


def test_reflected_outcomes_of_the_cohort():
    def record(learner, attempt, outcomes, kind=kinds.REFLECTION):
        evidence.record(learner_id=learner, course_key=COURSE, usage_key="log", kind=kind, attempt=attempt,
                        results=[evidence.OutcomeResult(o, 1.0, 1.0) for o in outcomes])
    record("ana", 1, ["LO-1.1", "LO-2.1"])
    record("ana", 2, ["LO-1.1"])
    record("ben", 1, ["LO-3.2"])
    record("cem", 1, ["LO-1.1"], kind=kinds.ASSESSMENT)
    assert evidence.reflected_outcomes(COURSE) == {"ana": {"LO-1.1", "LO-2.1"}, "ben": {"LO-3.2"}}
