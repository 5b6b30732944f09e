"""The Level-2 gate: locked, unlocked, staff, staff viewing as a learner; OLX; Studio."""
import re
from types import SimpleNamespace

import pytest
from lxml import etree
from workbench.runtime import WorkbenchRuntime
from xblock.completable import XBlockCompletionMode

from jobs4all_xblocks import evidence
from jobs4all_xblocks.blocks.gate import Level2GateBlock
from jobs4all_xblocks.demo.services import DemoUserService
from tests.blocks.pathway_page import (  # noqa: F401  pylint: disable=unused-import
    COURSE_KEY, L1, gate_xml, make_page, page, pathway_xml, text_of)

SECRET = "Level-2 secret text"


def export(workbench, usage):
    node = etree.Element("jobs4all_level2_gate")
    workbench.block(usage, "staff_1").add_xml_to_node(node)
    return etree.tostring(node, encoding="unicode", pretty_print=True)


def test_locked_for_a_new_learner_without_rendering_the_children(page):
    html = page.render(page.gate)
    assert SECRET not in html and "Module 4 check" not in html
    text = text_of(html)
    assert "Level 2 modules Locked" in text
    assert "This part of the course (2 components) opens as soon as you have unlocked Level 2 of the pathway." in text
    assert "What you still need for Level 2" in text


def test_the_locked_panel_says_exactly_what_is_missing_with_links(page):
    evidence.register_activity(COURSE_KEY, "quiz-m2", "jobs4all_assessment", "Module 2 check", L1[4:8])
    evidence.register_activity(COURSE_KEY, "log-m3", "jobs4all_reflective_log", "Module 3 log", L1[8:])
    page.achieve("student_1", *L1[:6])                     # 6 of 12; 9 needed
    page.reflect("student_1", "LO-1.2", "LO-2.4")          # areas 1.1 and 1.2 reflected
    html = page.render(page.gate)
    text = text_of(html)
    assert "So far you have achieved 6 of the 12 outcomes of the required Level-1 areas (50 %); 9 are needed." in text
    todo = re.search(r'<ol class="j4a-path-todo">(.*)</ol>', html, re.S).group(1)
    outcomes = re.findall(r'<span class="j4a-outcome-id">([^<]+)</span>', todo)
    assert outcomes == ["LO-2.3", "LO-2.4", "LO-3.1", "LO-3.2", "LO-3.3", "LO-3.4"]
    assert "Achieve 3 more of these outcomes:" in text_of(todo)
    assert re.search(r"LO-2\.3 .*?– Module 2 check", text_of(todo))
    assert re.search(r"LO-3\.1 .*?– Module 3 log", text_of(todo))        # only a log offers it
    reflections = text_of(todo[todo.index("Submit a reflective entry"):])
    assert reflections == ("Submit a reflective entry linked to an outcome of each of these areas: "
                           "Area 1.3: Boosting digitalisation – Module 3 log")
    assert todo.count('href="#j4a-') == 7
    assert '<a href="#j4a-' in html and "See your whole pathway" in text


def test_nothing_to_link_is_said_plainly(page):
    page.achieve("student_1", *L1[:9])
    text = text_of(page.render(page.gate))
    assert "Achieve" not in text
    assert "Area 1.1: Foundations of VET-business partnership – No reflective log in this course offers the outcomes " \
           "of this area yet." in text


def test_opens_as_soon_as_the_learner_has_done_the_level_1_work(page):
    page.achieve("student_1", *L1[:9])
    page.reflect("student_1", "LO-1.1", "LO-2.1")
    assert SECRET not in page.render(page.gate)
    page.reflect("student_1", "LO-3.4")
    html = page.render(page.gate)
    assert SECRET in html and "Module 4 check" in html
    assert "Locked" not in html and "j4a-gate-notice" not in html
    assert SECRET not in page.render(page.gate, student="student_2")    # per learner


def test_follows_the_published_rules_of_the_pathway(workbench):
    rules = {"threshold": 50, "required_areas": ["1.1"], "reflection_per_area": False}
    page = make_page(workbench, pathway=pathway_xml(rules=rules), course="lenient")
    page.achieve("student_1", "LO-1.1")
    assert SECRET not in page.render(page.gate)
    page.achieve("student_1", "LO-1.2")
    assert SECRET in page.render(page.gate)


def test_without_a_pathway_the_default_rules_apply(workbench):
    page = make_page(workbench, pathway="", course="no-pathway")
    page.achieve("student_1", *L1[:9])
    assert SECRET not in page.render(page.gate)
    page.reflect("student_1", "LO-1.1", "LO-2.1", "LO-3.1")
    assert SECRET in page.render(page.gate)
    assert "See your whole pathway" not in page.render(page.gate, student="student_2")


def test_staff_always_see_the_content_with_a_notice(page):
    html = page.render(page.gate, student="staff_1")
    assert SECRET in html and "Module 4 check" in html
    notice = text_of(re.search(r'<div class="j4a-alert j4a-gate-notice".*?</div>', html, re.S).group(0))
    assert "you see this content because you are course staff" in notice
    assert notice.endswith("Level 2 opens when you have achieved at least 70 % of the outcomes of areas 1.1, 1.2, 1.3 "
                           "and submitted a reflective entry linked to each of these areas.")


@pytest.fixture
def viewing_as(monkeypatch):
    """Staff viewing the course as a learner, as edx-platform's user service shows it (see masquerade.py)."""
    def start(user_name=None, course_key=COURSE_KEY):
        masquerade = SimpleNamespace(role="student", user_name=user_name)
        monkeypatch.setattr(DemoUserService, "_django_user",
                            SimpleNamespace(masquerade_settings={course_key: masquerade}), raising=False)
    return start


def test_staff_viewing_as_a_generic_learner_see_the_content(page, viewing_as):
    viewing_as()
    html = page.render(page.gate, student="student_9")   # user_is_staff is False while masquerading
    assert SECRET in html
    assert "you are viewing the course as a learner, but as course staff you still see this content." in text_of(html)
    assert "The learner you are viewing as has not unlocked Level 2 yet." in text_of(html)


def test_staff_viewing_as_a_specific_learner_see_that_learners_standing(page, viewing_as):
    page.achieve("student_1", *L1[:8])
    viewing_as(user_name="student_1")
    html = page.render(page.gate)
    text = text_of(html)
    assert SECRET in html
    assert "student_1 has not unlocked Level 2 yet and sees what is still missing instead." in text
    assert "What this learner still needs" in text and "Achieve 1 more of these outcomes:" in text
    page.reflect("student_1", "LO-1.1", "LO-2.1", "LO-3.1")
    page.achieve("student_1", L1[8])
    assert "student_1 has unlocked Level 2 and sees it too." in text_of(page.render(page.gate))


def test_a_masquerade_in_another_course_changes_nothing(page, viewing_as):
    viewing_as(course_key="workbench:elsewhere")
    assert SECRET not in page.render(page.gate)


def test_children_round_trip_in_olx(page):
    exported = export(page.workbench, page.gate)
    assert exported.startswith('<jobs4all_level2_gate xblock-family="xblock.v1" display_name="Level 2 modules">')
    assert '<p class="secret">Level-2 secret text</p>' in exported
    assert '<jobs4all_assessment xblock-family="xblock.v1" display_name="Module 4 check"' in exported
    root = page.workbench.load(f"<vertical_demo>{exported}</vertical_demo>", course="gate-copy")
    copy = page.workbench.child(root, "jobs4all_level2_gate")
    assert export(page.workbench, copy) == exported
    assert [page.workbench.block(child).scope_ids.block_type for child in page.workbench.block(copy).children] == [
        "html_demo", "jobs4all_assessment"]


def test_any_child_blocks_work_including_our_own(workbench):
    children = ('<html_demo><p>Intro</p></html_demo>'
                '<problem_demo><textinput_demo name="a"/><equality_demo name="e" left="./a/@student_input" right="1"/>'
                '</problem_demo>'
                '<jobs4all_reflective_log display_name="Module 4 log" framework="rolfe"/>'
                '<jobs4all_lom display_name="The matrix again"/>')
    page = make_page(workbench, gate=gate_xml(children), course="children")
    html = page.render(page.gate, student="staff_1")
    for block_type in ("html_demo", "problem_demo", "jobs4all_reflective_log", "jobs4all_lom"):
        assert f'data-block-type="{block_type}"' in html or f"data-block-type='{block_type}'" in html


class FakeMako:
    """The Studio runtime's mako service: renders the platform's ``studio_render_children_view.html``."""

    namespace_prefix = ""

    def render_template(self, template, context):
        items = "".join(item["content"] for item in context["items"])
        add = '<div class="add-xblock-component new-component-item adding"></div>' if context["can_add"] else ""
        return f'<ol class="reorderable-container" data-template="{template}">{items}</ol>{add}'


def test_studio_view_page_lists_children_and_offers_to_add_any_component(page, monkeypatch):
    original = WorkbenchRuntime.service
    monkeypatch.setattr(WorkbenchRuntime, "service", lambda self, block, name: FakeMako() if name == "mako"
                        else original(self, block, name))
    block = page.block(page.gate, "staff_1")
    html = block.author_view({"root_xblock": block}).content
    assert 'class="add-xblock-component new-component-item adding"' in html
    assert SECRET in html and 'data-template="studio_render_children_view.html"' in html
    unit = block.author_view({}).content   # in its unit: a summary
    assert "add-xblock-component" not in unit and SECRET not in unit
    assert "It holds 2 components:" in text_of(unit) and "Module 4 check" in text_of(unit)
    assert "Select View to add, edit or reorder its components." in text_of(unit)


def test_studio_validation(workbench):
    page = make_page(workbench, pathway="", gate=gate_xml(children=""), course="empty-gate")
    messages = [m.text for m in page.block(page.gate, "staff_1").validate().messages]
    assert any(m.startswith("The course has no pathway component yet") for m in messages)
    assert "This gate is empty: select View to add the Level-2 components it opens." in messages


def test_completion_mobile_and_state(page):
    assert Level2GateBlock.has_children and Level2GateBlock.completion_mode == XBlockCompletionMode.AGGREGATOR
    block = page.block(page.gate)
    assert block.has_support(block.student_view, "multi_device") and block.show_in_read_only_mode
    assert block.student_view_data() == {"display_name": "Level 2 modules", "level": 2}
    page.unlock("student_1")
    status, state = page.workbench.call(page.gate, "student_view_user_state", method="GET")
    assert status == 200 and state["unlocked"] is True and state["missing"]["outcomes_needed"] == 0
