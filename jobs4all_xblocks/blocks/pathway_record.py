""""My CPD record": the learner's printable record of their CPD, in the course language.

A print-friendly HTML document (the browser's Print command makes a PDF of it): hours per
module by mode, outcomes achieved with the date and kind of evidence, submitted reflective
entries, trainer judgements. Its content comes from :mod:`..domain.cpd_record`.
"""
from django.utils import timezone
from webob import Response
from xblock.core import XBlock

from .. import evidence
from ..domain.cpd_record import MODES, cpd_record
from ..domain.evidence_kinds import KINDS
from ..domain.pathway import MODES as MODE_LABELS
from ..domain.problems import DomainError
from ..domain.problems import gettext_noop as N_
from ..domain.reflection_entries import JUDGEMENTS
from .identity import USERNAME
from .pathway_data import learner_pathway
from .api import text_response
from .pathway_present import PathwayPresenter, hours_text


class RecordMixin:
    """Requires the block's ``definition``."""

    def _record_context(self, config, data):
        presenter = PathwayPresenter(self, config)
        gettext = self.gettext
        record = cpd_record(data.status, data.mastery, evidence.learner_evidence(self.course_key, self.learner_id),
                            data.reflections)
        titles = {outcome.id: outcome.title for outcome in (data.matrix.outcomes if data.matrix else ())}
        return {
            "display_name": self.display_name,
            "learner": self._learner_display_name(),
            "course": self.course_key,
            "created": timezone.now(),
            "rules": presenter.rules_text(),
            "unlocked": record.level2_unlocked,
            "modes": [gettext(MODE_LABELS[mode]) for mode in MODES],
            "modules": [{"code": line.area.code, "title": presenter.area_title(line.area.code),
                         "module": line.area.config.module, "completed": line.area.completed,
                         "state": presenter.area(line.area)["state_label"],
                         "hours": [hours_text(line.hours[mode]) for mode in MODES], "total": hours_text(line.total)}
                        for line in record.modules],
            "done_hours": [hours_text(record.done_hours[mode]) for mode in MODES],
            "done_total": hours_text(record.done_total),
            "planned_hours": [hours_text(record.planned_hours[mode]) for mode in MODES],
            "planned_total": hours_text(record.planned_total),
            "outcomes": [{"id": item.outcome.id, "title": item.outcome.title, "area": item.outcome.area,
                          "achieved_at": item.achieved_at, "kinds": [gettext(KINDS[kind]) for kind in item.kinds]}
                         for item in record.outcomes],
            "reflections": [{"title": entry.title or gettext("Untitled entry"), "submitted_at": entry.submitted_at,
                             "feedback_at": entry.feedback_at, "outcomes": list(entry.outcome_ids)}
                            for entry in record.reflections],
            "judgements": [{"outcome": item.outcome_id, "title": titles.get(item.outcome_id, ""),
                            "judgement": gettext(JUDGEMENTS[item.judgement]) if item.judgement else "",
                            "percent": int(round(item.ratio * 100)), "at": item.at, "entry": item.entry_title}
                           for item in record.judgements],
        }

    def _learner_display_name(self):
        user = self._current_user()
        if user is None:
            return ""
        return user.full_name or user.opt_attrs.get(USERNAME) or ""

    @XBlock.handler
    def cpd_record(self, request, suffix=""):
        """The learner's CPD record as a printable HTML page (``?download=1``: as a file)."""
        if not self.learner_id:
            return text_response(self, 403, N_("Please sign in to see your CPD record."))
        try:
            config = self.definition()
        except DomainError:
            return text_response(self, 409, N_("The pathway of this course is being updated. Please try again later."))
        context = self._record_context(config, learner_pathway(self.course_key, self.learner_id, config))
        response = Response(body=self.render_template("pathway/record.html", context).encode("utf-8"),
                            content_type="text/html", charset="utf-8")
        if request.GET.get("download"):
            response.content_disposition = 'attachment; filename="cpd-record.html"'
        return response
