"""Authoring: the Studio editor's save, mapping to the course's LOM, validation, OLX round trip."""
import re

from lxml import etree

from tests import assessment_data as data
from tests.workbench import init_args
from tests.blocks.assessment_page import (  # noqa: F401  pylint: disable=unused-import
    make_page, page)

SETTINGS = {"display_name": "Module 1 check", "weight": 2, "max_attempts": 3, "show_answers": "after_submit"}


def save(page, items, settings=None, student="staff_1"):
    return page.workbench.call(page.quiz, "save_assessment", {"items": items, "settings": settings or SETTINGS},
                               student=student)


def test_an_author_saves_questions_and_settings(page):
    items = data.items(data.ORDERING, data.SINGLE)
    items[1]["prompt"] = '<p onmouseover="x()">Which challenge?</p>'
    status, body = save(page, items)
    assert status == 200 and body["saved"] is True
    block = page.block()
    assert [item["id"] for item in block.items] == ["q-partner-steps", "q-first-challenge"]
    assert block.items[1]["prompt"] == "<p>Which challenge?</p>"
    assert (block.weight, block.max_attempts, block.show_answers) == (2.0, 3, "after_submit")
    assert block.max_score() == 2.0


def test_learners_and_students_cannot_save(page):
    status, body = save(page, data.items(), student="student_1")
    assert (status, body["error"]) == (403, "Only course authors can change this component.")


def test_an_outcome_missing_from_the_course_matrix_is_refused_by_name(page):
    items = data.items(data.SINGLE, data.MULTIPLE)
    items[1]["outcomes"][1]["id"] = "LO-9.9"
    status, body = save(page, items, dict(SETTINGS, display_name="Changed"))
    assert status == 400
    assert body["problems"] == [{
        "message": 'Question 2: the outcome "LO-9.9" is not in this course\'s Learning Outcomes Matrix. '
                   "Choose one of its outcomes (LO-1.1 to LO-6.4).",
        "row": 2, "field": "outcomes.2.id"}]
    block = page.block()
    assert block.display_name == "Module 1 check" and len(block.items) == 5  # nothing saved


def test_a_question_without_mapping_is_refused(page):
    items = data.items(data.SINGLE)
    items[0]["outcomes"] = []
    status, body = save(page, items)
    assert status == 400 and body["problems"][0]["message"] == (
        "Question 1 is not mapped to any learning outcome. Map it to at least one outcome of the course's matrix.")
    assert body["problems"][0]["field"] == "outcomes"


def test_every_problem_is_reported_at_once(page):
    items = data.items(data.SINGLE, data.ORDERING)
    items[0]["choices"][0]["text"] = ""
    items[1]["steps"] = []
    status, body = save(page, items, dict(SETTINGS, weight=-1, max_attempts=0, show_answers="after_last_attempt"))
    assert status == 400
    assert [(p["row"], p["field"]) for p in body["problems"]] == [
        (None, "weight"), (None, "show_answers"), (1, "choices.1.text"), (2, "steps")]


def test_without_a_course_matrix_the_author_is_told_why(workbench):
    lonely = make_page(workbench, course="no-lom", with_lom=False)
    status, body = save(lonely, data.items(data.SINGLE))
    assert status == 400
    assert body["problems"][0]["message"].startswith(
        "This course has no Learning Outcomes Matrix yet, so questions cannot be mapped to outcomes.")
    html = workbench.render(lonely.quiz, view="studio_view", student="staff_1")
    assert "This course has no Learning Outcomes Matrix yet." in html
    messages = [m.text for m in lonely.block("staff_1").validate().messages]
    assert any("no Learning Outcomes Matrix yet" in m for m in messages)


def test_studio_validation_names_unknown_outcomes(workbench):
    items = data.items(data.SINGLE)
    items[0]["outcomes"] = [{"id": "LO-1.1"}, {"id": "OLD-7"}]
    imported = make_page(workbench, course="imported", items=items)
    messages = [m.text for m in imported.block("staff_1").validate().messages]
    assert messages == ['Question 1: the outcome "OLD-7" is not in this course\'s Learning Outcomes Matrix. '
                        "Choose one of its outcomes (LO-1.1 to LO-6.4)."]
    assert make_page(workbench, course="fine").block("staff_1").validate().messages == []


def test_the_editor_offers_the_course_outcomes(workbench, page):
    fragment = workbench.fragment(page.quiz, view="studio_view", student="staff_1")
    html = fragment.body_html()
    assert "Edit the assessment" in html and "Add a question" in html
    assert re.search(r'<label for="[^"]+-show-answers">', html)
    init = init_args(fragment)
    assert [o["id"] for o in init["outcomes"]][:2] == ["LO-1.1", "LO-1.2"] and len(init["outcomes"]) == 24
    assert [t["value"] for t in init["types"]] == ["single", "multiple", "ordering", "matching", "rating"]
    assert init["settings"]["show_answers"] == "after_last_attempt"
    assert any(url.endswith("assessment-editor.js") for url in
               [r.data for r in fragment.resources if r.kind == "url"])


def export(workbench, usage):
    node = etree.Element("jobs4all_assessment")
    workbench.block(usage, "staff_1").add_xml_to_node(node)
    return etree.tostring(node, encoding="unicode", pretty_print=True)


def test_olx_round_trip_is_lossless(workbench):
    first = make_page(workbench, course="olx-1")
    exported = export(workbench, first.quiz)
    assert '<item id="q-first-challenge" type="single" points="1">' in exported
    assert '<choice id="time" correct="true">' in exported and "<text>Time</text>" in exported
    assert "<prompt><![CDATA[<p>Which challenge did" in exported
    assert '<outcome id="LO-1.3" weight="2"/>' in exported
    assert '<step id="sector">Decide which industries to approach</step>' in exported
    assert re.search(r'<pair id="opp">\s*<term>Tailored education</term>\s*<match>Opportunities</match>\s*</pair>',
                     exported)
    assert '<distractor id="none">Not part of the survey</distractor>' in exported
    assert "items=" not in exported  # no JSON blob in an attribute
    root = workbench.load(f"<vertical_demo>{exported}</vertical_demo>", course="olx-2")
    again = export(workbench, workbench.child(root, "jobs4all_assessment"))
    assert again == exported
    assert workbench.block(workbench.child(root, "jobs4all_assessment")).parsed_items() == \
        first.block().parsed_items()


def test_a_saved_assessment_round_trips_too(workbench, page):
    items = data.items()
    items[0]["prompt"] = "Plain question without markup"
    items[0]["choices"][0]["feedback"] = "<p>Tom &amp; Jerry ]]&gt; inside</p>"
    assert save(page, items)[0] == 200
    exported = export(workbench, page.quiz)
    root = workbench.load(f"<vertical_demo>{exported}</vertical_demo>", course="olx-3")
    assert export(workbench, workbench.child(root, "jobs4all_assessment")) == exported
    assert workbench.block(workbench.child(root, "jobs4all_assessment")).items == page.block().items


def test_search_index_and_mobile_data(page):
    block = page.block()
    index = block.index_dictionary()
    assert index["content_type"] == "Assessment"
    assert "Which challenge did the Local Experts Groups rank first?" in index["content"]["items"]
    assert "Tailored education" in index["content"]["items"]
    assert block.has_support(block.student_view, "multi_device")
    view_data = block.student_view_data()
    assert [item["id"] for item in view_data["items"]] == [i["id"] for i in data.ALL]
    text = str(view_data)
    assert "correct" not in text and "feedback" not in text and "explanation" not in text
    steps = view_data["items"][2]["steps"]
    assert len(steps) == len(data.RIGHT_ANSWERS["q-partner-steps"])
    assert not {s["id"] for s in steps} & set(data.RIGHT_ANSWERS["q-partner-steps"])  # the ids do not give the order
    assert [t["id"] for t in view_data["items"][3]["terms"]] == ["opp", "chal", "prof"]
    options = {o["id"] for o in view_data["items"][3]["options"]}
    assert not options & {"opp", "chal", "prof"}                              # nor the matching partners


def test_invalid_olx_is_kept_as_written_and_reported(workbench):
    xml = ('<jobs4all_assessment display_name="Imported"><item id="q1" type="single" points="many">'
           '<prompt>Which challenge came first?</prompt><outcome id="LO-1.1"/>'
           '<choice id="a"><text>Time</text></choice><choice id="b"><text>Money</text></choice></item>'
           '</jobs4all_assessment>')
    root = workbench.load(f"<vertical_demo><jobs4all_lom/>{xml}</vertical_demo>", course="invalid-olx")
    workbench.render(workbench.child(root, "jobs4all_lom"))
    usage = workbench.child(root, "jobs4all_assessment")
    block = workbench.block(usage, "staff_1")
    assert block.items[0]["points"] == "many"
    assert [m.text for m in block.validate().messages] == [
        'Question 1: the points must be a number greater than 0 and at most 100, not "many".',
        "Question 1: mark exactly one choice as correct (0 are marked)."]
    assert 'points="many"' in export(workbench, usage)
