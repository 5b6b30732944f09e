"""The trainer's side of a reflective log: the review queue, feedback, judgements, reports.

Every handler here is for course staff only and refuses anyone else on the server (403).
Learners are shown to staff by name where the platform knows it (anonymous ids otherwise).
"""
import csv
import io

from xblock.core import XBlock

from .. import evidence
from ..domain.mastery import NOT_STARTED, STATES
from ..domain.numbers import whole_number
from ..domain.problems import gettext_noop as N_
from ..domain.reflection_entries import JUDGEMENTS, MAX_FEEDBACK_CHARS, clean_review
from ..domain.reflection_report import report_header, report_row
from .api import ApiError, csv_response, json_api, json_response, text_response
from .reflective_log_learner import entry_ref

PAGE = 20
FILTERS = {"awaiting": N_("Awaiting feedback"), "all": N_("All submitted entries")}


class ReviewMixin:
    """Requires the block's ``presenter`` and ``render_template``."""

    def review_context(self, awaiting_only=True, offset=0):
        """Template context of the review queue (one page, newest submission first)."""
        page = evidence.review_queue(self.course_key, self.usage_key, awaiting_only=awaiting_only,
                                     offset=offset, limit=PAGE)
        presenter = self.presenter()
        return {
            "filter": "awaiting" if awaiting_only else "all",
            "filters": [{"value": key, "label": self.gettext(label)} for key, label in FILTERS.items()],
            "entries": [presenter.entry(entry, staff=True) for entry in page.entries],
            "total": page.total, "awaiting": page.awaiting, "shared": page.shared,
            "offset": offset, "first": offset + 1, "last": offset + len(page.entries),
            "previous": max(0, offset - PAGE) if offset else None,
            "next": offset + PAGE if offset + PAGE < page.total else None,
        }

    def _queue(self, data):
        choice = str(data.get("filter") or "awaiting")
        if choice not in FILTERS:
            raise ApiError(400, N_('Unknown filter "{value}".'), value=choice[:40])
        offset = whole_number(data.get("offset") or 0, 0, 10**9)
        if offset is None:
            raise ApiError(400, N_("The position in the list must be a whole number."))
        context = self.review_context(awaiting_only=choice == "awaiting", offset=offset)
        return context, self.render_template("reflective_log/_queue.html", {"review": context})

    @json_api(methods=("GET", "POST"), staff_only=True)
    def review_queue(self, data, suffix=""):
        """``{filter: "awaiting"|"all", offset}`` -> the queue as HTML and its counts."""
        context, html = self._queue(data)
        return {"html": html, "total": context["total"], "awaiting": context["awaiting"],
                "shared": context["shared"]}

    def _entry_for_staff(self, entry_id):
        try:
            return evidence.reflection_entry(self.course_key, self.usage_key, entry_id)
        except evidence.ReflectionNotFound as error:
            raise ApiError(404, N_("This entry does not exist or has not been submitted.")) from error

    def _review_html(self, entry):
        presenter = self.presenter()
        mastery = evidence.learner_mastery(self.course_key, entry.learner_id)
        shown = presenter.entry(entry, staff=True)
        for outcome in shown["outcomes"]:
            state = mastery[outcome["id"]].state if outcome["id"] in mastery else NOT_STARTED
            outcome["mastery"] = self.gettext(STATES[state])
        context = {"entry": shown, "max_feedback": MAX_FEEDBACK_CHARS,
                   "judgements": [{"value": key, "label": self.gettext(label)} for key, label in JUDGEMENTS.items()]}
        return self.render_template("reflective_log/_review.html", context)

    @json_api(methods=("GET", "POST"), staff_only=True)
    def review_entry(self, data, suffix=""):
        """``{entry_id}`` -> the entry with its history and feedback form, as HTML."""
        entry_id, _ = entry_ref(data)
        entry = self._entry_for_staff(entry_id)
        return {"html": self._review_html(entry), "entry_id": entry.id, "version": entry.version}

    @json_api(staff_only=True)
    def give_feedback(self, data, suffix=""):
        """``{entry_id, version, feedback, judgements: {outcome_id: judgement or ""}}``.

        Feedback makes the entry read-only for the learner; judgements are recorded as
        trainer evidence for the outcomes. 409 (nothing changed) when the learner changed
        the entry after the trainer opened it.
        """
        entry_id, version = entry_ref(data)
        entry = self._entry_for_staff(entry_id)
        feedback, changes = clean_review(entry, data)
        try:
            entry = evidence.review_reflection(
                course_key=self.course_key, usage_key=self.usage_key, entry_id=entry_id, base_version=version,
                trainer_id=self.learner_id or "", feedback=feedback, judgements=changes)
        except evidence.ReflectionConflict as conflict:
            return json_response({
                "error": self.gettext("The learner changed this entry after you opened it. Read the new version "
                                      "below; nothing was saved, and your feedback is still in the form."),
                "html": self._review_html(conflict.entry), "version": conflict.entry.version}, status=409)
        _, queue_html = self._queue(data)
        mastery = evidence.learner_mastery(self.course_key, entry.learner_id)
        return {"html": self._review_html(entry), "queue_html": queue_html, "version": entry.version,
                "message": self.gettext("Your review was saved. The learner sees it under the entry."),
                "mastery": {outcome_id: mastery[outcome_id].state if outcome_id in mastery else NOT_STARTED
                            for outcome_id in entry.outcome_ids}}

    # ------------------------------------------------------------ reports
    def _report_rows(self, learner_ids=None):
        for entry in evidence.shared_reflections(self.course_key, self.usage_key, learner_ids):
            yield entry, report_row(entry, self.gettext)

    def generate_report_data(self, user_state_iterator, limit_responses=None):
        """Rows of the LMS problem-responses report: one per submitted entry, with feedback.

        Learners are found through the anonymous id kept in their user state when they first
        saved an entry (``learner_key``).
        """
        count = 0
        for user_state in user_state_iterator:
            learner = (getattr(user_state, "state", None) or {}).get("learner_key")
            if not learner:
                continue
            for _, row in self._report_rows([learner]):
                if limit_responses is not None and count >= limit_responses:
                    return
                count += 1
                yield user_state.username, row

    @XBlock.handler
    def report_csv(self, request, suffix=""):
        """Staff only: every submitted entry of the log with feedback and judgements (CSV)."""
        if not self.is_staff():
            return text_response(self, 403, N_("Only course staff can do this."))
        presenter = self.presenter(outcomes=())
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        header = report_header(self.gettext)
        writer.writerow([self.gettext("Learner"), self.gettext("Anonymized user ID")] + header)
        for entry, row in self._report_rows():
            writer.writerow([presenter.person(entry.learner_id), entry.learner_id] + [row[name] for name in header])
        return csv_response(out.getvalue(), "reflective-log-entries.csv")
