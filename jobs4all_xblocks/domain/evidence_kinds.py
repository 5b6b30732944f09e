"""Kinds of learner evidence and what each one counts for.

* ``assessment``: an item result of a LOM-mapped assessment (scored, counts for mastery);
* ``trainer``: a trainer's judgement of an outcome (scored, counts for mastery);
* ``reflection``: a submitted reflective-log entry linked to the outcome (shows work in progress);
* ``self_rating``: the learner's own confidence rating, 1-5 (shown beside mastery, never counted).
"""
from .problems import gettext_noop

ASSESSMENT = "assessment"
TRAINER = "trainer"
REFLECTION = "reflection"
SELF_RATING = "self_rating"

KINDS = {
    ASSESSMENT: gettext_noop("Assessment"),
    TRAINER: gettext_noop("Trainer judgement"),
    REFLECTION: gettext_noop("Reflection"),
    SELF_RATING: gettext_noop("Self-rating"),
}
SCORED_KINDS = frozenset({ASSESSMENT, TRAINER})
SELF_RATING_SCALE = range(1, 6)
