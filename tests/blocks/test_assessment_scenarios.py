"""The workbench scenarios of the assessment: realistic, valid, and every question type."""
import re

from jobs4all_xblocks.blocks.assessment import AssessmentBlock
from jobs4all_xblocks.domain.assessment import ITEM_TYPES


def scenario_blocks(workbench, index):
    title, xml = AssessmentBlock.workbench_scenarios()[index]
    root = workbench.load(xml, course=f"scenario-{index}")
    lom = workbench.child(root, "jobs4all_lom")
    workbench.render(lom)
    quizzes = []
    while True:
        try:
            quizzes.append(workbench.child(root, "jobs4all_assessment", len(quizzes)))
        except IndexError:
            return title, root, quizzes


def test_scenarios_cover_every_question_type_and_validate_against_the_lom(workbench):
    scenarios = AssessmentBlock.workbench_scenarios()
    assert [title for title, _ in scenarios] == [
        "JOBS4ALL: Module 1 assessment (every question type)",
        "JOBS4ALL: two assessments on one page (modules 2 and 3)",
        "JOBS4ALL: Module 6 assessment (answers after each attempt)",
    ]
    types = set()
    for index in range(len(scenarios)):
        _, _, quizzes = scenario_blocks(workbench, index)
        for usage in quizzes:
            block = workbench.block(usage, "staff_1")
            assert block.validate().messages == [], block.display_name
            types.update(item.type for item in block.parsed_items())
    assert types == set(ITEM_TYPES)


def test_two_assessments_share_a_page(workbench):
    _, root, quizzes = scenario_blocks(workbench, 1)
    assert len(quizzes) == 2
    html = workbench.render(root)
    ids = re.findall(r'\sid="([^"]+)"', html)
    assert len(ids) == len(set(ids))
    assert html.count('data-role="live"') == 2
