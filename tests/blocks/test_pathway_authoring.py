"""Authoring the pathway: the Studio editor and its handler, validation, OLX round trip."""
import re

from lxml import etree

from jobs4all_xblocks import evidence
from jobs4all_xblocks.domain.pathway import default_areas
from tests.workbench import init_args
from tests.blocks.pathway_page import (  # noqa: F401  pylint: disable=unused-import
    COURSE_KEY, make_page, page, pathway_xml, text_of)

AUTHOR = "staff_1"


def export(workbench, usage):
    node = etree.Element("jobs4all_pathway")
    workbench.block(usage, AUTHOR).add_xml_to_node(node)
    return etree.tostring(node, encoding="unicode", pretty_print=True)


def edited(**rules):
    areas = default_areas()
    areas[0].update(title="Partnerships first", module="A", hours_f2f="4", hours_self="5.5", hours_assessment="0.5")
    areas[2].update(optional=True)
    return {"display_name": "Our CPD pathway", "areas": areas,
            "rules": {"threshold": "60", "required_areas": ["1.1", "1.2"], "reflection_per_area": False, **rules}}


def test_author_saves_areas_and_rules_and_they_become_the_course_rules(page):
    status, body = page.workbench.call(page.pathway, "save_pathway", edited(), student=AUTHOR)
    assert status == 200 and body == {"saved": True, "warnings": []}
    block = page.block()
    assert block.display_name == "Our CPD pathway"
    assert block.areas[0] == {"code": "1.1", "title": "Partnerships first", "module": "A", "hours_f2f": 4.0,
                              "hours_self": 5.5, "hours_assessment": 0.5, "optional": False}
    assert block.rules == {"threshold": 60, "required_areas": ["1.1", "1.2"], "reflection_per_area": False}
    published = evidence.course_pathway(COURSE_KEY)
    assert published.usage_key == page.pathway and published.config.rules.threshold == 60
    assert published.config.area("1.3").optional


def test_saving_reports_every_problem_with_its_area_and_field_and_changes_nothing(page):
    data = edited(threshold="lots", required_areas=["1.1", "1.3"])
    data["areas"][4]["hours_self"] = "-2"
    status, body = page.workbench.call(page.pathway, "save_pathway", data, student=AUTHOR)
    assert status == 400
    assert body["error"] == "Nothing was saved: please correct the problems listed."
    assert {(p["row"], p["field"]) for p in body["problems"]} == {(5, "hours_self"), (None, "threshold"),
                                                                  (None, "required_areas")}
    assert "Area 2.2: the self-directed hours must be a number from 0 to 200, not \"-2\"." in \
        [p["message"] for p in body["problems"]]
    assert page.block().definition().rules.threshold == 70
    assert evidence.course_pathway(COURSE_KEY).config.rules.threshold == 70


def test_only_authors_may_save_and_bad_requests_are_refused(page):
    status, body = page.workbench.call(page.pathway, "save_pathway", edited(), student="student_1")
    assert status == 403 and body["error"] == "Only course authors can change this component."
    status, body = page.workbench.call(page.pathway, "save_pathway", body=b"[1]", student=AUTHOR)
    assert status == 400
    status, body = page.workbench.call(page.pathway, "save_pathway", dict(edited(), display_name=" "), student=AUTHOR)
    assert status == 400 and body["error"] == "The display name must have 1 to 200 characters."


def test_save_warns_when_the_rules_ask_nothing(page):
    status, body = page.workbench.call(page.pathway, "save_pathway", edited(required_areas=[]), student=AUTHOR)
    assert status == 200
    assert body["warnings"] == ["These rules ask nothing of learners: Level 2 is open to every learner."]


def test_studio_editor_shows_the_stored_values(page):
    fragment = page.workbench.fragment(page.pathway, view="studio_view", student=AUTHOR)
    html = fragment.content
    assert fragment.js_init_fn == "Jobs4AllPathwayEditor" and init_args(fragment) == {
        "codes": ["1.1", "1.2", "1.3", "2.1", "2.2", "2.3"]}
    assert re.search(r'data-required="1\.1" data-rules="required_areas" checked', html)
    assert 'data-rules="threshold" min="0" max="100" step="1" value="70"' in html
    assert 'placeholder="Strengthening inclusive VET"' in html
    assert 'aria-label="Area 2.3: face-to-face hours"' in html
    assert any(r.data.endswith("static/js/pathway-editor.js") for r in fragment.resources if r.kind == "url")


def test_studio_preview_summarises_areas_and_rules(page):
    html = page.workbench.render(page.pathway, view="author_view", student=AUTHOR)
    text = text_of(html)
    assert "Level 2 opens when you have achieved at least 70 %" in text
    assert "1.1 Foundations of VET-business partnership M1 Face-to-face: 3 h, Self-directed: 6 h, Assessment: 1 h " \
           "Required" in text


def test_olx_round_trip_is_lossless_and_readable(workbench):
    areas = default_areas()
    areas[1].update(title="Inklusive Berufsbildung & Praxis", hours_f2f=2.5, hours_self=6.5)
    areas[5].update(optional=True)
    page = make_page(workbench, pathway=pathway_xml(areas, {"threshold": 80, "required_areas": ["1.1", "1.2"],
                                                            "reflection_per_area": False}), course="olx-1")
    exported = export(workbench, page.pathway)
    assert '<area code="1.2" module="M2" hours_f2f="2.5" hours_self="6.5" hours_assessment="1" optional="false">' \
        in exported
    assert "<title>Inklusive Berufsbildung &amp; Praxis</title>" in exported
    assert '<area code="2.3" module="M6" hours_f2f="3" hours_self="6" hours_assessment="1" optional="true"/>' \
        in exported
    assert re.search(r'<unlock threshold="80" reflection_per_area="false">\s*<required_area code="1.1"/>\s*'
                     r'<required_area code="1.2"/>\s*</unlock>', exported)
    assert "rules=" not in exported and "areas=" not in exported     # no JSON in attributes
    root = workbench.load(f"<vertical_demo>{exported}</vertical_demo>", course="olx-2")
    copy = workbench.child(root, "jobs4all_pathway")
    assert export(workbench, copy) == exported
    assert workbench.block(copy).definition() == workbench.block(page.pathway).definition()


def test_imported_course_keeps_the_behaviour(workbench):
    """The exported rules, imported into another course, open its gate under the same conditions."""
    rules = {"threshold": 50, "required_areas": ["1.1"], "reflection_per_area": True}
    first = make_page(workbench, pathway=pathway_xml(rules=rules), course="olx-source")
    exported = export(workbench, first.pathway)
    second = make_page(workbench, pathway=exported, course="olx-target")
    second.achieve("student_1", "LO-1.1", "LO-1.2")
    assert "Level-2 secret text" not in second.render(second.gate)
    second.reflect("student_1", "LO-1.3")
    assert "Level-2 secret text" in second.render(second.gate)


def test_invalid_olx_imports_and_tells_the_author_what_to_fix(workbench):
    bad = ('<jobs4all_pathway><area code="1.1" hours_f2f="three"/><area code="4.4"/>'
           '<unlock threshold="150"><required_area code="2.1"/></unlock></jobs4all_pathway>')
    page = make_page(workbench, pathway=bad, course="bad-olx")
    messages = [m.text for m in page.block(student=AUTHOR).validate().messages]
    assert 'Area 1.1: the face-to-face hours must be a number from 0 to 200, not "three".' in messages
    assert 'Unknown area "4.4". Use one of 1.1, 1.2, 1.3, 2.1, 2.2, 2.3.' in messages
    assert any("from 0 to 100 (per cent), not \"150\"" in m for m in messages)
    assert 'Area "2.1" cannot be required for Level 2: only the Level-1 areas 1.1, 1.2, 1.3 can.' in messages
    staff = text_of(page.render(student=AUTHOR))
    assert "This pathway cannot be shown until these problems are fixed in Studio:" in staff
    assert "The pathway of this course is being updated. Please come back later." in text_of(page.render())
    status, _ = page.workbench.call(page.pathway, "cpd_record", method="GET")
    assert status == 409


def test_validation_warns_about_areas_without_outcomes_and_a_second_pathway(workbench):
    page = make_page(workbench, course="warn")
    root = workbench.load(f"<vertical_demo>{pathway_xml()}</vertical_demo>", course="warn")
    other = workbench.block(workbench.child(root, "jobs4all_pathway"), AUTHOR)
    messages = [m.text for m in other.validate().messages]
    assert any(m.startswith("Another pathway component of this course sets the rules") for m in messages)
    assert [m.text for m in page.block(student=AUTHOR).validate().messages] == []
