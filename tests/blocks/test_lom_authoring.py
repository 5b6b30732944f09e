"""Authoring the matrix: the Studio editor's handlers, CSV, OLX round trip, bad input."""
import json

import pytest
from lxml import etree

from jobs4all_xblocks import evidence
from jobs4all_xblocks.blocks.lom import DEFAULT_OUTCOMES
from tests.workbench import init_args

COURSE = "authoring"
XML = '<vertical_demo><jobs4all_lom/></vertical_demo>'


@pytest.fixture
def lom(workbench):
    return workbench.child(workbench.load(XML, course=COURSE), "jobs4all_lom")


def payload(outcomes=None, **mastery):
    return {"display_name": "Matrix", "outcomes": DEFAULT_OUTCOMES[:3] if outcomes is None else outcomes,
            "mastery": {"method": "highest", "threshold": 0.8, "decay_weight": 0.65, "n": 2, **mastery}}


def test_author_saves_a_valid_matrix_and_it_becomes_the_course_matrix(workbench, lom):
    status, body = workbench.call(lom, "save_matrix", payload(), student="staff_1")
    assert status == 200 and body["saved"]
    block = workbench.block(lom)
    assert [o["id"] for o in block.outcomes] == ["LO-1.1", "LO-1.2", "LO-1.3"]
    assert (block.mastery_method, block.mastery_threshold) == ("highest", 0.8)
    assert evidence.course_lom("workbench:" + COURSE).matrix.ids == ["LO-1.1", "LO-1.2", "LO-1.3"]
    assert workbench.render(lom).count('class="j4a-outcome-id"') == 3


def test_invalid_matrix_is_refused_with_row_and_field_and_nothing_changes(workbench, lom):
    broken = [dict(DEFAULT_OUTCOMES[0]), dict(DEFAULT_OUTCOMES[1], area="7.7", id="LO-1.1")]
    status, body = workbench.call(lom, "save_matrix", payload(broken, threshold=3), student="staff_1")
    assert status == 400
    assert body["error"] == "Nothing was saved: please correct the problems listed."
    located = {(p["row"], p["field"]) for p in body["problems"]}
    assert located == {(2, "area"), (2, "id"), (None, "threshold")}
    assert workbench.block(lom).outcomes == DEFAULT_OUTCOMES
    assert workbench.block(lom).mastery_threshold == 0.7


def test_learners_cannot_save_the_matrix(workbench, lom):
    status, body = workbench.call(lom, "save_matrix", payload(), student="student_1")
    assert status == 403 and body["error"] == "Only course authors can change this component."
    assert workbench.block(lom).outcomes == DEFAULT_OUTCOMES


@pytest.mark.parametrize("body, status, message", [
    (b"{not json", 400, "The request could not be read (it is not valid JSON). Nothing was changed."),
    (b"[1, 2]", 400, "The request must be a JSON object. Nothing was changed."),
    (b"\xff\xfe", 400, "The request could not be read (it is not valid JSON). Nothing was changed."),
    (json.dumps({"outcomes": "x" * 300_000}).encode(), 413,
     "The request is too large (more than 256 KB). Nothing was changed."),
])
def test_malformed_requests_get_a_clear_message(workbench, lom, body, status, message):
    code, answer = workbench.call(lom, "save_matrix", body=body, student="staff_1")
    assert (code, answer["error"]) == (status, message)
    assert workbench.block(lom).outcomes == DEFAULT_OUTCOMES


def test_errors_are_translated(workbench, lom):
    code, answer = workbench.call(lom, "save_matrix", body=b"{", student="staff_1", lang="de")
    assert code == 400
    assert "JSON" in answer["error"] and answer["error"] != (
        "The request could not be read (it is not valid JSON). Nothing was changed.")


def test_get_is_not_accepted_for_saving(workbench, lom):
    code, _ = workbench.call(lom, "save_matrix", method="GET", student="staff_1")
    assert code == 405


def test_html_in_outcome_text_is_shown_as_text(workbench, lom):
    hostile = dict(DEFAULT_OUTCOMES[0], title='<script>alert("x")</script><b>bold</b>')
    assert workbench.call(lom, "save_matrix", payload([hostile]), student="staff_1")[0] == 200
    html = workbench.render(lom)
    assert "<script>alert" not in html and "&lt;script&gt;alert" in html


def test_csv_import_fills_the_editor_without_saving(workbench, lom):
    csv_text = "id;title;area;eqf_domain;eqf_level\nN-1;Map partners;1.1;skills;5\n"
    code, body = workbench.call(lom, "parse_csv", {"csv": csv_text}, student="staff_1")
    assert code == 200 and body["count"] == 1 and body["outcomes"][0]["id"] == "N-1"
    assert workbench.block(lom).outcomes == DEFAULT_OUTCOMES


def test_csv_import_reports_problems(workbench, lom):
    code, body = workbench.call(lom, "parse_csv", {"csv": "id,title,area\nA,,5.5\n"}, student="staff_1")
    assert code == 400
    assert [p["message"] for p in body["problems"]][:2] == [
        "Row 1: the title is missing.", 'Row 1: unknown area "5.5". Use one of 1.1, 1.2, 1.3, 2.1, 2.2, 2.3.']


def test_export_csv_downloads_the_saved_matrix(workbench, lom):
    code, text = workbench.call(lom, "export_csv", method="GET")
    assert code == 200
    lines = text.lstrip("\ufeff").splitlines()
    assert lines[0] == "id,title,description,module,area,level,eqf_domain,eqf_level,ecvet_unit"
    assert len(lines) == 25


def test_olx_round_trip_is_lossless(workbench, lom):
    workbench.call(lom, "save_matrix", payload(DEFAULT_OUTCOMES[:5], method="n_mastery", n=3), student="staff_1")
    block = workbench.block(lom)
    first = etree.Element("root")
    block.add_xml_to_node(first)
    exported = etree.tostring(first, encoding="unicode")
    assert exported.count("<outcome ") == 5 and "<title>" in exported and "outcomes=" not in exported
    copy = workbench.child(workbench.load(f"<vertical_demo>{exported}</vertical_demo>", course="copy"),
                           "jobs4all_lom")
    second = etree.Element("root")
    workbench.block(copy).add_xml_to_node(second)
    assert etree.tostring(second, encoding="unicode") == exported
    assert workbench.block(copy).outcomes == workbench.block(lom).outcomes


def test_invalid_olx_still_imports_and_tells_staff_what_to_fix(workbench):
    xml = ('<vertical_demo><jobs4all_lom><outcome id="A" area="9.9" eqf_domain="skills" eqf_level="5">'
           '<title>T</title></outcome></jobs4all_lom></vertical_demo>')
    lom = workbench.child(workbench.load(xml, course="broken"), "jobs4all_lom")
    messages = [m.text for m in workbench.block(lom).validate().messages]
    assert messages == ['Row 1: unknown area "9.9". Use one of 1.1, 1.2, 1.3, 2.1, 2.2, 2.3.']
    assert "cannot be shown until these problems are fixed" in workbench.render(lom, student="staff_1")
    assert "being updated" in workbench.render(lom, student="student_1")
    assert workbench.call(lom, "cohort_csv", method="GET", student="staff_1") == (
        409, "The matrix has errors; fix them before exporting.")


def test_studio_view_carries_the_editor_data(workbench, lom):
    fragment = workbench.fragment(lom, view="studio_view", student="staff_1")
    assert fragment.js_init_fn == "Jobs4AllLomEditor"
    assert len(init_args(fragment)["outcomes"]) == 24
    assert [a["code"] for a in init_args(fragment)["areas"]] == ["1.1", "1.2", "1.3", "2.1", "2.2", "2.3"]
    assert 'data-action="save"' in fragment.body_html()


def test_mobile_data_and_search_index(workbench, lom):
    block = workbench.block(lom)
    data = block.student_view_data()
    assert len(data["outcomes"]) == 24 and data["mastery"]["method"] == "decaying_average"
    assert "LO-2.3" in block.index_dictionary()["content"]["outcomes"]


def test_learner_state_handler_returns_only_own_state(workbench, lom):
    workbench.render(lom)
    from jobs4all_xblocks.demo.services import anonymous_id  # pylint: disable=import-outside-toplevel
    evidence.record(learner_id=anonymous_id("student_2"), course_key="workbench:" + COURSE, usage_key="q",
                    kind="assessment", attempt=1, results=[evidence.OutcomeResult("LO-1.1", 1, 1)])
    assert workbench.call(lom, "student_view_user_state", method="GET", student="student_1") == (200, {})
    code, body = workbench.call(lom, "student_view_user_state", method="GET", student="student_2")
    assert code == 200 and body["LO-1.1"]["state"] == "achieved"


def test_author_text_cannot_break_out_of_the_editor_data(workbench, lom):
    hostile = dict(DEFAULT_OUTCOMES[0], title='</script><script>alert(1)</script>')
    assert workbench.call(lom, "save_matrix", payload([hostile]), student="staff_1")[0] == 200
    fragment = workbench.fragment(lom, view="studio_view", student="staff_1")
    assert "</script><script>alert(1)" not in fragment.body_html()
    assert init_args(fragment)["outcomes"][0]["title"] == '</script><script>alert(1)</script>'


@pytest.mark.parametrize("body", [b'{"outcomes": NaN}', b'{"outcomes": Infinity}', b'{"outcomes": 1e999}',
                                  b'{"outcomes": ' + b"9" * 5000 + b"}"])
def test_non_finite_or_absurd_numbers_are_refused_clearly(workbench, lom, body):
    code, answer = workbench.call(lom, "save_matrix", body=body, student="staff_1")
    assert (code, answer["error"]) == (400, "The request could not be read (it is not valid JSON). Nothing was changed.")
    assert workbench.block(lom).outcomes == DEFAULT_OUTCOMES
