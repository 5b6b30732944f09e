"""``jobs4all_pathway``: the two-level employer-engagement pathway of a course.

Learners see a map of the six areas in two levels with, per area, the outcomes they have
achieved, the reflective entries they have submitted and the blended hours of its module;
their next recommended step, linked; what they still need for Level 2; and a printable CPD
record. Course staff see how the cohort progresses. The block publishes its areas and unlock
rules to the evidence store, where Level-2 gates (:mod:`.gate`) anywhere in the course find
them.

Split by job: Studio (``pathway_studio``), the CPD record (``pathway_record``), OLX
(``pathway_olx``), presentation (``pathway_present``), loading (``pathway_data``); the rules
are in ``domain.pathway*``.
"""
from xblock.completable import XBlockCompletionMode
from xblock.core import XBlock
from xblock.fields import Dict, List, Scope, String

from .. import evidence
from ..domain.pathway import default_areas, default_rules, parse_pathway
from ..domain.pathway_cohort import cohort_pathway
from ..domain.pathway_eval import next_step
from ..domain.problems import DomainError
from ..domain.problems import gettext_noop as N_
from .api import json_api
from .base import Jobs4AllBlock
from .olx import ChildElementsMixin
from .pathway_data import learner_pathway
from .pathway_olx import AreaCodec, RulesCodec
from .pathway_present import CSS, PathwayPresenter
from .pathway_record import RecordMixin
from .pathway_studio import StudioMixin

BLOCK_TYPE = "jobs4all_pathway"


class PathwayBlock(StudioMixin, RecordMixin, ChildElementsMixin, Jobs4AllBlock):
    """The pathway map, the Level-2 unlock rules and the learner's CPD record."""

    display_name = String(display_name=N_("Display name"), default=N_("Your CPD pathway"), scope=Scope.settings)
    areas = List(display_name=N_("Areas"), default=default_areas(), scope=Scope.content,
                 help=N_("Per area: title, module, blended hours and whether it is optional."))
    rules = Dict(display_name=N_("Unlock rules of Level 2"), default=default_rules(), scope=Scope.content)

    xml_children = {"areas": AreaCodec, "rules": RulesCodec}
    has_author_view = True
    show_in_read_only_mode = True
    completion_mode = XBlockCompletionMode.EXCLUDED
    icon_class = "other"

    # ------------------------------------------------------------ definition
    def definition(self):
        """The :class:`PathwayConfig`; raises DomainError when the stored data is invalid."""
        return parse_pathway(self.areas, self.rules)

    def publish(self, config, take_over=False):
        evidence.publish_pathway(self.course_key, self.usage_key, config, take_over=take_over)

    def _broken_view(self, error):
        context = {"display_name": self.display_name, "staff": self.can_author() or self.is_staff(),
                   "problems": self.render_problems(error.problems)}
        return self.build_fragment("pathway/broken.html", context, css=CSS)

    # ------------------------------------------------------------ learner and staff view
    @XBlock.supports("multi_device")
    def student_view(self, context=None):
        try:
            config = self.definition()
        except DomainError as error:
            return self._broken_view(error)
        self.publish(config)
        learner = self.learner_id
        data = learner_pathway(self.course_key, learner, config)
        activities = evidence.activities(self.course_key)
        presenter = PathwayPresenter(self, config)
        status = data.status
        context = {
            "display_name": self.display_name,
            "signed_in": bool(learner),
            "status": status,
            "levels": presenter.levels(status),
            "missing": presenter.missing(status, activities),
            "next": presenter.next_step(next_step(status, activities)) if learner else None,
            "rules": presenter.rules_text(),
            "record_url": self.runtime.handler_url(self, "cpd_record"),
            "download_url": self.runtime.handler_url(self, "cpd_record", query="download=1"),
            "staff": self.is_staff(),
        }
        if context["staff"]:
            cohort = cohort_pathway(config, data.matrix, evidence.cohort_mastery(self.course_key),
                                    evidence.reflected_outcomes(self.course_key))
            context["cohort"] = presenter.cohort(cohort)
            context["elsewhere"] = self.rules_owner() not in (None, self.usage_key)
        return self.build_fragment("pathway/student.html", context, css=CSS)

    def rules_owner(self):
        """The usage key of the pathway whose rules the course's gates apply (None: none yet)."""
        published = evidence.course_pathway(self.course_key)
        return published.usage_key if published else None

    # ------------------------------------------------------------ mobile apps, search
    def student_view_data(self, context=None):
        """The pathway's configuration (Course Blocks API); the learner's standing comes from
        the ``student_view_user_state`` handler."""
        try:
            config = self.definition()
        except DomainError:
            return {"display_name": self.display_name, "available": False}
        presenter = PathwayPresenter(self, config)
        return {
            "display_name": self.display_name,
            "available": True,
            "areas": [dict(area.as_dict(), title=presenter.area_title(area.code), level=area.level,
                           hours=area.hours) for area in config.areas],
            "rules": dict(config.rules.as_dict(), text=presenter.rules_text()),
        }

    @json_api(methods=("GET", "POST"), learner_only=True, read_only=True)
    def student_view_user_state(self, data, suffix=""):
        """The learner's standing on the pathway: per area, Level 2, what is missing, the next step."""
        config = self.definition()
        status = learner_pathway(self.course_key, self.learner_id, config).status
        return PathwayPresenter(self, config).status_json(status, evidence.activities(self.course_key))

    def index_dictionary(self):
        index = super().index_dictionary()
        titles = " ".join(f"{area.get('code', '')} {area.get('title', '')} {area.get('module', '')}".strip()
                          for area in self.areas or [])
        index.setdefault("content", {}).update({"display_name": self.display_name, "areas": titles})
        index["content_type"] = "Pathway"
        return index

    @staticmethod
    def workbench_scenarios():
        from ..demo.scenarios import load  # pylint: disable=import-outside-toplevel
        return load("pathway")
