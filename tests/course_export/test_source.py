"""The course source: the real one is valid; broken sources are refused with every problem named."""
import shutil

import pytest
import yaml

from course_export import CONTENT
from course_export.activities import GRADED_TYPES, load_assessment, load_reflective_log
from course_export.checks import check_course, url_names
from course_export.outcomes import load_outcomes
from course_export.source import SourceError, load_course


@pytest.fixture
def course():
    return load_course()


@pytest.fixture
def content_copy(tmp_path):
    """The course source with Module 1 only (other modules may be in progress in the same tree)."""
    target = tmp_path / "content"
    shutil.copytree(CONTENT, target, ignore=lambda folder, names: [
        name for name in names if folder == str(CONTENT / "modules") and name != "m1"])
    return target


def edit_yaml(path, change):
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def test_real_source_loads_and_passes_the_checks(course):
    check_course(course, load_outcomes())
    assert [chapter.id for chapter in course.chapters][:2] == ["start_here", "level_1"]
    assert course.run("de") == "2026_DE"
    names = url_names(course)
    assert len(names) == len(set(names))


def test_module_1_is_complete(course):
    module = next(section for section in course.sections() if section.id == "m1")
    assert module.module.area == "1.1" and module.module.working_title
    assert module.module.outcomes == ["LO-1.1", "LO-1.2", "LO-1.3", "LO-1.4"]
    assert sum(module.module.hours.values()) == 10
    assert [unit.id for unit in module.units] == ["concepts", "practice", "apply", "workshop", "reflect"]
    kinds = [component.kind for unit in module.units for component in unit.components]
    assert {"overview", "page", "assessment", "reflective_log"} <= set(kinds)


def test_every_module_1_outcome_is_assessed_by_a_graded_item():
    assessment, problems = load_assessment(CONTENT / "modules" / "m1" / "assessment.yaml")
    assert not problems
    types = {item["type"] for item in assessment["items"]}
    assert types == {"single_choice", "multiple_response", "ordering", "matching", "confidence"}
    assessed = {o for item in assessment["items"] if item["type"] in GRADED_TYPES for o in item["outcomes"]}
    assert assessed == {"LO-1.1", "LO-1.2", "LO-1.3", "LO-1.4"}
    for item in assessment["items"]:
        assert item["explanation"]
        assert all(choice["feedback"] for choice in item.get("choices", []))


def test_reflective_log_prompts_have_guidance_and_word_limits():
    log, problems = load_reflective_log(CONTENT / "modules" / "m1" / "reflective_log.yaml")
    assert not problems
    for prompt in log["prompts"]:
        assert prompt["guidance"] and 0 < prompt["min_words"] < prompt["max_words"]


def test_hours_and_missing_files_are_reported_together(content_copy):
    edit_yaml(content_copy / "modules" / "m1" / "module.yaml",
              lambda data: data["hours"].update(face_to_face=4))
    (content_copy / "modules" / "m1" / "practice.md").unlink()
    with pytest.raises(SourceError) as raised:
        load_course(content_copy)
    text = "\n".join(raised.value.problems)
    assert "add up to 11" in text and "practice.md does not exist" in text


def test_unassessed_outcome_and_bad_single_choice_are_reported(content_copy):
    def break_items(data):
        data["items"] = [item for item in data["items"] if "LO-1.4" not in item["outcomes"]]
        data["items"][0]["choices"][0]["correct"] = True
    edit_yaml(content_copy / "modules" / "m1" / "assessment.yaml", break_items)
    with pytest.raises(SourceError) as raised:
        check_course(load_course(content_copy), load_outcomes())
    text = "\n".join(raised.value.problems)
    assert "outcomes not assessed by any graded item: LO-1.4" in text
    assert "exactly one correct choice, not 2" in text


def test_a_new_module_folder_is_placed_by_its_level(content_copy):
    shutil.copytree(content_copy / "modules" / "m1", content_copy / "modules" / "m4")

    def as_module_4(data):
        data.update(id="m4", number=4, level=2, area="2.1")
    edit_yaml(content_copy / "modules" / "m4" / "module.yaml", as_module_4)
    course = load_course(content_copy)
    assert [s.id for s in course.chapters[-1].sections] == ["m4"]
    assert course.chapters[-1].gate == "level2_gate"
    with pytest.raises(SourceError) as raised:   # m4 still maps LO-1.x and reuses m1's ids
        check_course(course, load_outcomes())
    assert any("used twice" in problem for problem in raised.value.problems)
