"""What an author may save: item validation and the mapping to the course's outcomes."""
import pytest

from jobs4all_xblocks.domain.assessment import check_mapping, mapping_problems, parse_items
from jobs4all_xblocks.domain.lom import parse_matrix
from jobs4all_xblocks.domain.problems import DomainError
from tests import assessment_data as data

MATRIX = parse_matrix([
    {"id": f"LO-1.{n}", "title": f"Outcome {n}", "area": "1.1", "eqf_domain": "knowledge", "eqf_level": 5}
    for n in range(1, 5)
])


def problems_of(raw_items):
    with pytest.raises(DomainError) as error:
        parse_items(raw_items)
    return [(p.row, p.field, p.message.format(**p.params)) for p in error.value.problems]


def test_every_item_type_parses_and_round_trips_through_its_dict():
    items = parse_items(data.items())
    assert [i.type for i in items] == ["single", "multiple", "ordering", "matching", "rating"]
    assert parse_items([i.as_dict() for i in items]) == items
    assert [i.graded for i in items] == [True, True, True, True, False]
    assert items[1].outcomes[1].weight == 2.0
    assert "points" not in items[4].as_dict()


def test_author_html_is_sanitised_and_plain_texts_are_kept_as_text():
    item = data.items(data.SINGLE)[0]
    item["prompt"] = '<p onclick="steal()">Which <script>alert(1)</script>challenge?</p>'
    item["choices"][0]["text"] = "<b>Time</b>"
    parsed = parse_items([item])[0]
    assert "onclick" not in parsed.prompt and "script" not in parsed.prompt
    assert parsed.prompt.startswith("<p>Which")
    assert parsed.choices[0].text == "<b>Time</b>"  # escaped when shown, never interpreted


def test_an_item_without_mapping_is_refused_with_its_number():
    item = data.items(data.SINGLE)[0]
    item["outcomes"] = []
    assert problems_of([data.RATING, item]) == [
        (2, "outcomes", "Question 2 is not mapped to any learning outcome. "
                        "Map it to at least one outcome of the course's matrix.")]


def test_single_choice_needs_exactly_one_correct_choice():
    item = data.items(data.SINGLE)[0]
    item["choices"][1]["correct"] = True
    assert problems_of([item]) == [(1, "choices", "Question 1: mark exactly one choice as correct (2 are marked).")]


def test_problems_point_at_the_field_of_the_question():
    item = data.items(data.MULTIPLE)[0]
    item["choices"][2]["text"] = " "
    item["choices"][3]["id"] = "trust"
    item["outcomes"][1]["weight"] = 0
    item["points"] = "many"
    found = {(row, field) for row, field, _ in problems_of([item])}
    assert found == {(1, "choices.3.text"), (1, "choices.4.id"), (1, "outcomes.2.weight"), (1, "points")}


def test_ordering_and_matching_need_enough_entries_and_unique_ids():
    ordering = data.items(data.ORDERING)[0]
    ordering["steps"] = ordering["steps"][:1]
    matching = data.items(data.MATCHING)[0]
    matching["distractors"][0]["id"] = "opp"
    assert problems_of([ordering, matching]) == [
        (1, "steps", "Question 1: add at least 2 steps."),
        (2, "distractors.1.id", 'Question 2: the id "opp" is used twice.'),
    ]


def test_question_ids_are_unique_and_types_known():
    twin = data.items(data.SINGLE)[0]
    odd = dict(data.items(data.SINGLE)[0], id="q-odd", type="essay")
    assert problems_of([data.SINGLE, twin, odd]) == [
        (2, "id", 'Question 2: the question id "q-first-challenge" is already used by question 1.'),
        (3, "type", 'Question 3: unknown question type "essay". '
                    "Use one of single, multiple, ordering, matching, rating."),
    ]


def test_an_outcome_is_rated_once_per_assessment():
    again = dict(data.items(data.RATING)[0], id="q-again", outcomes=[{"id": "LO-1.4"}])
    assert problems_of([data.SINGLE, data.RATING, again]) == [
        (3, "outcomes", 'Question 3: outcome "LO-1.4" is already rated in question 2; '
                        "rate each outcome once per assessment.")]


def test_ratings_alone_are_not_an_assessment():
    assert problems_of([data.RATING]) == [
        (None, None, "Add at least one scored question: confidence ratings alone give no grade.")]


def test_mapping_to_an_outcome_missing_from_the_course_matrix_names_the_id():
    item = data.items(data.SINGLE)[0]
    item["outcomes"] = [{"id": "LO-1.1", "weight": 1}, {"id": "LO-9.9", "weight": 1}]
    items = parse_items([item])
    with pytest.raises(DomainError) as error:
        check_mapping(items, MATRIX)
    (problem,) = error.value.problems
    assert (problem.row, problem.field) == (1, "outcomes.2.id")
    assert problem.message.format(**problem.params) == (
        'Question 1: the outcome "LO-9.9" is not in this course\'s Learning Outcomes Matrix. '
        "Choose one of its outcomes (LO-1.1 to LO-1.4).")
    check_mapping(parse_items(data.items(data.SINGLE, data.ORDERING)), MATRIX)  # all known: no error


def test_a_course_without_matrix_is_named_as_the_reason():
    (problem,) = mapping_problems(parse_items(data.items(data.SINGLE)), None)
    assert "This course has no Learning Outcomes Matrix yet" in problem.message
    assert not mapping_problems((), None)
