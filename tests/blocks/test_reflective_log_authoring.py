"""Authoring a reflective log: Studio editor and its validation, OLX round trip, Studio
validation messages, search index and mobile data, and the workbench scenarios."""
import json
import re

import pytest
from lxml import etree

from jobs4all_xblocks import evidence
from jobs4all_xblocks.blocks.reflective_log import ReflectiveLogBlock
from jobs4all_xblocks.demo import seed_reflections
from jobs4all_xblocks.demo.scenarios import load
from tests.workbench import init_args
from tests.blocks.reflective_log_page import make_page, page, text_of  # noqa: F401  pylint: disable=unused-import

AUTHOR = "staff_1"


def settings(**changes):
    return {"display_name": "Module 2 log", "context": "<p>Recall a learner.</p>", "framework": "kolb",
            "prompts": [{"id": "observation", "min_words": "40", "max_words": "250"}],
            "allowed_outcomes": ["LO-2.1", "LO-2.3"], "required_entries": "3", "require_outcome": True, **changes}


def export(workbench, usage):
    node = etree.Element("jobs4all_reflective_log")
    workbench.block(usage, AUTHOR).add_xml_to_node(node)
    return etree.tostring(node, encoding="unicode", pretty_print=True)


# ---------------------------------------------------------------- the editor

def test_an_author_saves_the_framework_prompts_outcomes_and_completion(page):
    status, body = page.call("save_settings", settings(), student=AUTHOR)
    assert status == 200 and body["saved"] is True
    block = page.block()
    assert (block.display_name, block.framework, block.required_entries, block.require_outcome) == \
        ("Module 2 log", "kolb", 3, True)
    assert block.prompts == [{"id": "observation", "text": "", "guidance": "", "min_words": 40, "max_words": 250}]
    assert block.allowed_outcomes == ["LO-2.1", "LO-2.3"]
    text = text_of(page.render())
    assert "Kolb's experiential learning cycle" in text and "Reflective observation: what did you notice?" in text
    assert "Write 40 to 250 words." in text and "LO-2.3" in text and "LO-1.1" not in text
    assert "Recall a learner." in text


def test_custom_prompts_are_saved_as_written(page):
    prompts = [{"id": "contact", "text": "Which employer did you contact?", "guidance": "Sector, person.",
                "min_words": 5, "max_words": 50}]
    status, _ = page.call("save_settings", settings(framework="custom", prompts=prompts), student=AUTHOR)
    assert status == 200
    text = text_of(page.render())
    assert "Which employer did you contact?" in text and "Sector, person." in text and "Write 5 to 50 words." in text


def test_learners_cannot_change_the_log(page):
    status, body = page.call("save_settings", settings(), student="student_1")
    assert status == 403 and body["error"] == "Only course authors can change this component."
    assert page.block().framework == "rolfe"


def test_every_problem_is_reported_and_nothing_is_saved(page):
    bad = settings(display_name="", framework="custom", prompts=[{"id": "a", "text": ""}, {"id": "a", "text": "Q"}],
                   allowed_outcomes=["LO-9.9"], required_entries="0")
    status, body = page.call("save_settings", bad, student=AUTHOR)
    assert status == 400 and body["error"] == "Nothing was saved: please correct the problems listed."
    fields = {(p["row"], p["field"]) for p in body["problems"]}
    assert {(None, "display_name"), (1, "text"), (2, "id"), (None, "allowed_outcomes"),
            (None, "required_entries")} <= fields
    assert any(p["message"] == '"LO-9.9" is not an outcome of the course\'s Learning Outcomes Matrix.'
               for p in body["problems"])
    assert page.block().display_name == "Module 1 log"


def test_author_html_is_sanitised(page):
    page.call("save_settings", settings(context='<p>Hi<script>alert(1)</script><a href="https://x.eu" onclick="y()">'
                                                'link</a></p>'), student=AUTHOR)
    assert "<script>" not in page.block().context and "onclick" not in page.block().context
    assert '<a href="https://x.eu" rel="noopener noreferrer">link</a>' in page.render()


def test_the_editor_offers_the_frameworks_and_the_course_outcomes(workbench, page):
    fragment = workbench.fragment(page.log, view="studio_view", student=AUTHOR)
    data = init_args(fragment)
    assert [f["value"] for f in data["frameworks"]] == ["gibbs", "rolfe", "kolb", "free", "custom"]
    assert data["frameworks"][1]["prompts"][0]["text"] == "What? Describe the situation."
    assert len(data["outcomes"]) == 24 and data["settings"]["framework"] == "rolfe"
    assert any(r.data.endswith("reflective-log-editor.js") for r in fragment.resources if r.kind == "url")
    html = fragment.body_html()
    for field_id in re.findall(r'<(?:input|select|textarea)[^>]* id="([^"]+)"', html):
        assert f'<label for="{field_id}">' in html


# ---------------------------------------------------------------- Studio validation and preview

def test_studio_validation_reports_broken_olx_and_unknown_outcomes(workbench):
    broken = make_page(workbench, course="broken", framework="custom", prompts=[{"id": "x", "text": ""}])
    messages = [m.text for m in broken.block(AUTHOR).validate().messages]
    assert messages == ["Prompt 1: the question is missing."]
    assert "This reflective log cannot be shown until these problems are fixed in Studio:" in broken.render(AUTHOR)
    assert "This reflective log is being prepared by the course team." in broken.render()
    status, body = broken.save()
    assert status == 409 and "your text is still on this page" in body["error"]

    unknown = make_page(workbench, course="unknown", allowed=("LO-1.1", "LO-7.7"))
    [message] = unknown.block(AUTHOR).validate().messages
    assert message.type == "warning" and "LO-7.7" in message.text


def test_without_a_course_matrix_learners_write_without_outcome_links(workbench):
    alone = make_page(workbench, course="no-lom", with_lom=False)
    [message] = alone.block(AUTHOR).validate().messages
    assert message.text.startswith("The course has no Learning Outcomes Matrix yet")
    assert 'data-role="outcome"' not in alone.render()
    assert alone.submit(outcome_ids=[])[0] == 200


def test_the_studio_preview_shows_the_prompts(workbench, page):
    html = workbench.render(page.log, view="author_view", student=AUTHOR)
    text = text_of(html)
    assert "So what? What does it mean?" in text and "Complete once the learner has submitted 2 entries." in text
    assert "Learners may link entries to these outcomes: LO-1.1, LO-1.2, LO-1.3." in text


# ---------------------------------------------------------------- OLX

def test_olx_round_trip_is_lossless_and_readable(workbench, page):
    page.call("save_settings", settings(context="<p>Recall a learner &amp; an employer.</p>"), student=AUTHOR)
    exported = export(workbench, page.log)
    assert 'framework="kolb"' in exported and 'required_entries="3"' in exported
    assert "<context><![CDATA[<p>Recall a learner &amp; an employer.</p>]]></context>" in exported
    assert '<prompt id="observation" min_words="40" max_words="250"/>' in exported
    assert '<allowed_outcome id="LO-2.1"/>' in exported and '<allowed_outcome id="LO-2.3"/>' in exported
    assert "prompts=" not in exported and "allowed_outcomes=" not in exported and "learner_key" not in exported
    root = workbench.load(f"<vertical_demo>{exported}</vertical_demo>", course="olx-2")
    again = workbench.child(root, "jobs4all_reflective_log")
    assert export(workbench, again) == exported
    assert workbench.block(again).settings_input() == page.block().settings_input()


def test_custom_prompts_round_trip_as_child_elements(workbench):
    prompts = [{"id": "p1", "text": "Which employer? <b>&</b>", "guidance": "Think ]]> twice.", "min_words": 5,
                "max_words": 50}]
    first = make_page(workbench, course="olx-custom", framework="custom", prompts=prompts)
    exported = export(workbench, first.log)
    assert '<prompt id="p1" min_words="5" max_words="50">' in exported
    assert "<text>Which employer? &lt;b&gt;&amp;&lt;/b&gt;</text>" in exported
    root = workbench.load(f"<vertical_demo>{exported}</vertical_demo>", course="olx-custom-2")
    assert workbench.block(workbench.child(root, "jobs4all_reflective_log")).prompts == prompts


# ---------------------------------------------------------------- search and mobile

def test_search_index_has_the_prompts_but_never_learner_text(page):
    page.submit(answers={"what": "secret " * 25, "so_what": "secret " * 25, "now_what": "secret " * 25})
    index = page.block().index_dictionary()
    assert index["content_type"] == "Reflective log"
    assert "What? Describe the situation." in index["content"]["prompts"]
    assert index["content"]["context"] == "Think of one employer."
    assert "secret" not in json.dumps(index)


def test_mobile_data_and_multi_device(page):
    block = page.block()
    assert block.has_support(block.student_view, "multi_device")
    data = block.student_view_data()
    assert data["framework"] == "rolfe" and data["required_entries"] == 2
    assert [p["id"] for p in data["prompts"]] == ["what", "so_what", "now_what"]
    assert data["prompts"][0]["limits"] == "Write 20 to 400 words."
    assert [o["id"] for o in data["outcomes"]] == ["LO-1.1", "LO-1.2", "LO-1.3"]


def test_completion_is_custom():
    assert ReflectiveLogBlock.has_custom_completion is True
    assert ReflectiveLogBlock.completion_mode == "completable"


# ---------------------------------------------------------------- workbench scenarios

def scenario(title_part):
    return next((title, xml) for title, xml in load("reflective_log") if title_part in title)


def test_the_learner_scenario_renders(workbench):
    title, xml = scenario("learner view")
    root = workbench.load(xml, course="scenario-learner")
    log = workbench.child(root, "jobs4all_reflective_log")
    workbench.render(workbench.child(root, "jobs4all_lom"))
    text = text_of(workbench.render(log))
    assert "Description: what happened?" in text and "Write 10 to 300 words." in text
    assert "LO-1.4" in text and "You have submitted 0 of the 2 entries" in text


def test_the_trainer_scenario_shows_several_learners_entries(workbench):
    title, xml = scenario("trainer review")
    course_key, usage_key = seed_reflections.scenario_keys()
    assert title == seed_reflections.SCENARIO_TITLE
    assert seed_reflections.seed() == 6 and seed_reflections.seed() == 0      # once only
    root = workbench.load(xml, course=course_key.split(":", 1)[1])
    log = workbench.child(root, "jobs4all_reflective_log")
    assert log == usage_key
    html = workbench.render(log, student="staff_1")
    text = text_of(html)
    assert "4 entries await feedback (5 submitted in all)." in text
    assert "Follow-up with the interested garage" in text and "learner_04" in text
    assert "Notes on a difficult call" not in text                            # a draft stays private
    status, body = workbench.call(log, "review_queue", {"filter": "all"}, student="staff_1")
    assert "Amir's placement at the bakery" in text_of(body["html"]) and "Feedback received" in body["html"]
    learner = text_of(workbench.render(log, student="learner_01"))
    assert "A very honest analysis." in learner and "(trainer's judgement: Demonstrated)" in learner
    assert evidence.learner_mastery(course_key, evidence_learner("learner_01"))["LO-2.3"].state == "achieved"


def evidence_learner(student):
    from jobs4all_xblocks.demo.services import anonymous_id  # pylint: disable=import-outside-toplevel
    return anonymous_id(student)


@pytest.mark.parametrize("view", ["student_view", "studio_view", "author_view"])
def test_every_view_of_the_scenarios_renders_in_greek(workbench, view):
    _, xml = scenario("learner view")
    root = workbench.load(xml, course=f"greek-{view}")
    log = workbench.child(root, "jobs4all_reflective_log")
    assert 'lang="el"' in workbench.render(log, view=view, student="staff_1", lang="el")
