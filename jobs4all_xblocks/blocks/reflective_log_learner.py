"""The learner's side of a reflective log: autosave, submit, delete, own state, export.

Handlers answer JSON (see :mod:`.api`): bad input gets a 400 with a translated message
and changes nothing. A save never overwrites a newer version: the text is kept as a new
draft instead (``action: "copied"``), so two tabs cannot lose each other's work.
"""
from django.utils import timezone
from django.utils.formats import time_format
from webob import Response
from xblock.core import XBlock

from .. import evidence
from ..domain.problems import DomainError
from ..domain.numbers import whole_number
from ..domain.problems import gettext_noop as N_
from ..domain.reflection import MAX_PROMPTS
from ..domain.reflection_entries import (MAX_ANSWER_CHARS, MAX_ENTRIES, REVIEWED, check_submission, clean_draft,
                                         completion)
from .api import ApiError, json_api, json_response, text_response

# Every prompt filled up to the answer limit, in a script of up to 4 bytes a character, as JSON.
MAX_SAVE_BODY = MAX_PROMPTS * MAX_ANSWER_CHARS * 4 + 64 * 1024

MESSAGES = {
    "submitted": N_("Your entry was submitted. Your trainer will read it and give feedback."),
    "resubmitted": N_("Your changes were saved. Your trainer sees the new version."),
    "reviewed": N_("Your trainer has given feedback on this entry, so it can no longer be changed. "
                   "Your text was saved as a new draft, so nothing is lost."),
    "changed": N_("This entry was changed in another window or tab. Your text was saved as a new draft, "
                  "so nothing is lost: compare the two and delete the one you do not need."),
    "submitted_elsewhere": N_("This entry is submitted: save changes to it with “Save changes”. "
                              "Your text was kept as a new draft."),
    "deleted": N_("This entry was deleted in another window or tab. Your text was saved as a new draft."),
}


def entry_ref(data, required=True):
    """``(entry id or None, version)`` from a request; ApiError 400 when malformed."""
    entry_id, version = data.get("entry_id"), data.get("version", 0)
    if entry_id in (None, ""):
        if required:
            raise ApiError(400, N_("The request does not say which entry it is about. Nothing was changed."))
        return None, 0
    entry_id, version = whole_number(entry_id, 1, 2**62), whole_number(version or 0, 0, 2**62)
    if entry_id is None or version is None:
        raise ApiError(400, N_("The entry id and version must be whole numbers. Nothing was changed."))
    return entry_id, version


class LearnerHandlersMixin:
    """Requires the block's ``log_settings``, ``shown_prompts``, ``linkable_outcomes``, ``presenter``."""

    def settings_or_error(self):
        try:
            return self.log_settings()
        except DomainError as error:
            raise ApiError(409, N_("This reflective log is being prepared by the course team. "
                                   "Please try again later; your text is still on this page.")) from error

    @json_api(learner_only=True, max_body=MAX_SAVE_BODY)
    def save_draft(self, data, suffix=""):
        """Autosave: ``{entry_id|null, version, title, answers: {prompt: text}, outcome_ids}``."""
        return self._save(data, submit=False)

    @json_api(learner_only=True, max_body=MAX_SAVE_BODY)
    def submit_entry(self, data, suffix=""):
        """Submit a draft, or save changes to a submitted entry (same body as ``save_draft``)."""
        return self._save(data, submit=True)

    def _save(self, data, submit):
        settings = self.settings_or_error()
        entry_id, version = entry_ref(data, required=False)
        prompts = self.shown_prompts(settings)
        draft = clean_draft(data, prompts, [outcome.id for outcome in self.linkable_outcomes(settings)])
        if submit:
            check_submission(draft, prompts, settings.require_outcome)
        learner = self.learner_id
        if entry_id is None and evidence.count_entries(self.course_key, self.usage_key, learner) >= MAX_ENTRIES:
            raise ApiError(400, N_("This log already has {limit} entries, the most it can hold. "
                                   "Nothing was saved; your text is still here."), limit=MAX_ENTRIES)
        self.learner_key = learner
        title = draft.title or self.gettext("Untitled entry")
        keys = {"course_key": self.course_key, "usage_key": self.usage_key, "learner_id": learner, "draft": draft,
                "prompts": [(prompt.id, prompt.text) for prompt in prompts],
                "copy_title": self.gettext("{title} (copy)").format(title=title)}
        message = None
        try:
            result = evidence.save_reflection(entry_id=entry_id, base_version=version, submit=submit, **keys)
        except evidence.ReflectionNotFound:
            result = evidence.save_reflection(entry_id=None, base_version=0, **keys)
            message = MESSAGES["deleted"]
        if result.action == "copied":
            if result.original.status == REVIEWED:
                message = MESSAGES["reviewed"]
            elif result.original.version == version:
                message = MESSAGES["submitted_elsewhere"]
            else:
                message = MESSAGES["changed"]
        elif submit and result.action != "unchanged":
            message = MESSAGES["submitted"] if result.first_submission else MESSAGES["resubmitted"]
        if result.first_submission:
            self.emit_completion(completion(self._submitted(), settings.required_entries))
        return self._state_response(settings, result.entry, action=result.action, message=message)

    def _submitted(self):
        return evidence.count_submitted(self.course_key, self.usage_key, self.learner_id)

    def _state_response(self, settings, entry=None, **extra):
        """The learner's list of entries as HTML, their progress and the entry just changed."""
        presenter = self.presenter()
        entries = evidence.reflection_entries(self.course_key, self.usage_key, self.learner_id)
        submitted = sum(1 for item in entries if item.shared)
        message = extra.pop("message", None)
        response = {
            "entries_html": self.render_template("reflective_log/_entries.html",
                                                 {"entries": [presenter.entry(item) for item in entries]}),
            "progress": presenter.progress(submitted, settings.required_entries),
            **extra,
        }
        if message:
            response["message"] = self.gettext(message)
        if entry is not None:
            now = timezone.localtime(entry.updated)
            response["entry"] = presenter.entry_json(entry)
            response["saved_at"] = entry.updated.isoformat()
            response["saved_label"] = self.gettext("Saved at {time}").format(time=time_format(now, "TIME_FORMAT"))
        return response

    @json_api(learner_only=True)
    def delete_draft(self, data, suffix=""):
        """Delete a draft: ``{entry_id, version}``. A draft changed meanwhile is kept (409)."""
        settings = self.settings_or_error()
        entry_id, version = entry_ref(data)
        try:
            evidence.delete_reflection_draft(course_key=self.course_key, usage_key=self.usage_key,
                                             learner_id=self.learner_id, entry_id=entry_id, base_version=version)
        except evidence.ReflectionNotFound:
            pass  # deleted already (another tab): the learner's wish is fulfilled
        except evidence.ReflectionConflict as conflict:
            body = self._state_response(settings, conflict.entry)
            body["error"] = self.gettext("This entry was changed or submitted in another window or tab, "
                                         "so it was not deleted.")
            return json_response(body, status=409)
        return self._state_response(settings, deleted=True, message=N_("The draft was deleted."))

    @json_api(methods=("GET", "POST"), learner_only=True, read_only=True)
    def student_view_user_state(self, data, suffix=""):
        """The learner's entries with feedback and progress (mobile apps, other tabs)."""
        settings = self.settings_or_error()
        presenter = self.presenter()
        entries = evidence.reflection_entries(self.course_key, self.usage_key, self.learner_id)
        submitted = sum(1 for item in entries if item.shared)
        return {"entries": [presenter.entry_state(entry) for entry in entries],
                "progress": presenter.progress(submitted, settings.required_entries)}

    @XBlock.handler
    def export_log(self, request, suffix=""):
        """The learner's own log as a print-friendly HTML document in the course language."""
        if not self.learner_id:
            return text_response(self, 403, N_("Please sign in to save your work."))
        presenter = self.presenter()
        entries = evidence.reflection_entries(self.course_key, self.usage_key, self.learner_id)
        context = {
            "display_name": self.display_name,
            "entries": [presenter.entry(entry) for entry in reversed(entries)],
            "exported": timezone.now(),
            "learner": presenter.person(self.learner_id),
        }
        response = Response(body=self.render_template("reflective_log/export.html", context).encode("utf-8"),
                            content_type="text/html", charset="utf-8")
        if request.GET.get("download"):
            response.content_disposition = 'attachment; filename="reflective-log.html"'
        return response
