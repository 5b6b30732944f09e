"""Rows of the instructor report of a reflective log (one row per submitted entry).

Column names and values come out in the language of ``gettext``; dates are ISO 8601 (UTC)
so that spreadsheets sort them.
"""
from .problems import gettext_noop
from .reflection_entries import JUDGEMENTS, STATUSES
from .text import spreadsheet_cell

COLUMNS = (
    ("entry", gettext_noop("Entry")),
    ("title", gettext_noop("Title")),
    ("status", gettext_noop("Status")),
    ("submitted", gettext_noop("Submitted")),
    ("outcomes", gettext_noop("Linked outcomes")),
    ("answer", gettext_noop("Answer")),
    ("feedback", gettext_noop("Feedback")),
    ("judgements", gettext_noop("Judgements")),
)


def _iso(when):
    return when.isoformat(timespec="seconds") if when else ""


def report_row(entry, gettext):
    """``{translated column name: text}`` of one entry (learner text as plain text)."""
    answers = "\n\n".join(f"{question}\n{answer}" for question, answer in entry.answer_pairs())
    feedback = "\n\n".join(f"[{_iso(item.created)}] {item.text}" for item in entry.feedback)
    judgements = "; ".join(f"{j.outcome_id}: {gettext(JUDGEMENTS[j.judgement])}" for j in entry.judgements)
    values = {
        "entry": str(entry.id),
        "title": entry.title,
        "status": gettext(STATUSES[entry.status]),
        "submitted": _iso(entry.submitted_at),
        "outcomes": ", ".join(entry.outcome_ids),
        "answer": answers,
        "feedback": feedback,
        "judgements": judgements,
    }
    return {gettext(label): spreadsheet_cell(values[key]) for key, label in COLUMNS}


def report_header(gettext):
    return [gettext(label) for _, label in COLUMNS]
