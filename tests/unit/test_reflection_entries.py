"""Entry lifecycle, the learner's input, word limits on submission, the trainer's review and
report rows (pure domain, no runtime)."""
from datetime import datetime, timezone

import pytest

from jobs4all_xblocks.domain import reflection_entries as e
from jobs4all_xblocks.domain.problems import DomainError
from jobs4all_xblocks.domain.reflection_frameworks import Prompt
from jobs4all_xblocks.domain.reflection_report import report_header, report_row

PROMPTS = (Prompt("what", "What happened?", min_words=3, max_words=6),
           Prompt("next", "What next?", min_words=0, max_words=0))
WHEN = datetime(2026, 3, 1, 9, 30, tzinfo=timezone.utc)


def entry(status=e.DRAFT, version=1, **fields):
    values = {"id": 7, "learner_id": "anon", "usage_key": "log", "title": "Visit", "status": status,
              "answers": {"what": "one two three", "next": "call"}, "outcome_ids": ("LO-1.1",),
              "prompts": (("what", "What happened?"), ("next", "What next?")), "version": version,
              "created": WHEN, "updated": WHEN, **fields}
    return e.Entry(**values)


def problems(func, *args, **kwargs):
    with pytest.raises(DomainError) as caught:
        func(*args, **kwargs)
    return [(p.field, p.message.format(**p.params)) for p in caught.value.problems]


# ---------------------------------------------------------------- lifecycle

def test_lifecycle_draft_submitted_reviewed():
    draft, submitted, reviewed = entry(e.DRAFT), entry(e.SUBMITTED), entry(e.REVIEWED)
    assert (draft.editable, draft.deletable, draft.shared) == (True, True, False)
    assert (submitted.editable, submitted.deletable, submitted.shared) == (True, False, True)
    assert (reviewed.editable, reviewed.deletable, reviewed.shared) == (False, False, True)
    assert e.status_after_save(e.DRAFT, submit=False) == e.DRAFT
    assert e.status_after_save(e.DRAFT, submit=True) == e.SUBMITTED
    assert e.status_after_save(e.SUBMITTED, submit=True) == e.SUBMITTED


@pytest.mark.parametrize("status, version, base, same, submit, expected", [
    (e.DRAFT, 3, 3, False, False, e.UPDATE),          # autosave of the latest version
    (e.DRAFT, 3, 3, True, False, e.UNCHANGED),        # the same text again: nothing to store
    (e.DRAFT, 3, 3, True, True, e.UPDATE),            # submitting what is stored
    (e.DRAFT, 4, 3, False, False, e.COPY),            # another tab saved in between: keep both texts
    (e.DRAFT, 4, 3, True, True, e.UPDATE),            # stale tab, same text, submit: nothing is lost
    (e.SUBMITTED, 5, 5, False, True, e.UPDATE),       # "Save changes" before feedback
    (e.SUBMITTED, 5, 5, False, False, e.COPY),        # a mere draft save never changes a submitted entry
    (e.SUBMITTED, 6, 5, False, True, e.COPY),         # changed in another tab meanwhile
    (e.REVIEWED, 5, 5, False, True, e.COPY),          # read-only after feedback: the text becomes a new draft
    (e.REVIEWED, 5, 5, True, True, e.UNCHANGED),
])
def test_what_a_save_does(status, version, base, same, submit, expected):
    assert e.save_action(status, version, base, same, submit) == expected


# ---------------------------------------------------------------- the learner's input

def test_a_draft_keeps_answers_of_known_prompts_and_the_linked_outcomes_in_matrix_order():
    draft = e.clean_draft({"title": "  Visit ", "answers": {"next": "later", "what": "   "},
                           "outcome_ids": ["LO-1.3", "LO-1.1", "LO-1.3"]}, PROMPTS, ["LO-1.1", "LO-1.2", "LO-1.3"])
    assert draft == e.Draft("Visit", {"next": "later"}, ("LO-1.1", "LO-1.3"))


def test_a_draft_may_be_short_but_not_too_big():
    assert e.clean_draft({"answers": {"what": "one"}}, PROMPTS, []).answers == {"what": "one"}
    huge = "x" * (e.MAX_ANSWER_CHARS + 1)
    assert problems(e.clean_draft, {"answers": {"what": huge}}, PROMPTS, []) == [
        ("what", f'Your answer to "What happened?" has {e.MAX_ANSWER_CHARS + 1} characters; at most '
                 f'{e.MAX_ANSWER_CHARS} can be saved. It was not saved: please shorten it (your text is still here).')]


def test_malformed_input_is_refused_with_every_problem():
    found = problems(e.clean_draft, {"title": "t" * 201, "answers": {"what": 3}, "outcome_ids": ["LO-9.9", 5]},
                     PROMPTS, ["LO-1.1"])
    assert ("title", "The title is longer than 200 characters.") in found
    assert ("what", "Every answer must be text.") in found
    assert ("outcome_ids", 'The outcome "LO-9.9" cannot be linked to entries of this log.') in found
    assert ("outcome_ids", 'The outcome "5" cannot be linked to entries of this log.') in found
    assert problems(e.clean_draft, {"answers": ["a"]}, PROMPTS, []) == [
        ("answers", "The answers must be a set of named texts.")]


def test_text_for_a_prompt_that_no_longer_exists_is_not_dropped_silently():
    assert problems(e.clean_draft, {"answers": {"gone": "my text"}}, PROMPTS, [])[0][0] == "answers"
    assert e.clean_draft({"answers": {"gone": "  "}}, PROMPTS, []).answers == {}


# ---------------------------------------------------------------- submission

def test_submission_checks_the_word_limits_of_every_prompt():
    short = e.Draft("t", {"what": "only two", "next": ""})
    assert problems(e.check_submission, short, PROMPTS) == [
        ("what", 'Your answer to "What happened?" is too short: 2 of at least 3 words.')]
    long = e.Draft("t", {"what": "one two three four five six seven"})
    assert problems(e.check_submission, long, PROMPTS) == [
        ("what", 'Your answer to "What happened?" is too long: 7 words, at most 6.')]
    e.check_submission(e.Draft("t", {"what": "one two three"}), PROMPTS)


def test_submission_needs_text_and_if_required_an_outcome():
    optional = (Prompt("next", "What next?"),)
    assert problems(e.check_submission, e.Draft("t", {}), optional) == [
        ("answers", "Write your reflection before you submit the entry.")]
    assert problems(e.check_submission, e.Draft("t", {"next": "soon"}), optional, require_outcome=True) == [
        ("outcome_ids", "Link the entry to at least one learning outcome before you submit it.")]


def test_completion_counts_submitted_entries():
    assert [e.completion(n, 2) for n in (0, 1, 2, 3)] == [0.0, 0.5, 1.0, 1.0]


# ---------------------------------------------------------------- review

def test_first_review_needs_feedback_and_judges_linked_outcomes_only():
    submitted = entry(e.SUBMITTED, outcome_ids=("LO-1.1", "LO-1.2"))
    assert e.clean_review(submitted, {"feedback": " Well observed. ", "judgements": {"LO-1.1": "demonstrated"}}) == (
        "Well observed.", {"LO-1.1": "demonstrated"})
    assert problems(e.clean_review, submitted, {"judgements": {"LO-1.1": "demonstrated"}}) == [
        ("feedback", "Write your feedback to the learner first.")]
    found = problems(e.clean_review, submitted, {"feedback": "ok", "judgements": {"LO-2.1": "partly", "LO-1.2": "great"}})
    assert ("judgements", 'The entry is not linked to the outcome "LO-2.1".') in found
    assert ("judgement-LO-1.2", 'Unknown judgement "great".') in found


def test_later_reviews_may_revise_or_withdraw_a_judgement():
    reviewed = entry(e.REVIEWED, feedback=(e.Feedback("t", "Good", WHEN),),
                     judgements=(e.Judgement("LO-1.1", e.PARTLY, "t", WHEN),))
    assert e.clean_review(reviewed, {"judgements": {"LO-1.1": "demonstrated"}}) == ("", {"LO-1.1": "demonstrated"})
    assert e.clean_review(reviewed, {"judgements": {"LO-1.1": ""}}) == ("", {"LO-1.1": ""})
    assert problems(e.clean_review, reviewed, {"judgements": {"LO-1.1": "partly"}}) == [
        ("feedback", "Nothing to save: write more feedback or change a judgement.")]


def test_drafts_cannot_be_reviewed():
    assert problems(e.clean_review, entry(e.DRAFT), {"feedback": "x"}) == [
        (None, "Only submitted entries can be reviewed.")]


def test_judgements_are_scored_for_mastery():
    assert e.JUDGEMENT_SCORES == {e.NOT_YET: 0.0, e.PARTLY: 0.5, e.DEMONSTRATED: 1.0}


# ---------------------------------------------------------------- report

def test_report_row_has_the_entry_its_answers_feedback_and_judgements():
    reviewed = entry(e.REVIEWED, submitted_at=WHEN, outcome_ids=("LO-1.1", "LO-1.2"),
                     feedback=(e.Feedback("t", "Good start.", WHEN),),
                     judgements=(e.Judgement("LO-1.1", e.DEMONSTRATED, "t", WHEN),))
    row = report_row(reviewed, str)
    assert list(row) == report_header(str) == ["Entry", "Title", "Status", "Submitted", "Linked outcomes", "Answer",
                                               "Feedback", "Judgements"]
    assert row["Status"] == "Feedback received"
    assert row["Submitted"] == "2026-03-01T09:30:00+00:00"
    assert row["Linked outcomes"] == "LO-1.1, LO-1.2"
    assert row["Answer"] == "What happened?\none two three\n\nWhat next?\ncall"
    assert row["Feedback"] == "[2026-03-01T09:30:00+00:00] Good start."
    assert row["Judgements"] == "LO-1.1: Demonstrated"


def test_report_cells_never_run_as_spreadsheet_formulas():
    from jobs4all_xblocks.domain.text import spreadsheet_cell  # pylint: disable=import-outside-toplevel
    assert spreadsheet_cell('=HYPERLINK("http://x")') == '\'=HYPERLINK("http://x")'
    assert spreadsheet_cell("-1 + 2") == "'-1 + 2" and spreadsheet_cell("@SUM(A1)") == "'@SUM(A1)"
    assert spreadsheet_cell("A normal title") == "A normal title" and spreadsheet_cell(None) == ""
