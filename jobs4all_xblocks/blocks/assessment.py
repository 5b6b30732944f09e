"""``jobs4all_assessment``: a short assessment whose every question is mapped to outcomes
of the course's Learning Outcomes Matrix.

Flow of a submission (DESIGN.md): the browser posts ``{attempt, answers}`` to ``submit``;
the attempt and the answers are checked (400, nothing changed, on bad input); the domain
scores the questions and the per-outcome results; the evidence is recorded (its uniqueness
per attempt also stops a double submission that raced past the attempt check, before any
grade is published); the best grade and the completion are published; the response carries
the feedback on each question and the new state of each outcome the attempt touched.
"""
from django.conf import settings
from xblock.completable import XBlockCompletionMode
from xblock.core import XBlock
from xblock.fields import Float, Integer, List, Scope, String
from xblock.validation import ValidationMessage

from .. import evidence
from ..domain import assessment_rules as rules
from ..domain.assessment import ITEM_TYPES, mapping_problems, parse_items
from ..domain.assessment_answers import parse_answers
from ..domain.assessment_disguise import Disguise
from ..domain.assessment_scoring import score
from ..domain.problems import DomainError
from ..domain.problems import gettext_noop as N_
from ..domain.text import html_to_text
from . import assessment_views as views
from .api import ApiError, json_api
from .assessment_grading import AssessmentGradingMixin
from .assessment_olx import ItemCodec
from .assessment_record import highest_recorded_attempt, record_submission
from .base import Jobs4AllBlock
from .olx import ChildElementsMixin

BLOCK_TYPE = "jobs4all_assessment"


class AssessmentBlock(AssessmentGradingMixin, ChildElementsMixin, Jobs4AllBlock):
    """A LOM-mapped assessment: graded questions and confidence ratings."""

    display_name = String(display_name=N_("Display name"), default=N_("Assessment"), scope=Scope.settings)
    items = List(display_name=N_("Questions"), default=[], scope=Scope.content)
    weight = Float(display_name=N_("Weight"), default=1.0, scope=Scope.settings,
                   help=N_("Points this assessment is worth in the course grade."))
    max_attempts = Integer(display_name=N_("Attempts"), default=2, scope=Scope.settings,
                           help=N_("How many times a learner may submit; 0 means unlimited."))
    show_answers = String(display_name=N_("Show answers"), default=rules.AFTER_LAST_ATTEMPT,
                          values=list(rules.SHOW_ANSWERS), scope=Scope.settings)

    xml_children = {"items": ItemCodec}
    # Complete when the learner submits (emit_completion in grade_submission), not on view.
    completion_mode = XBlockCompletionMode.COMPLETABLE
    has_custom_completion = True
    icon_class = "problem"
    show_in_read_only_mode = True

    # ------------------------------------------------------------ definition
    def parsed_items(self):
        """The items as domain objects; raises DomainError when the stored data is invalid."""
        return parse_items(self.items)

    def disguise(self, course_wide=False):
        """Tokens for step and partner ids on pages (per learner; course-wide for the mobile data)."""
        return Disguise(settings.SECRET_KEY, self.usage_key, "" if course_wide else self.learner_id)

    def reveal(self, items, answers):
        """Submitted answers with real ids, whether they came from the page or the mobile data."""
        return self.disguise(course_wide=True).reveal(items, self.disguise().reveal(items, answers))

    def _settings(self):
        return {"display_name": self.display_name, "weight": self.weight, "max_attempts": self.max_attempts,
                "show_answers": self.show_answers}

    def _titles(self):
        matrix = evidence.course_lom(self.course_key).matrix
        return {o.id: o.title for o in matrix.outcomes} if matrix else {}

    def _register(self, items):
        outcome_ids = {outcome_id for item in items for outcome_id in item.outcome_ids}
        evidence.register_activity(self.course_key, self.usage_key, BLOCK_TYPE, self.display_name, outcome_ids)

    def validate(self):
        """Studio shows these on the component (e.g. after importing OLX or changing the LOM)."""
        validation = super().validate()
        try:
            items = self.parsed_items()
        except DomainError as error:
            problems = error.problems
        else:
            problems = mapping_problems(items, evidence.course_lom(self.course_key).matrix)
        for problem in problems:
            validation.add(ValidationMessage(ValidationMessage.ERROR, problem.render(self.gettext)))
        return validation

    # ------------------------------------------------------------ learner view
    @XBlock.supports("multi_device")
    def student_view(self, context=None):
        try:
            items = self.parsed_items()
        except DomainError as error:
            return self.build_fragment("assessment/broken.html", {
                "display_name": self.display_name, "staff": self.can_author() or self.is_staff(),
                "problems": self.render_problems(error.problems)})
        self._register(items)
        titles = self._titles()
        show = rules.answers_visible(self.show_answers, self.max_attempts, self.attempts)
        result = self.last_result or {}
        answers = self.last_answers
        item_views = [views.item_view(
            self, item, index, len(items), answers.get(item.id), titles,
            views.feedback_view(self, item, answers.get(item.id), result.get("items", {}).get(item.id), show, titles))
            for index, item in enumerate(items, start=1)]
        summary = None
        if result and self.learner_id:
            mine = evidence.learner_mastery(self.course_key, self.learner_id)
            rows = views.outcome_rows(self, views.touched_outcomes(items, result), mine, titles)
            summary = views.summary_view(self, result, self.grade_beats_last_attempt(), rows)
        can_submit = bool(self.learner_id) and bool(items) and rules.can_submit(self.max_attempts, self.attempts)
        context = {
            "display_name": self.display_name, "items": item_views, "signed_in": bool(self.learner_id),
            "can_submit": can_submit, "attempts_text": views.attempts_text(self),
            "policy_text": self.gettext(views.POLICIES[self.show_answers]), "summary": summary,
        }
        return self.build_fragment("assessment/student.html", context, js=["js/assessment.js"],
                                   css=["css/jobs4all.css", "css/assessment.css"], init="Jobs4AllAssessment",
                                   init_args={"next_attempt": self.attempts + 1, "can_submit": can_submit})

    # ------------------------------------------------------------ submit
    @json_api(learner_only=True, max_body=64 * 1024)
    def submit(self, data, suffix=""):
        """Score one attempt, record its evidence, publish the grade; see the module docstring."""
        try:
            items = self.parsed_items()
        except DomainError as error:
            raise ApiError(409, N_("This assessment is being updated by course staff. Please try again later. "
                                   "Nothing was recorded.")) from error
        if not items:
            raise ApiError(400, N_("This assessment has no questions yet. Nothing was recorded."))
        refusal = rules.refusal(self.max_attempts, self.attempts, data.get("attempt"))
        if refusal:
            raise ApiError(400, refusal.message, **refusal.params)
        answers = parse_answers(items, self.reveal(items, data.get("answers")))
        result = score(items, answers)
        attempt = data["attempt"]
        if self.attempts == 0:   # first attempt, or the first after staff reset the attempts
            self.evidence_offset = highest_recorded_attempt(self.course_key, self.learner_id, self.usage_key)
        # Fixed per attempt: a second request for the same attempt hits the store's uniqueness guard.
        evidence_attempt = self.evidence_offset + attempt
        try:
            mastery = record_submission(learner_id=self.learner_id, course_key=self.course_key,
                                        usage_key=self.usage_key, attempt=evidence_attempt, result=result)
        except evidence.DuplicateEvidence as error:
            raise ApiError(400, N_("Attempt {attempt} has already been submitted; it was not recorded twice. "
                                   "Reload the page to see your result."), attempt=attempt) from error
        self.remember(attempt, evidence_attempt, answers, result)
        kept = self.grade_submission(result.fraction)
        return self._submission_response(items, answers, mastery, kept)

    def _submission_response(self, items, answers, mastery, kept):
        titles = self._titles()
        show = rules.answers_visible(self.show_answers, self.max_attempts, self.attempts)
        result = self.last_result
        rows = views.outcome_rows(self, views.touched_outcomes(items, result), mastery, titles)
        summary = views.summary_view(self, result, kept, rows)
        attempts = views.attempts_text(self)
        feedback = {item.id: self.render_template("assessment/_feedback.html", {"feedback": views.feedback_view(
            self, item, answers.get(item.id), result["items"].get(item.id), show, titles)}) for item in items}
        grade = self.get_score()
        return {
            "attempt": result["attempt"], "attempts_used": self.attempts,
            "attempts_left": rules.attempts_left(self.max_attempts, self.attempts),
            "can_submit": rules.can_submit(self.max_attempts, self.attempts), "next_attempt": self.attempts + 1,
            "score": {"earned": result["earned"], "possible": result["possible"]},
            "grade": {"value": grade.raw_earned, "max_value": grade.raw_possible, "kept_best": bool(kept)},
            "show_answers": show,
            "items": [{"id": key, **value} for key, value in result["items"].items()],
            "outcomes": rows,
            "announcement": views.announcement(self, summary, attempts),
            "html": {"summary": self.render_template("assessment/_summary.html", {"summary": summary}),
                     "attempts": attempts, "items": feedback},
        }

    # ------------------------------------------------------------ Studio
    def studio_view(self, context=None):
        gettext = self.gettext
        matrix = evidence.course_lom(self.course_key).matrix
        init = {
            "items": self.items,
            "settings": self._settings(),
            "outcomes": [{"id": o.id, "title": o.title} for o in matrix.outcomes] if matrix else None,
            "types": [{"value": key, "label": gettext(label)} for key, label in ITEM_TYPES.items()],
            "policies": [{"value": key, "label": gettext(label)} for key, label in rules.SHOW_ANSWERS.items()],
        }
        return self.build_fragment("assessment/studio.html", {"has_matrix": matrix is not None},
                                   js=["js/assessment-editor-parts.js", "js/assessment-editor.js"],
                                   css=["css/jobs4all.css", "css/editor.css", "css/assessment.css"],
                                   init="Jobs4AllAssessmentEditor", init_args=init)

    @json_api(author_only=True, max_body=1_000_000)
    def save_assessment(self, data, suffix=""):
        """Validate and store the settings and every question; nothing changes unless all is valid."""
        problems = []
        try:
            settings = rules.parse_settings(data.get("settings"))
        except DomainError as error:
            problems.extend(error.problems)
        try:
            items = parse_items(data.get("items"))
        except DomainError as error:
            problems.extend(error.problems)
        else:
            problems.extend(mapping_problems(items, evidence.course_lom(self.course_key).matrix))
        if problems:
            raise DomainError(problems)
        self.display_name, self.weight = settings.display_name, settings.weight
        self.max_attempts, self.show_answers = settings.max_attempts, settings.show_answers
        self.items = [item.as_dict() for item in items]
        self._register(items)
        return {"saved": True, "items": self.items, "settings": self._settings()}

    # ------------------------------------------------------------ mobile apps, search
    def student_view_data(self, context=None):
        """Questions without their answers (Course Blocks API); the learner's state comes
        from the ``student_view_user_state`` handler."""
        try:
            items = self.parsed_items()
        except DomainError:
            items = ()
        disguise = self.disguise(course_wide=True)   # collected once for all learners
        public = []
        for item in items:
            data = item.as_dict()
            data.pop("explanation")
            if "choices" in data:
                data["choices"] = [{"id": c["id"], "text": c["text"]} for c in data["choices"]]
            if "steps" in data:
                data["steps"] = views.ordered_steps(item, None, disguise)
            if "pairs" in data:
                data["terms"] = [{"id": p.id, "text": p.term} for p in item.pairs]
                data["options"] = views.matching_options(item, disguise)
                del data["pairs"], data["distractors"]
            public.append(data)
        return {"display_name": self.display_name, "weight": self.weight, "max_attempts": self.max_attempts,
                "show_answers": self.show_answers, "items": public}

    @json_api(methods=("GET", "POST"), learner_only=True, read_only=True)
    def student_view_user_state(self, data, suffix=""):
        """The current learner's attempts, latest answers and results (for the mobile apps)."""
        grade = self.get_score()
        return {"attempts": self.attempts, "attempts_left": rules.attempts_left(self.max_attempts, self.attempts),
                "answers": self.last_answers, "last_result": self.last_result,
                "grade": {"value": grade.raw_earned, "max_value": grade.raw_possible}}

    def index_dictionary(self):
        index = super().index_dictionary()
        texts = []
        for item in self.items or []:
            texts.append(html_to_text(item.get("prompt")))
            for entry in (item.get("choices") or []) + (item.get("steps") or []) + (item.get("distractors") or []):
                texts.append(entry.get("text") or "")
            for pair in item.get("pairs") or []:
                texts.extend([pair.get("term") or "", pair.get("match") or ""])
        index.setdefault("content", {}).update({"display_name": self.display_name,
                                                "items": " ".join(t for t in texts if t)})
        index["content_type"] = "Assessment"
        return index

    @staticmethod
    def workbench_scenarios():
        from ..demo.scenarios import load  # pylint: disable=import-outside-toplevel
        return load("assessment")
