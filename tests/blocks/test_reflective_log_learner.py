"""The reflective log as a learner meets it: prompts, autosave, submit, edit until feedback,
word and size limits, bad requests, evidence, completion, privacy and the export."""
import json
import re

from jobs4all_xblocks.domain.evidence_kinds import REFLECTION
from jobs4all_xblocks.domain.reflection_entries import MAX_ANSWER_CHARS
from tests.blocks.reflective_log_page import (answers, make_page, page,  # noqa: F401  pylint: disable=unused-import
                                              text_of, words)


def editor_data(html):
    """The entries the learner's editor starts with (the block's escaped init data)."""
    return json.loads(re.search(r'<script id="[^"]+-init-args" type="application/json">(.*?)</script>',
                                html).group(1))["entries"]


def entry_of(body):
    return body["entry"]["id"], body["entry"]["version"]


# ---------------------------------------------------------------- the page

def test_learner_sees_the_prompts_guidance_limits_and_the_outcomes_to_link(page):
    html = page.render()
    text = text_of(html)
    assert "Module 1 log" in text and "Think of one employer." in text
    assert "Reflection framework: What? So what? Now what? (Rolfe)" in text
    for question in ("What? Describe the situation.", "So what? What does it mean?", "Now what? What will you do next?"):
        assert question in text
    assert "What happened, what was your role" in text                    # guidance
    assert text.count("Write 20 to 400 words.") == 3
    assert "LO-1.1" in text and "LO-1.3" in text and "LO-2.1" not in text    # only the allowed outcomes
    assert "You have submitted 0 of the 2 entries needed to complete this log." in text
    assert "You have not written any entries yet." in text
    assert "Trainer review" not in text


def test_every_field_has_a_label_and_the_word_count_is_tied_to_its_answer(page):
    html = page.render()
    for field_id in re.findall(r'<(?:textarea|input)[^>]* id="([^"]+)"', html):
        assert f'<label for="{field_id}">' in html, field_id
    area = re.search(r'<textarea id="([^"]+-answer-what)"[^>]*aria-describedby="([^"]+)"', html)
    described = area.group(2).split()
    assert any(d.endswith("-guidance-what") for d in described) and any(d.endswith("-count-what") for d in described)
    assert 'aria-live="polite" data-role="word-live"' in html


def test_two_logs_on_one_page_have_unique_ids(workbench):
    root = workbench.load("<vertical_demo><jobs4all_lom/><jobs4all_reflective_log/><jobs4all_reflective_log "
                          'framework="gibbs"/></vertical_demo>', course="two-logs")
    html = workbench.render(root)
    ids = re.findall(r'\sid="([^"]+)"', html)
    assert len(ids) > 20 and len(ids) == len(set(ids))


# ---------------------------------------------------------------- lifecycle

def test_autosave_creates_a_dated_draft_and_keeps_saving_it(page):
    status, body = page.save(answers={"what": "First thoughts"})
    assert status == 200 and body["action"] == "created"
    entry_id, version = entry_of(body)
    assert body["entry"]["status"] == "draft" and body["saved_label"].startswith("Saved at ")
    assert "First thoughts" in body["entries_html"] and "Draft" in body["entries_html"]
    status, body = page.save(entry_id=entry_id, version=version, answers={"what": "First thoughts, more"})
    assert status == 200 and body["action"] == "updated" and body["entry"]["version"] == version + 1
    status, again = page.save(entry_id=entry_id, version=version + 1, answers={"what": "First thoughts, more"})
    assert again["action"] == "unchanged" and again["entry"]["version"] == version + 1
    [entry] = page.entries()
    assert entry.answers == {"what": "First thoughts, more"} and entry.status == "draft" and entry.created
    assert page.evidence() == []                                      # a draft is no evidence


def test_a_draft_survives_a_reload(page):
    _, body = page.save(title="Visit at the garage", answers={"what": "Half a thought"})
    html = page.render()
    assert "Visit at the garage" in html and "Half a thought" in html
    [draft] = editor_data(html)                                  # what the editor continues with
    assert (draft["id"], draft["version"], draft["answers"]) == (body["entry"]["id"], 1, {"what": "Half a thought"})


def test_entries_are_listed_newest_first(page):
    for title in ("First", "Second", "Third"):
        page.save(title=title)
    html = page.render()
    assert html.index(">Third<") < html.index(">Second<") < html.index(">First<")


def test_lifecycle_draft_submitted_feedback_read_only(page):
    _, body = page.save()
    entry_id, version = entry_of(body)
    status, body = page.submit(entry_id=entry_id, version=version)
    assert status == 200
    assert body["message"] == "Your entry was submitted. Your trainer will read it and give feedback."
    assert body["entry"]["status"] == "submitted" and body["entry"]["editable"] is True
    assert "Submitted, awaiting feedback" in body["entries_html"]
    # Before feedback the learner may still change it; the previous version is kept.
    changed = answers()
    changed["what"] = words(30, "changed")
    status, body = page.submit(entry_id=entry_id, version=body["entry"]["version"], answers=changed)
    assert status == 200 and body["message"] == "Your changes were saved. Your trainer sees the new version."
    assert "1 earlier version" in body["entries_html"]
    # The trainer answers: the entry becomes read-only.
    status, _ = page.call("give_feedback", {"entry_id": entry_id, "version": body["entry"]["version"],
                                            "feedback": "Thank you, well observed."}, student="staff_1")
    assert status == 200
    html = page.render()
    assert "Feedback received" in html and "Thank you, well observed." in text_of(html)
    assert f'data-action="edit" data-entry="{entry_id}"' not in html
    # A late save from the learner changes nothing in the reviewed entry: its text becomes a new draft.
    status, late = page.submit(entry_id=entry_id, version=body["entry"]["version"], answers=answers(22))
    assert status == 200 and late["action"] == "copied" and late["entry"]["id"] != entry_id
    assert late["message"].startswith("Your trainer has given feedback on this entry, so it can no longer be changed.")
    reviewed = next(e for e in page.entries() if e.id == entry_id)
    assert reviewed.status == "reviewed" and reviewed.answers == changed and len(reviewed.history) == 1


def test_a_submitted_entry_is_only_changed_by_save_changes(page):
    _, body = page.submit()
    entry_id, version = entry_of(body)
    status, body = page.save(entry_id=entry_id, version=version, answers=answers(21))
    assert status == 200 and body["action"] == "copied"                      # kept as a new draft
    assert next(e for e in page.entries() if e.id == entry_id).answers == answers()


def test_a_learner_can_delete_a_draft_but_not_a_submitted_entry(page):
    _, draft = page.save(title="Scratch")
    _, submitted = page.submit(title="Keep me")
    status, body = page.call("delete_draft", {"entry_id": draft["entry"]["id"], "version": draft["entry"]["version"]})
    assert status == 200 and body["message"] == "The draft was deleted." and "Scratch" not in body["entries_html"]
    status, body = page.call("delete_draft", {"entry_id": submitted["entry"]["id"],
                                              "version": submitted["entry"]["version"]})
    assert status == 409 and "was not deleted" in body["error"]
    assert [e.title for e in page.entries()] == ["Keep me"]


# ---------------------------------------------------------------- limits

def test_word_limits_are_checked_on_submit_and_the_draft_is_kept(page):
    _, body = page.save()
    entry_id, version = entry_of(body)
    short = dict(answers(), what="Too short")
    status, body = page.submit(entry_id=entry_id, version=version, answers=short)
    assert status == 400
    assert body["error"] == "Nothing was saved: please correct the problems listed."
    assert body["problems"] == [{"message": 'Your answer to "What? Describe the situation." is too short: 2 of at '
                                            "least 20 words.", "row": None, "field": "what"}]
    status, body = page.submit(entry_id=entry_id, version=version, answers=dict(answers(), now_what=words(401)))
    assert status == 400 and "is too long: 401 words, at most 400." in body["problems"][0]["message"]
    [entry] = page.entries()
    assert entry.status == "draft" and entry.answers == answers()


def test_author_word_limits_apply(workbench):
    strict = make_page(workbench, course="strict", prompts=[{"id": "what", "min_words": 30, "max_words": 40}])
    status, body = strict.submit()
    assert status == 400 and "is too short: 25 of at least 30 words." in body["problems"][0]["message"]
    assert "Write 30 to 40 words." in strict.render()


def test_too_much_text_gets_a_clear_message_and_the_saved_draft_stays(page):
    _, body = page.save(answers={"what": "Saved so far"})
    entry_id, version = entry_of(body)
    status, body = page.save(entry_id=entry_id, version=version, answers={"what": "x" * (MAX_ANSWER_CHARS + 1)})
    assert status == 400
    assert body["problems"][0]["field"] == "what"
    assert body["problems"][0]["message"].startswith(
        f'Your answer to "What? Describe the situation." has {MAX_ANSWER_CHARS + 1} characters; at most '
        f"{MAX_ANSWER_CHARS} can be saved.")
    assert page.entries()[0].answers == {"what": "Saved so far"}


def test_long_entries_in_greek_are_saved(workbench):
    gibbs = make_page(workbench, course="greek-gibbs", framework="gibbs")
    long_answers = {prompt_id: ("αναστοχασμός " * 2300)[:MAX_ANSWER_CHARS]
                    for prompt_id in ("description", "feelings", "evaluation", "analysis", "conclusion", "action_plan")}
    status, body = gibbs.save(answers=long_answers)
    assert status == 200, body
    assert gibbs.entries()[0].answers == long_answers


def test_outcomes_outside_the_authors_list_cannot_be_linked(page):
    status, body = page.save(outcome_ids=["LO-2.1"])
    assert status == 400 and body["problems"][0]["message"] == \
        'The outcome "LO-2.1" cannot be linked to entries of this log.'
    assert page.entries() == []


def test_malformed_requests_get_400_and_change_nothing(page):
    _, body = page.save()
    entry_id, version = entry_of(body)
    cases = [
        (b"{not json", "The request could not be read (it is not valid JSON). Nothing was changed."),
        (b"[1, 2]", "The request must be a JSON object. Nothing was changed."),
        (b'{"entry_id": "seven", "version": 1}', "The entry id and version must be whole numbers. Nothing was changed."),
        (b'{"entry_id": 1, "version": true}', "The entry id and version must be whole numbers. Nothing was changed."),
        (b'{"answers": "text"}', "Nothing was saved: please correct the problems listed."),
    ]
    for raw, message in cases:
        for handler in ("save_draft", "submit_entry"):
            status, response = page.call(handler, body=raw)
            assert (status, response["error"]) == (400, message), raw
    status, response = page.call("delete_draft", {})
    assert status == 400 and response["error"] == \
        "The request does not say which entry it is about. Nothing was changed."
    status, response = page.call("save_draft", method="GET")
    assert status == 405
    [entry] = page.entries()
    assert (entry.id, entry.version, entry.answers) == (entry_id, version, answers())


def test_someone_not_signed_in_cannot_save(page, monkeypatch):
    from jobs4all_xblocks.blocks.identity import IdentityMixin  # pylint: disable=import-outside-toplevel
    monkeypatch.setattr(IdentityMixin, "learner_id", property(lambda self: None))
    status, body = page.save()
    assert status == 403 and body["error"] == "Please sign in to save your work."
    assert "Sign in to keep your reflective log." in page.render()


# ---------------------------------------------------------------- evidence and completion

def test_submitting_records_reflection_evidence_for_the_linked_outcomes(page):
    _, body = page.submit(outcome_ids=["LO-1.1", "LO-1.3"])
    entry_id = body["entry"]["id"]
    assert sorted(page.evidence()) == [("LO-1.1", REFLECTION, entry_id, 1.0), ("LO-1.3", REFLECTION, entry_id, 1.0)]
    assert page.mastery() == {"LO-1.1": "in_progress", "LO-1.3": "in_progress"}
    # Changing the links before feedback moves the evidence with them.
    page.submit(entry_id=entry_id, version=body["entry"]["version"], outcome_ids=["LO-1.2"])
    assert page.evidence() == [("LO-1.2", REFLECTION, entry_id, 1.0)]
    assert page.mastery()["LO-1.2"] == "in_progress" and page.mastery()["LO-1.1"] == "not_started"


def test_the_lom_links_to_the_log_as_what_to_do_next(page):
    page.render()
    lom = page.workbench.render(page.lom)
    assert lom.count("Module 1 log") == 3                                   # LO-1.1 .. LO-1.3


def test_completion_when_the_required_number_of_entries_is_submitted(page, published):
    page.save()
    assert published == []
    page.submit()
    assert published == [("completion", {"completion": 0.5})]
    _, body = page.submit()
    assert published[-1] == ("completion", {"completion": 1.0})
    assert body["progress"]["complete"] is True
    assert body["progress"]["text"] == "You have submitted 2 entries: this log is complete."


def test_an_entry_may_need_an_outcome(workbench):
    strict = make_page(workbench, course="needs-outcome", require_outcome="true")
    status, body = strict.submit(outcome_ids=[])
    assert status == 400 and body["problems"][0]["field"] == "outcome_ids"


# ---------------------------------------------------------------- privacy

def test_learner_text_is_always_escaped(page):
    nasty = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    _, body = page.submit(title=nasty, answers={k: v + " " + nasty for k, v in answers().items()})
    rendered = page.render()
    assert editor_data(rendered)[0]["title"] == nasty                      # the editor gets the text back intact
    for html in (body["entries_html"], rendered, page.render(student="staff_1"),
                 page.call("export_log", method="GET")[1],
                 page.call("review_entry", {"entry_id": body["entry"]["id"]}, student="staff_1")[1]["html"]):
        assert "<script>alert" not in html and "<img src=x" not in html
        assert "&lt;script&gt;alert(" in html


def test_learners_see_only_their_own_entries(page):
    page.submit(title="Entry of student one")
    page.save(title="Draft of student two", student="student_2")
    assert "Entry of student one" not in page.render(student="student_2")
    assert "Draft of student two" not in page.render(student="student_1")
    # Drafts are private even from staff.
    assert "Draft of student two" not in page.render(student="staff_1")


def test_no_learner_text_in_shared_block_state(page):
    from xblock.fields import Scope  # pylint: disable=import-outside-toplevel
    block = page.block()
    assert not [name for name, field in block.fields.items() if field.scope == Scope.user_state_summary]
    page.submit(answers={k: v + " secret" for k, v in answers().items()})
    for name, field in page.block().fields.items():
        if field.scope in (Scope.content, Scope.settings):
            assert "secret" not in str(getattr(page.block(), name))


# ---------------------------------------------------------------- own state and export

def test_mobile_apps_get_the_learners_entries_and_feedback(page):
    _, body = page.submit()
    page.call("give_feedback", {"entry_id": body["entry"]["id"], "version": body["entry"]["version"],
                                "feedback": "Nice."}, student="staff_1")
    status, state = page.call("student_view_user_state", method="GET")
    assert status == 200
    [entry] = state["entries"]
    assert entry["status"] == "reviewed" and entry["feedback"][0]["text"] == "Nice." and entry["editable"] is False
    assert state["progress"]["submitted"] == 1


def test_the_learner_downloads_a_readable_log(page):
    _, first = page.submit(title="Garage visit", answers=dict(answers(), what=words(20) + "\nSecond line"))
    page.call("give_feedback", {"entry_id": first["entry"]["id"], "version": first["entry"]["version"],
                                "feedback": "Good reflection.", "judgements": {"LO-1.1": "demonstrated"}},
              student="staff_1")
    page.save(title="Unfinished thoughts", answers={"what": "tbc"})
    page.submit(title="Not mine", student="student_2")
    status, document = page.call("export_log", method="GET")
    assert status == 200 and document.startswith("<!DOCTYPE html>") and '<html lang="en">' in document
    text = text_of(document)
    assert "Module 1 log" in text and "Reflective log of student_1." in text and "2 entries, oldest first." in text
    assert text.index("Garage visit") < text.index("Unfinished thoughts")
    assert "What? Describe the situation." in text and "Second line" in text and "<br>" in document
    assert "Good reflection." in text and "LO-1.1" in text and "(trainer's judgement: Demonstrated)" in text
    assert "Draft" in text and "Not mine" not in text
    assert "@media print" in document


def test_the_export_speaks_the_course_language(page):
    page.submit(title="Besuch")
    _, english = page.call("export_log", method="GET")
    _, german = page.call("export_log", method="GET", lang="de")
    assert '<html lang="de">' in german
    assert re.search(r"\b[A-Z][a-z]{2}\. \d{1,2}, \d{4}", english)          # Nov. 28, 2026
    assert re.search(r"\b\d{1,2}\. [A-Z][a-zä]+ \d{4} \d{2}:\d{2}", german)   # 28. November 2026 22:15


def test_the_export_can_be_downloaded_as_a_file(page):
    block = page.block()
    from webob import Request  # pylint: disable=import-outside-toplevel
    response = block.runtime.handle(block, "export_log", Request.blank("/?download=1"))
    assert response.content_disposition == 'attachment; filename="reflective-log.html"'


def test_the_browser_copy_of_unsaved_text_is_kept_per_learner(page):
    key = {}
    for student in ("student_1", "student_2"):
        html = page.workbench.render(page.log, student=student)
        key[student] = json.loads(re.search(r'<script id="[^"]+-init-args" type="application/json">(.*?)</script>',
                                            html).group(1))["storage_key"]
    assert key["student_1"] and key["student_1"] != key["student_2"]
    assert "student_1" not in key["student_1"]
