"""``jobs4all_level2_gate``: a container that opens its content once the learner has unlocked Level 2.

Any blocks can go inside (HTML, problems, videos, our blocks). A learner who has unlocked
Level 2 of the course's pathway (see :mod:`.pathway`; the rules are evaluated from the
evidence store, so no staff action is needed) sees the children; others see a locked panel
that says exactly what is still missing, with links to where to do it. Course staff, and
staff viewing the course as a learner (:mod:`.masquerade`), always see the content, with a
notice.

The gate decides what the unit shows; it is not an access control on the children
themselves (their handlers, "jump to" links or the mobile apps' block list do not ask it).

OLX: the children are ordinary child elements and round-trip as any container's::

    <jobs4all_level2_gate display_name="Level 2: advising and partnering">
      <html url_name="m4_intro"/>
      <problem url_name="m4_check"/>
      <jobs4all_assessment url_name="m4_assessment" .../>
    </jobs4all_level2_gate>

In Studio, the component shows a summary in its unit; its "View" page lists the children
and offers the usual "Add New Component" buttons (as the built-in conditional block does).
"""
from web_fragments.fragment import Fragment
from xblock.completable import XBlockCompletionMode
from xblock.core import XBlock
from xblock.fields import Scope, String
from xblock.utils.studio_editable import StudioContainerXBlockMixin
from xblock.validation import ValidationMessage

from .. import evidence
from ..domain.pathway import warnings
from ..domain.problems import gettext_noop as N_
from .api import json_api
from .base import Jobs4AllBlock
from .masquerade import is_staff_viewing_as_learner, viewed_learner
from .pathway_data import course_config, learner_pathway
from .pathway_present import CSS, PathwayPresenter

BLOCK_TYPE = "jobs4all_level2_gate"


class Level2GateBlock(StudioContainerXBlockMixin, Jobs4AllBlock):
    """Level-2 content, shown once the learner has unlocked Level 2 of the pathway."""

    display_name = String(display_name=N_("Display name"), default=N_("Level 2 content"), scope=Scope.settings)

    has_children = True
    has_author_view = True
    show_in_read_only_mode = True
    completion_mode = XBlockCompletionMode.AGGREGATOR
    icon_class = "other"

    # ------------------------------------------------------------ children
    def _children(self):
        """The child blocks the runtime lets this user see (the LMS may hide some)."""
        found = []
        for child_id in self.children:
            child = self.runtime.get_block(child_id)
            if child is not None:
                found.append(child)
        return found

    def _render_children(self, view, context, fragment):
        contents = []
        for child in self._children():
            rendered = child.render(view, dict(context or {}))
            fragment.add_fragment_resources(rendered)
            contents.append(rendered.content)
        return contents

    def _presenter_and_status(self, config=None):
        config = config or course_config(self.course_key)[0]
        return PathwayPresenter(self, config), learner_pathway(self.course_key, self.learner_id, config).status

    def _pathway_link(self):
        published = evidence.course_pathway(self.course_key)
        return self.link_to(published.usage_key) if published else None

    # ------------------------------------------------------------ learner and staff view
    @XBlock.supports("multi_device")
    def student_view(self, context=None):
        staff = self.is_staff()
        viewing_as_learner = not staff and is_staff_viewing_as_learner(self)
        presenter, status = self._presenter_and_status()
        activities = evidence.activities(self.course_key)
        base = {"display_name": self.display_name, "signed_in": bool(self.learner_id),
                "pathway_url": self._pathway_link(), "missing": presenter.missing(status, activities),
                "unlocked": status.unlocked}
        if not (staff or viewing_as_learner or status.unlocked):
            base["count"] = len(self.children)
            return self.build_fragment("level2_gate/locked.html", base, css=CSS)
        fragment = self._styled(Fragment())
        children = self._render_children("student_view", context, fragment)
        notice = "staff" if staff else "learner_view" if viewing_as_learner else ""
        fragment.add_content(self.render_template("level2_gate/student.html", dict(
            base, children=children, notice=notice, viewed=viewed_learner(self) if viewing_as_learner else "")))
        return fragment

    def _styled(self, fragment):
        for path in CSS:
            fragment.add_css_url(self.resource_url(path))
        return fragment

    # ------------------------------------------------------------ Studio
    def author_view(self, context=None):
        """The "View" page of the gate lists its children with "Add New Component" buttons;
        in its unit, the gate shows a summary."""
        context = context or {}
        root = context.get("root_xblock")
        fragment = self._styled(Fragment())
        presenter = PathwayPresenter(self, course_config(self.course_key)[0])
        is_root = root is not None and root.scope_ids.usage_id == self.scope_ids.usage_id
        summary = {"display_name": self.display_name, "rules": presenter.rules_text(), "is_root": is_root,
                   "children": [getattr(child, "display_name", None) or child.scope_ids.block_type
                                for child in self._children()]}
        fragment.add_content(self.render_template("level2_gate/author.html", summary))
        if is_root:
            self.render_children(context, fragment, can_reorder=True, can_add=True)
        return fragment

    def validate(self):
        validation = super().validate()
        config, published = course_config(self.course_key)
        if not published:
            validation.add(ValidationMessage(ValidationMessage.WARNING, self.gettext(
                "The course has no pathway component yet, so this gate applies the default rules. Add a pathway "
                "component (and show or save it once) to set the rules of Level 2.")))
        for problem in warnings(config, evidence.course_lom(self.course_key).matrix):
            validation.add(ValidationMessage(ValidationMessage.WARNING, problem.render(self.gettext)))
        if not self.children:
            validation.add(ValidationMessage(ValidationMessage.WARNING, self.gettext(
                "This gate is empty: select View to add the Level-2 components it opens.")))
        return validation

    # ------------------------------------------------------------ mobile apps
    def student_view_data(self, context=None):
        return {"display_name": self.display_name, "level": 2}

    @json_api(methods=("GET", "POST"), learner_only=True, read_only=True)
    def student_view_user_state(self, data, suffix=""):
        """Whether the learner has unlocked Level 2, what is missing, the next step."""
        presenter, status = self._presenter_and_status()
        return presenter.status_json(status, evidence.activities(self.course_key))

    @staticmethod
    def workbench_scenarios():
        from ..demo.scenarios import load  # pylint: disable=import-outside-toplevel
        return load("level2_gate")
