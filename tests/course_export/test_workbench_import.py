"""Import every unit of each archive (English, and every language whose catalog is complete) into the
workbench runtime, check our blocks, and render every unit in the archive's language."""
import re

import pytest
from xblock.validation import ValidationMessage

from course_export import LANGUAGES, OUR_TAGS
from course_export.validate import our_blocks

from .olx_workbench import unit_files, unit_scenario

COURSE = "jobs4all-cpd-en"


def _descendants(workbench, usage_id):
    found = []

    def walk(block):
        for child_id in getattr(block, "children", []):
            child = block.runtime.get_block(child_id)
            found.append((child.scope_ids.block_type, child_id))
            walk(child)
    walk(workbench.block(usage_id))
    return found


def load_units(workbench, course_dir, language):
    """``{unit file: root usage id}`` for every unit, loaded into one workbench course."""
    return {name: workbench.load(unit_scenario(course_dir, name), course=f"jobs4all-cpd-{language}")
            for name in unit_files(course_dir)}


@pytest.fixture
def loaded(workbench, english):
    return load_units(workbench, english[1], "en")


def lom_first(course_dir, names):
    """The units of the LOM and the pathway first: rendering them publishes the course's matrix and
    pathway, which the other blocks use."""
    def publishes(name):
        scenario = unit_scenario(course_dir, name)
        return "<jobs4all_lom" in scenario or "<jobs4all_pathway" in scenario
    return sorted(names, key=lambda name: (not publishes(name), "<jobs4all_pathway" in unit_scenario(course_dir, name)))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_unit_renders(workbench, archive, language):
    _, course_dir = archive(language)
    loaded = load_units(workbench, course_dir, language)
    assert len(loaded) == len(list((course_dir / "vertical").glob("*.xml")))
    for name in lom_first(course_dir, loaded):
        workbench.render(loaded[name], lang=language)  # a learner (Level 2 may still be locked)
        html = workbench.render(loaded[name], lang=language, student="staff_1")  # staff see every unit's content
        assert len(re.sub(r"<[^>]+>", " ", html).split()) > 40, f"{name} renders almost nothing"


@pytest.mark.parametrize("language", LANGUAGES)
def test_our_blocks_parse_and_validate_without_errors(workbench, archive, language):
    _, course_dir = archive(language)
    loaded = load_units(workbench, course_dir, language)
    names = lom_first(course_dir, loaded)
    for name in names[:2]:
        workbench.render(loaded[name], lang=language)  # publish the matrix and the pathway
    seen = []
    for name in names:
        for block_type, usage_id in _descendants(workbench, loaded[name]):
            if block_type in OUR_TAGS:
                block = workbench.block(usage_id)
                errors = [m.text for m in block.validate().messages if m.type == ValidationMessage.ERROR]
                assert not errors, f"{name} <{block_type}>: {errors}"
                seen.append(block_type)
    assert sorted(seen) == sorted(element.tag for _, element in our_blocks(course_dir))
    assert {"jobs4all_lom", "jobs4all_assessment"} <= set(seen)


def test_lom_shows_all_outcomes(workbench, english, loaded):
    _, course_dir = english
    html = workbench.render(loaded[lom_first(course_dir, loaded)[0]])
    assert html.count('class="j4a-outcome-id"') == 24
    assert "Map and prioritise potential employer partners" in html


def test_module_1_assessment_renders_its_items(workbench, english, loaded):
    _, course_dir = english
    workbench.render(loaded[lom_first(course_dir, loaded)[0]])
    html = workbench.render(loaded["m1_reflect.xml"])
    assert "which challenge for employers came first" in html
    assert "Put the steps of approaching a new employer partner in a sensible order." in html
