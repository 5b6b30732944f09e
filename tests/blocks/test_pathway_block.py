"""The pathway map as learners and staff see it, its data for the mobile apps, the CPD record."""
import re

from jobs4all_xblocks import evidence
from jobs4all_xblocks.blocks.pathway import PathwayBlock
from jobs4all_xblocks.demo.services import anonymous_id
from jobs4all_xblocks.domain.pathway import default_areas
from tests.blocks.pathway_page import (  # noqa: F401  pylint: disable=unused-import
    COURSE_KEY, L1, days_ago, make_page, page, pathway_xml, text_of)


def area_card(html, code):
    """The rendered card of an area: its state class and its visible text."""
    match = re.search(r'<li class="j4a-path-area j4a-path-area--(\w+)[^"]*">\s*<h5 class="j4a-path-area-title">'
                      r'<span class="j4a-path-code">Area ' + re.escape(code) + r"</span>(.*?)</li>", html, re.S)
    return match.group(1), text_of(match.group(2))


def test_map_is_a_structured_list_of_two_levels_and_six_areas(page):
    html = page.render()
    levels = re.search(r'<ol class="j4a-path-levels">(.*)</ol>', html, re.S).group(1)
    assert levels.count('<li class="j4a-path-level') == 2
    assert levels.count('<li class="j4a-path-area ') == 6
    assert levels.index("Level 1: supporting employers") < levels.index("Area 1.1") < levels.index("Area 1.3") \
        < levels.index("Level 2: advising and partnering") < levels.index("Area 2.1")
    assert re.findall(r"<h5 class=\"j4a-path-area-title\">", levels) and "<h4 " in levels


def test_each_area_shows_outcomes_reflections_and_blended_hours(page):
    page.achieve("student_1", "LO-1.1", "LO-1.2")
    page.achieve("student_1", "LO-1.3", score=0.2)
    page.reflect("student_1", "LO-1.1")
    page.reflect("student_1", "LO-1.4", "LO-2.2")
    html = page.render()
    state, text = area_card(html, "1.1")
    assert state == "in_progress"
    assert "◐ In progress" in text and "Outcomes achieved 2 of 4" in text and "Reflective entries submitted 2" in text
    assert "Face-to-face: 3 h, Self-directed: 6 h, Assessment: 1 h (10 h in all)" in text
    assert "Module M1" in text and "Required for Level 2" in text
    state, text = area_card(html, "1.2")
    assert state == "in_progress" and "Outcomes achieved 0 of 4" in text and "Reflective entries submitted 1" in text
    state, text = area_card(html, "2.3")
    assert state == "not_started" and "○ Not started" in text and "Required for Level 2" not in text


def test_state_is_never_given_by_colour_alone(page):
    page.achieve("student_1", *L1[:4])
    html = page.render()
    assert re.search(r'j4a-state--completed"><span class="j4a-icon" aria-hidden="true">●</span> Completed', html)
    assert '<span class="j4a-path-lock j4a-path-lock--locked">Locked</span>' in html


def test_hours_titles_and_optional_areas_come_from_the_authored_configuration(workbench):
    areas = default_areas()
    areas[1].update(title="Inclusive VET in practice", module="B2", hours_f2f=4.5, hours_self=4, hours_assessment=1.5)
    areas[5].update(optional=True)
    page = make_page(workbench, pathway=pathway_xml(areas), course="authored")
    _, text = area_card(page.render(), "1.2")
    assert text.startswith("Inclusive VET in practice") and "Module B2" in text
    assert "Face-to-face: 4.5 h, Self-directed: 4 h, Assessment: 1.5 h (10 h in all)" in text
    assert "Optional" in area_card(page.render(), "2.3")[1]
    german = page.render(lang="de")
    assert "4,5" in text_of(german)  # numbers as the course language writes them


def test_next_step_links_to_the_activity_that_gives_evidence(page):
    evidence.register_activity(COURSE_KEY, "quiz-m1", "jobs4all_assessment", "Module 1 check", ["LO-1.1", "LO-1.2"])
    evidence.register_activity(COURSE_KEY, "log-m1", "jobs4all_reflective_log", "Module 1 log", L1)
    html = page.render()
    step = text_of(re.search(r'<div class="j4a-path-next">(.*?)</div>', html, re.S).group(1))
    assert step.startswith("Your next step Work on outcome LO-1.1")
    assert 'href="#j4a-' in re.search(r'<div class="j4a-path-next">(.*?)</div>', html, re.S).group(1)
    assert "Go to Module 1 check" in step
    page.achieve("student_1", "LO-1.1", "LO-1.2", "LO-1.3", "LO-1.4")
    step = text_of(re.search(r'<div class="j4a-path-next">(.*?)</div>', page.render(), re.S).group(1))
    assert "Write a reflective entry linked to an outcome of area 1.1" in step and "Go to Module 1 log" in step


def test_locked_learner_is_told_what_is_missing_and_unlocked_learner_is_not(page):
    page.achieve("student_1", *L1[:7])
    page.reflect("student_1", "LO-1.1", "LO-2.1")
    text = text_of(page.render())
    assert "Level 2 is still locked for you." in text
    assert "So far you have achieved 7 of the 12 outcomes of the required Level-1 areas (58 %); 9 are needed." in text
    assert "Achieve 2 more of these outcomes: LO-2.4" in text
    assert "Submit a reflective entry linked to an outcome of each of these areas: Area 1.3: Boosting digitalisation" \
        in text
    page.achieve("student_1", "LO-2.4", "LO-3.1")
    page.reflect("student_1", "LO-3.2")
    html = page.render()
    assert "You have unlocked Level 2." in text_of(html) and "What you still need for Level 2" not in html
    assert '<span class="j4a-path-lock"><span aria-hidden="true">✓</span> Unlocked</span>' in html


def test_staff_see_the_cohort(page):
    page.unlock("student_1")
    page.achieve("student_2", *L1[:4])
    page.reflect("student_2", "LO-1.1")
    page.achieve("student_3", "LO-4.1")
    learner = page.render(student="student_1")
    assert "Cohort on the pathway" not in learner
    html = page.render(student="staff_1")
    text = text_of(html)
    assert "3 learners have recorded evidence in this course. 1 of them (33 %) have unlocked Level 2." in text
    rows = {code: cells for code, cells in re.findall(
        r'<th scope="row"><span class="j4a-outcome-id">([\d.]+)</span>.*?</th>(.*?)</tr>', html, re.S)}
    completed = {code: text_of(cells).split()[0] for code, cells in rows.items()}
    reflected = {code: text_of(cells).split()[-1] for code, cells in rows.items()}
    assert completed == {"1.1": "2", "1.2": "1", "1.3": "0", "2.1": "0", "2.2": "0", "2.3": "0"}
    assert reflected == {"1.1": "2", "1.2": "1", "1.3": "1", "2.1": "0", "2.2": "0", "2.3": "0"}
    assert "Your own pathway (as a learner sees it)" in text


def test_the_pathway_publishes_its_rules_and_a_second_one_does_not_take_over(workbench):
    page = make_page(workbench, course="two")
    assert evidence.course_pathway("workbench:two").usage_key == page.pathway
    root = workbench.load(f"<vertical_demo>{pathway_xml(rules={'threshold': 10})}</vertical_demo>", course="two")
    other = workbench.child(root, "jobs4all_pathway")
    html = workbench.render(other, student="staff_1")
    assert evidence.course_pathway("workbench:two").usage_key == page.pathway
    assert "Another pathway component of this course sets the rules" in html


def test_mobile_data_and_learner_state(page):
    block = page.block()
    assert block.has_support(block.student_view, "multi_device")
    data = block.student_view_data()
    assert [a["code"] for a in data["areas"]] == ["1.1", "1.2", "1.3", "2.1", "2.2", "2.3"]
    assert data["areas"][1]["title"] == "Strengthening inclusive VET" and data["areas"][1]["hours"] == 10
    assert data["rules"]["threshold"] == 70 and data["rules"]["text"].startswith("Level 2 opens when")
    page.achieve("student_1", "LO-1.1")
    status, state = page.workbench.call(page.pathway, "student_view_user_state", method="GET")
    assert status == 200 and state["unlocked"] is False
    assert state["areas"][0]["achieved"] == 1 and state["areas"][0]["state"] == "in_progress"
    assert state["missing"]["outcomes_needed"] == 8 and state["missing"]["reflection_areas"] == ["1.1", "1.2", "1.3"]
    assert state["next_step"]["kind"] == "outcome" and state["next_step"]["outcome_id"] == "LO-1.2"
    index = block.index_dictionary()
    assert index["content_type"] == "Pathway" and "2.2" in index["content"]["areas"]


def test_cpd_record_content(page):
    page.achieve("student_1", "LO-1.1", "LO-1.2", "LO-1.3", "LO-1.4", when=days_ago(10))
    entry = page.reflect("student_1", "LO-2.3", title="Amir's placement at the bakery", when=days_ago(5))
    evidence.review_reflection(course_key=COURSE_KEY, usage_key="log", entry_id=entry.id, base_version=entry.version,
                               trainer_id=anonymous_id("staff_1"), feedback="Well observed.",
                               judgements={"LO-2.3": "demonstrated"}, when=days_ago(4))
    status, html = page.workbench.call(page.pathway, "cpd_record", method="GET")
    assert status == 200 and html.startswith("<!DOCTYPE html>") and '<html lang="en">' in html
    text = text_of(html)
    assert "Continuing professional development of student_1" in text
    assert re.search(r"M1 – Area 1\.1: Foundations of VET-business partnership Completed 3 6 1 10", text)
    assert re.search(r"M2 – Area 1\.2: Strengthening inclusive VET In progress 3 6 1 10", text)
    assert "Done (completed modules) 3 6 1 10" in text and "Planned (modules listed) 18 36 6 60" in text
    assert re.search(r"LO-1\.1 Explain the main benefits .*? \w+\.? \d+, \d{4} Assessment", text)
    assert re.search(r"LO-2\.3 Advise an employer .*? Trainer judgement, Reflection", text)
    assert "Amir's placement at the bakery" in text and "Reflective entries submitted" in text
    assert re.search(r"Trainer judgements .*LO-2\.3 .*? Demonstrated .*? Amir's placement at the bakery", text)
    assert "Level 2 of the pathway is not unlocked yet." in text
    _, download = page.workbench.call(page.pathway, "cpd_record", method="GET", query="download=1")
    assert download == html


def test_cpd_record_in_the_course_language(page):
    _, html = page.workbench.call(page.pathway, "cpd_record", method="GET", lang="de")
    assert '<html lang="de">' in html


def test_block_class_declares_what_the_platform_needs():
    assert PathwayBlock.completion_mode == "excluded" and PathwayBlock.show_in_read_only_mode
