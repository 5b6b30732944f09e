"""How a reflective log's entries are shown: template contexts and JSON, labels translated.

Learner text goes into templates as plain values (the templates escape it) and into JSON
for the editor; it is never marked safe.
"""
from ..domain.reflection import count_words, limits_text
from ..domain.reflection_entries import JUDGEMENTS, STATUSES

CSS = ("css/jobs4all.css", "css/reflective-log.css")


class EntryPresenter:
    def __init__(self, block, outcomes=()):
        self.block = block
        self.gettext = block.gettext
        self.outcomes = {outcome.id: outcome for outcome in outcomes}

    def title(self, entry):
        return entry.title or self.gettext("Untitled entry")

    def person(self, anonymous_id):
        """A trainer's or learner's name ("" when the platform does not know it)."""
        name = self.block.learner_name(anonymous_id)
        return "" if name == anonymous_id else name

    @staticmethod
    def answers(pairs):
        return [{"question": question, "answer": answer, "words": count_words(answer)} for question, answer in pairs]

    def outcome_rows(self, entry):
        rows = []
        for outcome_id in entry.outcome_ids:
            judgement = entry.judgement_of(outcome_id)
            outcome = self.outcomes.get(outcome_id)
            rows.append({"id": outcome_id, "title": outcome.title if outcome else "", "judgement": judgement,
                         "judgement_label": self.gettext(JUDGEMENTS[judgement]) if judgement else ""})
        return rows

    def entry(self, entry, staff=False):
        """Template context of one entry (the learner's own view, or staff's with ``staff``)."""
        return {
            "id": entry.id,
            "title": self.title(entry),
            "status": entry.status,
            "status_label": self.gettext(STATUSES[entry.status]),
            "version": entry.version,
            "created": entry.created,
            "updated": entry.updated,
            "submitted_at": entry.submitted_at,
            "feedback_at": entry.feedback_at,
            "answers": self.answers(entry.answer_pairs()),
            "outcomes": self.outcome_rows(entry),
            "feedback": [{"text": item.text, "created": item.created, "trainer": self.person(item.trainer_id)}
                         for item in entry.feedback],
            "history": [{"number": len(entry.history) - index, "title": revision.title or self.title(entry),
                         "saved_at": revision.saved_at, "answers": self.answers(revision.answer_pairs())}
                        for index, revision in enumerate(entry.history)],
            "editable": entry.editable,
            "deletable": entry.deletable,
            "learner": self.person(entry.learner_id) or entry.learner_id if staff else "",
        }

    @staticmethod
    def entry_json(entry):
        """What the learner's editor needs to continue an entry."""
        return {"id": entry.id, "version": entry.version, "title": entry.title, "answers": entry.answers,
                "outcome_ids": list(entry.outcome_ids), "status": entry.status, "editable": entry.editable,
                "deletable": entry.deletable}

    def entry_state(self, entry):
        """The learner's view of an entry as data (mobile apps)."""
        data = self.entry_json(entry)
        data.update({
            "status_label": self.gettext(STATUSES[entry.status]),
            "created": _iso(entry.created), "submitted_at": _iso(entry.submitted_at),
            "feedback": [{"text": item.text, "created": _iso(item.created)} for item in entry.feedback],
            "judgements": {j.outcome_id: j.judgement for j in entry.judgements},
        })
        return data

    def prompt(self, prompt):
        return {"id": prompt.id, "text": prompt.text, "guidance": prompt.guidance, "min_words": prompt.min_words,
                "max_words": prompt.max_words, "limits": limits_text(prompt, self.block.translation())}

    def progress(self, submitted, required):
        if submitted >= required:
            text = self.block.ngettext("You have submitted {submitted} entry: this log is complete.",
                                       "You have submitted {submitted} entries: this log is complete.", submitted)
        else:
            text = self.block.ngettext(
                "You have submitted {submitted} of the {required} entry needed to complete this log.",
                "You have submitted {submitted} of the {required} entries needed to complete this log.", required)
        return {"submitted": submitted, "required": required, "complete": submitted >= required,
                "text": text.format(submitted=submitted, required=required)}


def _iso(when):
    return when.isoformat(timespec="seconds") if when else None
