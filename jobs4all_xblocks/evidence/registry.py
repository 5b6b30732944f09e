"""What the course's blocks publish for each other, and who owns it.

Blocks cannot read each other's fields, so the LOM block publishes the course's matrix and
mastery rule, the pathway block its areas and unlock rules, and the evidence-giving blocks
which outcomes they give evidence for. One block owns each published definition: it
publishes on every render only while it owns it (or nobody does), and takes it over when an
author saves it in Studio.
"""
import hashlib
import json
from collections import defaultdict
from dataclasses import dataclass

from django.db import transaction

from ..domain import mastery as rules
from ..domain.lom import Matrix, parse_matrix
from ..domain.pathway import parse_pathway
from ..models import CourseMatrix, CoursePathway, OutcomeActivity
from . import outcomes


def _fingerprint(data):
    return hashlib.sha256(json.dumps(data, sort_keys=True).encode("utf-8")).hexdigest()


def _publish(model, course_key, usage_key, fields, *, take_over):
    """Store ``fields`` as the course's row of ``model``; returns ``(changed, previous row)``."""
    fingerprint = _fingerprint(fields)
    current = model.objects.select_for_update().filter(course_key=course_key).first()
    if current is not None:
        if current.usage_key != usage_key and not take_over:
            return False, current
        if current.fingerprint == fingerprint and current.usage_key == usage_key:
            return False, current
    model.objects.update_or_create(course_key=course_key,
                                   defaults={**fields, "usage_key": usage_key, "fingerprint": fingerprint})
    return True, current


# ---------------------------------------------------------------- the course's matrix

@dataclass(frozen=True)
class CourseLom:
    matrix: Matrix | None
    config: rules.MasteryConfig
    usage_key: str | None


def publish_matrix(course_key, usage_key, matrix, config, *, take_over=False):
    """Make ``matrix`` and ``config`` the course's LOM. Returns True when something changed.

    When the mastery rule changes, every learner's mastery in the course is recomputed.
    """
    with transaction.atomic():
        changed, previous = _publish(CourseMatrix, course_key, usage_key,
                                     {"outcomes": matrix.as_dicts(), "mastery": config.as_dict()},
                                     take_over=take_over)
        if changed and previous is not None and previous.mastery != config.as_dict():
            outcomes.recompute_course(course_key, config)
    return changed


def course_lom(course_key):
    """The course's published matrix and mastery rule (defaults when none is published)."""
    row = CourseMatrix.objects.filter(course_key=course_key).first()
    if row is None:
        return CourseLom(None, rules.MasteryConfig(), None)
    return CourseLom(parse_matrix(row.outcomes), rules.parse_config(row.mastery), row.usage_key)


def mastery_config(course_key):
    """The course's mastery rule (the default while no matrix is published)."""
    row = CourseMatrix.objects.filter(course_key=course_key).values_list("mastery", flat=True).first()
    return rules.parse_config(row) if row else rules.MasteryConfig()


# ---------------------------------------------------------------- the course's pathway

@dataclass(frozen=True)
class PublishedPathway:
    config: object               # domain.pathway.PathwayConfig
    usage_key: str


def publish_pathway(course_key, usage_key, config, *, take_over=False):
    """Make ``config`` (a PathwayConfig) the course's pathway, so that Level-2 gates anywhere in
    the course evaluate the same rules. Returns True when something changed."""
    with transaction.atomic():
        changed, _ = _publish(CoursePathway, course_key, usage_key, {"rules": config.as_dict()},
                              take_over=take_over)
    return changed


def course_pathway(course_key):
    """The course's published :class:`PublishedPathway`, or None when no pathway block has published one."""
    row = CoursePathway.objects.filter(course_key=course_key).first()
    if row is None:
        return None
    return PublishedPathway(parse_pathway(row.rules.get("areas", []), row.rules.get("rules", {})), row.usage_key)


# ---------------------------------------------------------------- activities

@dataclass(frozen=True)
class Activity:
    usage_key: str
    block_type: str
    title: str


def register_activity(course_key, usage_key, block_type, title, outcome_ids):
    """Declare that the block ``usage_key`` gives evidence for ``outcome_ids`` (replaces earlier)."""
    outcome_ids = sorted(set(outcome_ids))
    current = set(OutcomeActivity.objects.filter(course_key=course_key, usage_key=usage_key)
                  .values_list("outcome_id", "block_type", "title"))
    wanted = {(outcome_id, block_type, title[:255]) for outcome_id in outcome_ids}
    if current == wanted:
        return
    with transaction.atomic():
        OutcomeActivity.objects.filter(course_key=course_key, usage_key=usage_key).delete()
        OutcomeActivity.objects.bulk_create([
            OutcomeActivity(course_key=course_key, usage_key=usage_key, outcome_id=outcome_id,
                            block_type=block_type, title=title[:255])
            for outcome_id in outcome_ids
        ])


def activities(course_key):
    """``{outcome_id: [Activity, ...]}`` of the course."""
    found = defaultdict(list)
    for row in OutcomeActivity.objects.filter(course_key=course_key).order_by("usage_key"):
        found[row.outcome_id].append(Activity(row.usage_key, row.block_type, row.title))
    return dict(found)
