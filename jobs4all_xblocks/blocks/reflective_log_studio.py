"""Authoring a reflective log: the Studio editor, its save handler, validation, preview."""
from xblock.validation import ValidationMessage

from .. import evidence
from ..domain.problems import DomainError
from ..domain.reflection import parse_settings, translate_prompts
from ..domain.reflection_frameworks import FRAMEWORKS
from ..domain.text import sanitize_html
from .api import json_api
from .reflective_log_present import CSS


class StudioMixin:
    """Requires the block's fields, ``log_settings``, ``shown_prompts``, ``linkable_outcomes``."""

    def validate(self):
        """Studio shows these messages on the component (e.g. after importing bad OLX)."""
        validation = super().validate()
        try:
            settings = self.log_settings()
        except DomainError as error:
            for problem in error.problems:
                validation.add(ValidationMessage(ValidationMessage.ERROR, problem.render(self.gettext)))
            return validation
        matrix = evidence.course_lom(self.course_key).matrix
        if matrix is None:
            if settings.allowed_outcomes or settings.require_outcome:
                validation.add(ValidationMessage(ValidationMessage.WARNING, self.gettext(
                    "The course has no Learning Outcomes Matrix yet: learners can link entries to outcomes once "
                    "a Learning Outcomes Matrix component is added and saved.")))
        else:
            unknown = [outcome_id for outcome_id in settings.allowed_outcomes if matrix.get(outcome_id) is None]
            if unknown:
                validation.add(ValidationMessage(ValidationMessage.WARNING, self.gettext(
                    "These outcomes are not in the course's Learning Outcomes Matrix, so learners cannot link "
                    "them: {ids}.").format(ids=", ".join(unknown))))
        return validation

    def author_view(self, context=None):
        try:
            settings = self.log_settings()
        except DomainError as error:
            return self._broken_view(error)
        presenter = self.presenter(outcomes=())
        framework = FRAMEWORKS[settings.framework]
        context = {
            "display_name": self.display_name,
            "intro": sanitize_html(settings.context),
            "framework_name": self.gettext(framework.name),
            "framework_description": self.gettext(framework.description),
            "prompts": [presenter.prompt(prompt) for prompt in self.shown_prompts(settings)],
            "required": settings.required_entries,
            "require_outcome": settings.require_outcome,
            "outcomes": self.linkable_outcomes(settings),
        }
        return self.build_fragment("reflective_log/author.html", context, css=CSS)

    def _editor_settings(self):
        return {"display_name": self.display_name, "context": self.context, "framework": self.framework,
                "prompts": self.prompts, "allowed_outcomes": self.allowed_outcomes,
                "required_entries": self.required_entries, "require_outcome": self.require_outcome}

    def studio_view(self, context=None):
        gettext = self.gettext
        matrix = evidence.course_lom(self.course_key).matrix
        init = {
            "settings": self._editor_settings(),
            "frameworks": [{
                "value": key, "label": gettext(framework.name), "description": gettext(framework.description),
                "prompts": [p.as_dict() for p in translate_prompts(key, framework.prompts, gettext)],
            } for key, framework in FRAMEWORKS.items()],
            "outcomes": [{"id": o.id, "title": o.title} for o in matrix.outcomes] if matrix else None,
        }
        return self.build_fragment("reflective_log/studio.html", {"display_name": self.display_name},
                                   js=["js/reflective-log-editor.js"], css=(*CSS, "css/editor.css"),
                                   init="Jobs4AllReflectiveLogEditor", init_args=init)

    @json_api(author_only=True)
    def save_settings(self, data, suffix=""):
        """Validate and store the whole configuration; nothing changes unless all of it is valid."""
        matrix = evidence.course_lom(self.course_key).matrix
        settings = parse_settings(data, matrix.ids if matrix else None)
        self.display_name = settings.display_name
        self.context = settings.context
        self.framework = settings.framework
        self.prompts = [dict(prompt) for prompt in settings.stored_prompts]
        self.allowed_outcomes = list(settings.allowed_outcomes)
        self.required_entries = settings.required_entries
        self.require_outcome = settings.require_outcome
        return {"saved": True, "settings": self._editor_settings()}
