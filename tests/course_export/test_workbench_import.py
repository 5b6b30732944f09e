"""Import every unit of the English archive into the workbench runtime and render it."""
import re

import pytest
from xblock.validation import ValidationMessage

from course_export import OUR_TAGS
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


@pytest.fixture
def loaded(workbench, english):
    """``{unit file: root usage id}`` for every unit, loaded into one workbench course."""
    _, course_dir = english
    return {name: workbench.load(unit_scenario(course_dir, name), course=COURSE) for name in unit_files(course_dir)}


def test_every_unit_renders(workbench, english, loaded):
    _, course_dir = english
    assert len(loaded) == len(list((course_dir / "vertical").glob("*.xml")))
    # The LOM first: rendering it publishes the course's matrix, which the other blocks use.
    ordered = sorted(loaded, key=lambda name: "jobs4all_lom" not in unit_scenario(course_dir, name))
    for name in ordered:
        html = workbench.render(loaded[name])
        assert len(re.sub(r"<[^>]+>", " ", html).split()) > 40, f"{name} renders almost nothing"
        assert "Traceback" not in html and "Error" not in html.split("</h2>")[0], name


def test_our_blocks_parse_and_validate_without_errors(workbench, english, loaded):
    _, course_dir = english
    lom_unit = next(name for name in loaded if "jobs4all_lom" in unit_scenario(course_dir, name))
    workbench.render(loaded[lom_unit])  # publish the matrix
    seen = []
    for name, root in loaded.items():
        for block_type, usage_id in _descendants(workbench, root):
            if block_type in OUR_TAGS:
                block = workbench.block(usage_id)
                errors = [m.text for m in block.validate().messages if m.type == ValidationMessage.ERROR]
                assert not errors, f"{name} <{block_type}>: {errors}"
                seen.append(block_type)
    assert sorted(seen) == sorted(element.tag for _, element in our_blocks(course_dir))
    assert "jobs4all_lom" in seen and "jobs4all_assessment" in seen


def test_lom_shows_all_outcomes(workbench, english, loaded):
    _, course_dir = english
    name = next(name for name in loaded if "jobs4all_lom" in unit_scenario(course_dir, name))
    html = workbench.render(loaded[name])
    assert html.count('class="j4a-outcome-id"') == 24
    assert "Map and prioritise potential employer partners" in html


def test_module_1_assessment_renders_its_items(workbench, english, loaded):
    _, course_dir = english
    lom = next(name for name in loaded if "jobs4all_lom" in unit_scenario(course_dir, name))
    workbench.render(loaded[lom])
    html = workbench.render(loaded["m1_reflect.xml"])
    assert "which challenge for employers came first" in html
    assert "Put the steps of approaching a new employer partner in a sensible order." in html
