"""``jobs4all_reflective_log``: a guided reflective log with trainer review.

A learner writes dated entries against the prompts of a reflection framework (or the
author's own), keeps drafts that save themselves, submits entries as evidence for outcomes
of the course's Learning Outcomes Matrix and reads the trainer's feedback. Course staff
review the submitted entries inside the block. Entries live in the evidence store (see
``evidence.reflections``), never in ``user_state_summary``.

The block is split by job: learner handlers (``reflective_log_learner``), trainer review and
reports (``reflective_log_review``), Studio (``reflective_log_studio``), presentation
(``reflective_log_present``) and OLX (``reflective_log_olx``).
"""
from xblock.completable import CompletableXBlockMixin
from xblock.core import XBlock
from xblock.fields import Boolean, Integer, List, Scope, String

from .. import evidence
from ..domain.problems import DomainError
from ..domain.problems import gettext_noop as N_
from ..domain.reflection import context_text, parse_settings, translate_prompts
from ..domain.reflection_entries import MAX_ANSWER_CHARS, MAX_TITLE
from ..domain.reflection_frameworks import FRAMEWORKS, ROLFE
from ..domain.text import sanitize_html
from .base import Jobs4AllBlock
from .olx import ChildElementsMixin
from .reflective_log_learner import LearnerHandlersMixin
from .reflective_log_olx import AllowedOutcomeCodec, ContextCodec, PromptCodec
from .reflective_log_present import CSS, EntryPresenter
from .reflective_log_review import ReviewMixin
from .reflective_log_studio import StudioMixin

BLOCK_TYPE = "jobs4all_reflective_log"


class ReflectiveLogBlock(StudioMixin, ReviewMixin, LearnerHandlersMixin, CompletableXBlockMixin,
                         ChildElementsMixin, Jobs4AllBlock):
    """A reflective log: dated entries against guided prompts, reviewed by trainers."""

    display_name = String(display_name=N_("Display name"), default=N_("Reflective log"), scope=Scope.settings)
    context = String(display_name=N_("Introduction"), default="", scope=Scope.content,
                     help=N_("The situation to reflect on (HTML); shown above the prompts."))
    framework = String(display_name=N_("Reflection framework"), default=ROLFE, values=list(FRAMEWORKS),
                       scope=Scope.content)
    prompts = List(display_name=N_("Prompts"), default=[], scope=Scope.content,
                   help=N_("Custom prompts, or other word limits or wording for a framework's prompts."))
    allowed_outcomes = List(display_name=N_("Outcomes learners may link"), default=[], scope=Scope.content,
                            help=N_("Outcome ids of the course's matrix; empty: all of them."))
    required_entries = Integer(display_name=N_("Entries needed for completion"), default=1, scope=Scope.settings)
    require_outcome = Boolean(display_name=N_("Entries must be linked to an outcome"), default=False,
                              scope=Scope.settings)
    # The learner's anonymous id, kept so that the LMS report (generate_report_data, which
    # iterates user states) can find the learner's entries in the evidence store.
    learner_key = String(default="", scope=Scope.user_state)

    xml_children = {"context": ContextCodec, "prompts": PromptCodec, "allowed_outcomes": AllowedOutcomeCodec}
    has_author_view = True
    show_in_read_only_mode = True
    icon_class = "other"

    # ------------------------------------------------------------ definition
    def settings_input(self):
        return {"display_name": self.display_name, "context": self.context, "framework": self.framework,
                "prompts": self.prompts, "allowed_outcomes": self.allowed_outcomes,
                "required_entries": self.required_entries, "require_outcome": self.require_outcome}

    def log_settings(self):
        """The validated settings (:class:`LogSettings`); raises DomainError when they are invalid."""
        return parse_settings(self.settings_input())

    def shown_prompts(self, settings):
        return translate_prompts(settings.framework, settings.prompts, self.gettext)

    def linkable_outcomes(self, settings):
        """Outcomes of the course's matrix learners may link to entries, in the matrix's order."""
        matrix = evidence.course_lom(self.course_key).matrix
        if matrix is None:
            return []
        allowed = set(settings.allowed_outcomes)
        return [outcome for outcome in matrix.outcomes if not allowed or outcome.id in allowed]

    def presenter(self, outcomes=None):
        if outcomes is None:
            outcomes = evidence.course_lom(self.course_key).matrix
            outcomes = outcomes.outcomes if outcomes else ()
        return EntryPresenter(self, outcomes)

    # ------------------------------------------------------------ views
    def _broken_view(self, error):
        context = {"display_name": self.display_name, "staff": self.can_author() or self.is_staff(),
                   "problems": self.render_problems(error.problems)}
        return self.build_fragment("reflective_log/broken.html", context, css=CSS)

    def browser_storage_key(self):
        """The key of the browser's copy of unsaved text: one per learner and log, so that on a shared
        computer nobody else's unsaved reflection is ever shown (it reveals neither name nor id)."""
        return self.private_key("unsaved-text") if self.learner_id else None

    @XBlock.supports("multi_device")
    def student_view(self, context=None):
        try:
            settings = self.log_settings()
        except DomainError as error:
            return self._broken_view(error)
        outcomes = self.linkable_outcomes(settings)
        evidence.register_activity(self.course_key, self.usage_key, BLOCK_TYPE, self.display_name,
                                   [outcome.id for outcome in outcomes])
        presenter = self.presenter()
        prompts = [presenter.prompt(prompt) for prompt in self.shown_prompts(settings)]
        learner = self.learner_id
        entries = evidence.reflection_entries(self.course_key, self.usage_key, learner) if learner else []
        submitted = sum(1 for entry in entries if entry.shared)
        staff = self.is_staff()
        context = {
            "display_name": self.display_name,
            "intro": sanitize_html(settings.context),
            "framework_name": self.gettext(FRAMEWORKS[settings.framework].name),
            "prompts": prompts,
            "outcomes": outcomes,
            "require_outcome": settings.require_outcome,
            "signed_in": bool(learner),
            "entries": [presenter.entry(entry) for entry in entries],
            "progress": presenter.progress(submitted, settings.required_entries),
            "export_url": self.runtime.handler_url(self, "export_log"),
            "download_url": self.runtime.handler_url(self, "export_log", query="download=1"),
            "max_title": MAX_TITLE,
            "staff": staff,
            # Learner and author text reaches the script through an escaped JSON element, never
            # through the init arguments (which runtimes write into a <script> unescaped).
        }
        init = {"entries": [presenter.entry_json(entry) for entry in entries], "max_chars": MAX_ANSWER_CHARS,
                "signed_in": bool(learner), "storage_key": self.browser_storage_key()}
        js = ["js/reflective-log.js"]
        if staff:
            context["review"] = self.review_context(awaiting_only=True)
            context["report_url"] = self.runtime.handler_url(self, "report_csv")
            init["review"] = True
            js.append("js/reflective-log-review.js")
        return self.build_fragment("reflective_log/student.html", context, js=js, css=CSS,
                                   init="Jobs4AllReflectiveLog", init_args=init)

    def student_view_data(self, context=None):
        """The log's prompts for the mobile apps (Course Blocks API); a learner's own
        entries come from the ``student_view_user_state`` handler."""
        try:
            settings = self.log_settings()
        except DomainError:
            return {"display_name": self.display_name, "available": False}
        presenter = self.presenter(outcomes=())
        return {
            "display_name": self.display_name,
            "available": True,
            "framework": settings.framework,
            "framework_name": self.gettext(FRAMEWORKS[settings.framework].name),
            "context": sanitize_html(settings.context),
            "prompts": [presenter.prompt(prompt) for prompt in self.shown_prompts(settings)],
            "required_entries": settings.required_entries,
            "require_outcome": settings.require_outcome,
            "outcomes": [{"id": o.id, "title": o.title} for o in self.linkable_outcomes(settings)],
        }

    def index_dictionary(self):
        """Course search: the author's prompts and introduction, never what learners wrote."""
        index = super().index_dictionary()
        content = {"display_name": self.display_name}
        try:
            settings = self.log_settings()
        except DomainError:
            settings = None
        if settings is not None:
            prompts = self.shown_prompts(settings)
            content["context"] = context_text(settings.context)
            content["prompts"] = " ".join(f"{p.text} {p.guidance}".strip() for p in prompts)
        index.setdefault("content", {}).update(content)
        index["content_type"] = "Reflective log"
        return index

    @staticmethod
    def workbench_scenarios():
        from ..demo.scenarios import load  # pylint: disable=import-outside-toplevel
        return load("reflective_log")
