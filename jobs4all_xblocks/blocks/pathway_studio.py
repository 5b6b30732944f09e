"""Authoring a pathway: the Studio editor and its save handler, validation, the Studio preview."""
from xblock.validation import ValidationMessage

from .. import evidence
from ..domain.frameworks import AREA_BY_CODE, LEVELS
from ..domain.pathway import LEVEL_ONE, MAX_HOURS, MAX_MODULE, MAX_TITLE, parse_pathway, warnings
from ..domain.problems import DomainError
from ..domain.problems import gettext_noop as N_
from .api import ApiError, json_api
from .pathway_present import CSS, PathwayPresenter

MAX_DISPLAY_NAME = 200
FIELD_LABELS = {
    "title": N_("Area {code}: title"),
    "module": N_("Area {code}: module"),
    "hours_f2f": N_("Area {code}: face-to-face hours"),
    "hours_self": N_("Area {code}: self-directed hours"),
    "hours_assessment": N_("Area {code}: assessment hours"),
    "optional": N_("Area {code}: optional"),
}


class StudioMixin:
    """Requires the block's fields, ``definition``, ``publish`` and ``rules_owner``."""

    def validate(self):
        """Studio shows these messages on the component (e.g. after importing bad OLX)."""
        validation = super().validate()
        try:
            config = self.definition()
        except DomainError as error:
            for problem in error.problems:
                validation.add(ValidationMessage(ValidationMessage.ERROR, problem.render(self.gettext)))
            return validation
        for problem in warnings(config, evidence.course_lom(self.course_key).matrix):
            validation.add(ValidationMessage(ValidationMessage.WARNING, problem.render(self.gettext)))
        if self.rules_owner() not in (None, self.usage_key):
            validation.add(ValidationMessage(ValidationMessage.WARNING, self.gettext(
                "Another pathway component of this course sets the rules the Level-2 gates apply. "
                "Saving this one in the editor makes its rules the course's rules.")))
        return validation

    def author_view(self, context=None):
        try:
            config = self.definition()
        except DomainError as error:
            return self._broken_view(error)
        presenter = PathwayPresenter(self, config)
        levels = [{"title": self.gettext(LEVELS[level]),
                   "areas": [dict(presenter.area_config(area), required=area.code in config.rules.required_areas)
                             for area in config.areas if area.level == level]} for level in (1, 2)]
        context = {"display_name": self.display_name, "levels": levels, "rules": presenter.rules_text()}
        return self.build_fragment("pathway/author.html", context, css=CSS)

    def studio_view(self, context=None):
        config = None
        try:
            config = self.definition()
        except DomainError:
            pass  # the editor shows the stored values; saving reports the problems
        areas = {area.get("code"): area for area in self.areas or [] if isinstance(area, dict)}
        required = config.rules.required_areas if config else tuple(self.rules.get("required_areas") or ())
        rows = []
        for code, area in AREA_BY_CODE.items():
            stored = areas.get(code, {})
            rows.append({
                "code": code, "level": area.level, "placeholder": self.gettext(area.title),
                "title": stored.get("title", ""), "module": stored.get("module", ""),
                "hours_f2f": stored.get("hours_f2f", ""), "hours_self": stored.get("hours_self", ""),
                "hours_assessment": stored.get("hours_assessment", ""),
                "optional": str(stored.get("optional", "")).lower() in ("true", "1"),
                "required": code in required,
                "labels": {name: self.gettext(label).format(code=code) for name, label in FIELD_LABELS.items()},
            })
        context = {
            "display_name": self.display_name, "rows": rows, "level_one": LEVEL_ONE,
            "threshold": self.rules.get("threshold", ""),
            "reflection_per_area": str(self.rules.get("reflection_per_area", True)).lower() in ("true", "1"),
            "max_hours": MAX_HOURS, "max_title": MAX_TITLE, "max_module": MAX_MODULE,
        }
        return self.build_fragment("pathway/studio.html", context, js=["js/pathway-editor.js"],
                                   css=(*CSS, "css/editor.css"), init="Jobs4AllPathwayEditor",
                                   init_args={"codes": list(AREA_BY_CODE)})

    @json_api(author_only=True)
    def save_pathway(self, data, suffix=""):
        """Validate and store the areas and rules; nothing changes unless all of it is valid.

        ``{display_name, areas: [{code, title, module, hours_f2f, hours_self, hours_assessment,
        optional}], rules: {threshold, required_areas, reflection_per_area}}``
        """
        display_name = str(data.get("display_name") or "").strip()
        if not display_name or len(display_name) > MAX_DISPLAY_NAME:
            raise ApiError(400, N_("The display name must have 1 to {limit} characters."), limit=MAX_DISPLAY_NAME)
        config = parse_pathway(data.get("areas"), data.get("rules"))
        self.display_name = display_name
        self.areas = [area.as_dict() for area in config.areas]
        self.rules = config.rules.as_dict()
        self.publish(config, take_over=True)
        notes = warnings(config, evidence.course_lom(self.course_key).matrix)
        return {"saved": True, "warnings": [problem.render(self.gettext) for problem in notes]}
