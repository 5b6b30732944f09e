"""``jobs4all_lom``: the Learning Outcomes Matrix of a course.

Authored once (Studio editor, CSV or Moodle import); shown to each learner as *their*
matrix of outcomes and mastery, and to course staff as a cohort summary. The block
publishes its matrix and mastery rule to the evidence store, where the course's other
blocks find them.
"""
import csv
import io
from importlib.resources import files

from xblock.completable import XBlockCompletionMode
from xblock.core import XBlock
from xblock.fields import Float, Integer, List, Scope, String
from xblock.validation import ValidationMessage

from .. import evidence
from ..domain import mastery as rules
from ..domain.frameworks import AREA_BY_CODE, AREAS, EQF_DOMAINS, LEVELS
from ..domain.lom import parse_matrix
from ..domain.lom_csv import export_csv, import_csv
from ..domain.problems import DomainError
from ..domain.problems import gettext_noop as N_
from ..domain.progress import matrix_progress
from .api import ApiError, csv_response, json_api, text_response
from .base import Jobs4AllBlock
from .lom_olx import OutcomeCodec
from .olx import ChildElementsMixin

DEFAULT_OUTCOMES = import_csv(
    files("jobs4all_xblocks").joinpath("data/jobs4all_lom.csv").read_text(encoding="utf-8")).as_dicts()
STATE_ICONS = {rules.NOT_STARTED: "○", rules.IN_PROGRESS: "◐", rules.ACHIEVED: "●"}


class LearningOutcomesMatrixBlock(ChildElementsMixin, Jobs4AllBlock):
    """The course's Learning Outcomes Matrix (LOM)."""

    display_name = String(display_name=N_("Display name"), default=N_("Learning Outcomes Matrix"),
                          scope=Scope.settings)
    outcomes = List(display_name=N_("Outcomes"), default=DEFAULT_OUTCOMES, scope=Scope.content)
    mastery_method = String(display_name=N_("Mastery method"), default=rules.DECAYING_AVERAGE,
                            values=list(rules.METHODS), scope=Scope.settings)
    mastery_threshold = Float(display_name=N_("Mastery threshold"), default=0.7, scope=Scope.settings)
    decay_weight = Float(display_name=N_("Weight of the latest result"), default=0.65, scope=Scope.settings)
    mastery_n = Integer(display_name=N_("Results needed at the threshold"), default=2, scope=Scope.settings)

    xml_children = {"outcomes": OutcomeCodec}
    has_author_view = True
    completion_mode = XBlockCompletionMode.EXCLUDED
    icon_class = "other"

    # ------------------------------------------------------------ definition
    def definition(self):
        """``(Matrix, MasteryConfig)``; raises DomainError when the stored data is invalid."""
        return parse_matrix(self.outcomes), rules.parse_config(self._mastery_fields())

    def _mastery_fields(self):
        return {"method": self.mastery_method, "threshold": self.mastery_threshold,
                "decay_weight": self.decay_weight, "n": self.mastery_n}

    def _publish(self, matrix, config, take_over=False):
        evidence.publish_matrix(self.course_key, self.usage_key, matrix, config, take_over=take_over)

    def validate(self):
        """Studio shows these messages on the component (e.g. after importing bad OLX)."""
        validation = super().validate()
        try:
            self.definition()
        except DomainError as error:
            for problem in error.problems:
                validation.add(ValidationMessage(ValidationMessage.ERROR, problem.render(self.gettext)))
        return validation

    # ------------------------------------------------------------ views
    def _labels(self):
        gettext = self.gettext
        return {
            "states": {state: gettext(label) for state, label in rules.STATES.items()},
            "domains": {key: gettext(label) for key, label in EQF_DOMAINS.items()},
        }

    def _broken_view(self, error):
        context = {"display_name": self.display_name, "staff": self.can_author() or self.is_staff(),
                   "problems": self.render_problems(error.problems)}
        return self.build_fragment("lom/broken.html", context)

    @XBlock.supports("multi_device")
    def student_view(self, context=None):
        try:
            matrix, config = self.definition()
        except DomainError as error:
            return self._broken_view(error)
        self._publish(matrix, config)
        labels = self._labels()
        learner = self.learner_id
        mine = evidence.learner_mastery(self.course_key, learner) if learner else {}
        progress = matrix_progress(matrix, mine, evidence.activities(self.course_key))
        rule, params = rules.describe(config)
        context = {
            "display_name": self.display_name,
            "signed_in": bool(learner),
            "progress": progress,
            "levels": self._level_rows(progress, labels),
            "rule": self.gettext(rule).format(**params),
            "staff": self.is_staff(),
        }
        if context["staff"]:
            context["cohort"] = self._cohort_rows(matrix, labels)
            context["cohort_csv_url"] = self.runtime.handler_url(self, "cohort_csv")
        return self.build_fragment("lom/student.html", context)

    def _level_rows(self, progress, labels):
        levels = []
        for level, areas in progress.levels:
            area_rows = []
            for area in areas:
                rows = [{
                    "outcome": row.outcome,
                    "domain": labels["domains"][row.outcome.eqf_domain],
                    "state": row.state,
                    "state_label": labels["states"][row.state],
                    "icon": STATE_ICONS[row.state],
                    "percent": row.percent,
                    "self_rating": row.self_rating,
                    "next": [{"title": a.title, "url": self.link_to(a.usage_key)} for a in row.activities]
                    if row.needs_work else [],
                } for row in area.rows]
                area_rows.append({"code": area.code, "title": self.gettext(AREA_BY_CODE[area.code].title),
                                  "achieved": area.achieved, "total": len(rows), "rows": rows})
            levels.append({"level": level, "title": self.gettext(LEVELS[level]), "areas": area_rows})
        return levels

    def _cohort_rows(self, matrix, labels):
        summary = evidence.cohort_summary(self.course_key)
        rows = []
        for outcome in matrix.outcomes:
            counts = summary.for_outcome(outcome.id)
            share = (100 * counts[rules.ACHIEVED] // summary.learners) if summary.learners else 0
            rows.append({"outcome": outcome, "counts": counts, "achieved_percent": share})
        return {"learners": summary.learners, "rows": rows, "states": labels["states"]}

    def author_view(self, context=None):
        try:
            matrix, config = self.definition()
        except DomainError as error:
            return self._broken_view(error)
        rule, params = rules.describe(config)
        labels = self._labels()
        context = {
            "display_name": self.display_name,
            "levels": self._level_rows(matrix_progress(matrix, {}), labels),
            "count": len(matrix.outcomes),
            "rule": self.gettext(rule).format(**params),
        }
        return self.build_fragment("lom/author.html", context)

    def studio_view(self, context=None):
        gettext = self.gettext
        init = {
            "outcomes": self.outcomes,
            "mastery": self._mastery_fields(),
            "display_name": self.display_name,
            "areas": [{"code": a.code, "label": f"{a.code} {gettext(a.title)}"} for a in AREAS],
            "domains": [{"value": key, "label": gettext(label)} for key, label in EQF_DOMAINS.items()],
            "methods": [{"value": key, "label": gettext(label)} for key, label in rules.METHODS.items()],
        }
        context = {"display_name": self.display_name, "export_url": self.runtime.handler_url(self, "export_csv")}
        return self.build_fragment("lom/studio.html", context, js=["js/lom-editor.js"],
                                   css=["css/jobs4all.css", "css/editor.css"],
                                   init="Jobs4AllLomEditor", init_args=init)

    def student_view_data(self, context=None):
        """Content for the mobile apps (Course Blocks API); per-learner state via
        the ``student_view_user_state`` handler."""
        return {"display_name": self.display_name, "outcomes": self.outcomes, "mastery": self._mastery_fields()}

    def index_dictionary(self):
        index = super().index_dictionary()
        text = " ".join(f"{o.get('id', '')} {o.get('title', '')}" for o in self.outcomes or [])
        index.setdefault("content", {}).update({"display_name": self.display_name, "outcomes": text})
        index["content_type"] = "Learning Outcomes Matrix"
        return index

    # ------------------------------------------------------------ handlers
    @json_api(author_only=True)
    def save_matrix(self, data, suffix=""):
        """Validate and store the whole matrix; nothing changes unless everything is valid."""
        problems = []
        try:
            matrix = parse_matrix(data.get("outcomes"))
        except DomainError as error:
            problems.extend(error.problems)
        try:
            config = rules.parse_config(data.get("mastery") or {})
        except DomainError as error:
            problems.extend(error.problems)
        display_name = str(data.get("display_name") or "").strip()
        if not display_name or len(display_name) > 200:
            raise ApiError(400, N_("The display name must have 1 to 200 characters."))
        if problems:
            raise DomainError(problems)
        self.display_name = display_name
        self.outcomes = matrix.as_dicts()
        self.mastery_method, self.mastery_threshold = config.method, config.threshold
        self.decay_weight, self.mastery_n = config.decay_weight, config.n
        self._publish(matrix, config, take_over=True)
        return {"saved": True, "outcomes": self.outcomes}

    @json_api(author_only=True, max_body=1_100_000)
    def parse_csv(self, data, suffix=""):
        """Read a CSV (JOBS4ALL or Moodle format) into editor rows; stores nothing."""
        text = data.get("csv")
        if not isinstance(text, str):
            raise ApiError(400, N_("Paste or choose a CSV file first."))
        matrix = import_csv(text, default_area=str(data.get("default_area") or ""),
                            default_domain=str(data.get("default_domain") or "knowledge"),
                            default_eqf_level=data.get("default_eqf_level") or 5)
        return {"outcomes": matrix.as_dicts(), "count": len(matrix.outcomes)}

    @XBlock.handler
    def export_csv(self, request, suffix=""):
        """The matrix as a CSV file (JOBS4ALL format)."""
        try:
            matrix, _ = self.definition()
        except DomainError:
            return text_response(self, 409, N_("The matrix has errors; fix them before exporting."))
        return csv_response(export_csv(matrix), "learning-outcomes-matrix.csv")

    @XBlock.handler
    def cohort_csv(self, request, suffix=""):
        """Staff only: each learner's state of each outcome (anonymised ids, as the LMS
        instructor dashboard's "anonymized student IDs" report can map them)."""
        if not self.is_staff():
            return text_response(self, 403, N_("Only course staff can do this."))
        try:
            matrix, _ = self.definition()
        except DomainError:
            return text_response(self, 409, N_("The matrix has errors; fix them before exporting."))
        labels = self._labels()["states"]
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow([self.gettext("Anonymized user ID")] + matrix.ids)
        for learner, states in sorted(evidence.cohort_mastery(self.course_key).items()):
            writer.writerow([learner] + [labels[states.get(o, rules.NOT_STARTED)] for o in matrix.ids])
        return csv_response(out.getvalue(), "learning-outcomes-cohort.csv")

    @json_api(methods=("GET", "POST"), learner_only=True, read_only=True)
    def student_view_user_state(self, data, suffix=""):
        """The current learner's state of every outcome (for the mobile apps)."""
        mine = evidence.learner_mastery(self.course_key, self.learner_id)
        return {outcome_id: {"state": m.state, "level": m.level, "self_rating": m.self_rating}
                for outcome_id, m in mine.items()}

    @staticmethod
    def workbench_scenarios():
        from ..demo.scenarios import load  # pylint: disable=import-outside-toplevel
        return load("lom")

