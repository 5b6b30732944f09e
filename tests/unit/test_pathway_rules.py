"""The pathway's configuration and unlock rules, evaluated for many evidence situations."""
from importlib.resources import files

import pytest

from jobs4all_xblocks.domain.lom import parse_matrix
from jobs4all_xblocks.domain.lom_csv import import_csv
from jobs4all_xblocks.domain.pathway import default_areas, parse_pathway, warnings
from jobs4all_xblocks.domain.pathway_eval import (COMPLETED, IN_PROGRESS, NO_OUTCOMES, NOT_STARTED, achieved_ids,
                                                  evaluate, needed_count)
from jobs4all_xblocks.domain.problems import DomainError

# The JOBS4ALL matrix: four outcomes per area, LO-1.1..LO-1.4 in area 1.1, LO-2.x in 1.2, ... LO-6.x in 2.3.
MATRIX = import_csv(files("jobs4all_xblocks").joinpath("data/jobs4all_lom.csv").read_text(encoding="utf-8"))
L1 = [f"LO-{m}.{n}" for m in (1, 2, 3) for n in (1, 2, 3, 4)]


def config(threshold=70, required=("1.1", "1.2", "1.3"), reflections=True, optional=()):
    areas = [dict(area, optional=area["code"] in optional) for area in default_areas()]
    return parse_pathway(areas, {"threshold": threshold, "required_areas": list(required),
                                 "reflection_per_area": reflections})


def messages(error):
    return [p.message.format(**p.params) for p in error.problems]


# ---------------------------------------------------------------- evaluation, table-driven

# (name, rules, achieved outcomes, reflections (each: linked outcomes), unlocked, outcomes still needed,
#  areas still without a reflection)
SITUATIONS = [
    ("nothing done", {}, [], [], False, 9, ("1.1", "1.2", "1.3")),
    ("70 % of 12 is 9 (rounded up from 8.4)", {}, L1[:9], [["LO-1.1"], ["LO-2.1"], ["LO-3.1"]], True, 0, ()),
    ("8 of 12 is not enough", {}, L1[:8], [["LO-1.1"], ["LO-2.1"], ["LO-3.1"]], False, 1, ()),
    ("all outcomes but no reflection", {}, L1, [], False, 0, ("1.1", "1.2", "1.3")),
    ("one entry linked to three areas counts for each", {}, L1, [["LO-1.1", "LO-2.2", "LO-3.3"]], True, 0, ()),
    ("a reflection on a Level-2 outcome does not count", {}, L1, [["LO-1.1"], ["LO-2.1"], ["LO-4.1"]],
     False, 0, ("1.3",)),
    ("Level-2 outcomes do not count for the threshold", {}, L1[:4] + ["LO-4.1", "LO-4.2", "LO-5.1", "LO-6.1"],
     [["LO-1.1", "LO-2.1", "LO-3.1"]], False, 5, ()),
    ("reflection requirement off", {"reflections": False}, L1[:9], [], True, 0, ()),
    ("threshold 0: only reflections", {"threshold": 0}, [], [["LO-1.1"], ["LO-2.1"], ["LO-3.1"]], True, 0, ()),
    ("threshold 100 needs every outcome", {"threshold": 100}, L1[:11], [["LO-1.1", "LO-2.1", "LO-3.1"]],
     False, 1, ()),
    ("threshold 100 met", {"threshold": 100}, L1, [["LO-1.1", "LO-2.1", "LO-3.1"]], True, 0, ()),
    ("only area 1.1 required", {"required": ("1.1",)}, ["LO-1.1", "LO-1.2", "LO-1.3"], [["LO-1.4"]], True, 0, ()),
    ("only area 1.1 required, 2 of 4 is short", {"required": ("1.1",)}, ["LO-1.1", "LO-1.2"], [["LO-1.4"]],
     False, 1, ()),
    ("optional area 1.3 not required", {"required": ("1.1", "1.2"), "optional": ("1.3",)}, L1[:6],
     [["LO-1.1", "LO-2.1"]], True, 0, ()),
    ("no required area: open to all", {"required": ()}, [], [], True, 0, ()),
    ("threshold 0 and no reflections: open to all", {"threshold": 0, "reflections": False}, [], [], True, 0, ()),
    ("threshold 50 of 12 is 6", {"threshold": 50, "reflections": False}, L1[:6], [], True, 0, ()),
    ("threshold 1 of 12 is 1", {"threshold": 1, "reflections": False}, [], [], False, 1, ()),
    ("achievements outside the matrix are ignored", {"reflections": False}, L1[:8] + ["LO-9.9"], [], False, 1, ()),
]


@pytest.mark.parametrize("name, rules, achieved, reflections, unlocked, needed, reflection_areas", SITUATIONS,
                         ids=[s[0] for s in SITUATIONS])
def test_unlock_rules(name, rules, achieved, reflections, unlocked, needed, reflection_areas):
    status = evaluate(config(**rules), MATRIX, achieved, reflections)
    assert status.unlocked is unlocked, name
    assert status.missing.outcomes_needed == needed
    assert status.missing.reflection_areas == reflection_areas
    assert status.missing.nothing is unlocked


def test_missing_outcomes_are_the_open_outcomes_of_the_required_areas_in_order():
    status = evaluate(config(), MATRIX, ["LO-1.1", "LO-2.2", "LO-3.4"], [])
    assert [o.id for o in status.missing.outcomes] == [
        "LO-1.2", "LO-1.3", "LO-1.4", "LO-2.1", "LO-2.3", "LO-2.4", "LO-3.1", "LO-3.2", "LO-3.3"]
    assert (status.counted, status.achieved, status.needed, status.percent) == (12, 3, 9, 25)


def test_no_outcome_list_once_the_threshold_is_met():
    status = evaluate(config(), MATRIX, L1[:9], [])
    assert status.missing.outcomes == () and status.missing.reflection_areas == ("1.1", "1.2", "1.3")


def test_without_a_matrix_level_2_stays_locked_and_nothing_is_listed():
    status = evaluate(config(), None, [], [])
    assert not status.ready and not status.unlocked
    assert status.missing.nothing and all(area.state == NO_OUTCOMES for area in status.areas)


def test_required_area_without_outcomes_asks_nothing():
    small = parse_matrix([{"id": "A", "title": "a", "area": "1.1", "eqf_domain": "knowledge", "eqf_level": 5},
                          {"id": "B", "title": "b", "area": "1.2", "eqf_domain": "skills", "eqf_level": 5}])
    status = evaluate(config(threshold=100), small, ["A", "B"], [["A"], ["B"]])
    assert status.unlocked and status.counted == 2
    assert status.area("1.3").state == NO_OUTCOMES and status.area("1.3").required


@pytest.mark.parametrize("achieved, reflections, state", [
    ([], [], NOT_STARTED),
    ([], [["LO-1.2"]], IN_PROGRESS),
    (["LO-1.1"], [], IN_PROGRESS),
    (["LO-1.1", "LO-1.2", "LO-1.3", "LO-1.4"], [], COMPLETED),
])
def test_area_states(achieved, reflections, state):
    area = evaluate(config(), MATRIX, achieved, reflections).area("1.1")
    assert area.state == state
    assert area.reflections == len(reflections)


def test_per_area_counts_and_levels():
    status = evaluate(config(), MATRIX, ["LO-1.1", "LO-1.2", "LO-4.1"], [["LO-1.1", "LO-4.2"], ["LO-1.3"]])
    counts = {area.code: (area.achieved, area.total, area.reflections) for area in status.areas}
    assert counts == {"1.1": (2, 4, 2), "1.2": (0, 4, 0), "1.3": (0, 4, 0), "2.1": (1, 4, 1), "2.2": (0, 4, 0),
                      "2.3": (0, 4, 0)}
    assert [(level, [a.code for a in areas]) for level, areas in status.levels()] == [
        (1, ["1.1", "1.2", "1.3"]), (2, ["2.1", "2.2", "2.3"])]


@pytest.mark.parametrize("threshold, total, needed", [(70, 12, 9), (70, 10, 7), (50, 3, 2), (0, 12, 0),
                                                      (100, 7, 7), (1, 100, 1), (99, 1, 1), (70, 0, 0)])
def test_needed_count_rounds_up(threshold, total, needed):
    assert needed_count(threshold, total) == needed


def test_achieved_ids_accepts_mastery_objects_and_states():
    class Mastery:  # pylint: disable=too-few-public-methods
        def __init__(self, state):
            self.state = state
    assert achieved_ids({"A": Mastery("achieved"), "B": Mastery("in_progress"), "C": "achieved"}) == {"A", "C"}


# ---------------------------------------------------------------- configuration

def test_defaults_are_six_modules_of_ten_hours_and_the_proposed_rule():
    pathway = config()
    assert [a.module for a in pathway.areas] == ["M1", "M2", "M3", "M4", "M5", "M6"]
    assert {a.hours for a in pathway.areas} == {10}
    assert (pathway.area("1.1").hours_f2f, pathway.area("1.1").hours_self, pathway.area("1.1").hours_assessment) == (
        3, 6, 1)
    assert pathway.rules.as_dict() == {"threshold": 70, "required_areas": ["1.1", "1.2", "1.3"],
                                       "reflection_per_area": True}


def test_input_as_olx_strings_is_accepted_and_areas_left_out_keep_their_defaults():
    pathway = parse_pathway([{"code": "1.2", "title": "Inklusion", "module": "B", "hours_f2f": "2,5",
                              "hours_self": "6", "hours_assessment": "1.5", "optional": "false"}],
                            {"threshold": "60", "required_areas": "1.2 1.1", "reflection_per_area": "false"})
    area = pathway.area("1.2")
    assert (area.title, area.module, area.hours_f2f, area.hours) == ("Inklusion", "B", 2.5, 10)
    assert pathway.area("2.3").module == "M6"
    assert pathway.rules.required_areas == ("1.1", "1.2") and pathway.rules.threshold == 60
    assert not pathway.rules.reflection_per_area


def test_every_problem_is_reported_with_its_area_and_field():
    areas = default_areas()
    areas[0].update(hours_f2f="lots", title="x" * 201)
    areas[2].update(optional="maybe", module="y" * 41)
    areas.append({"code": "3.1"})
    areas.append(dict(areas[1]))
    with pytest.raises(DomainError) as error:
        parse_pathway(areas, {"threshold": 70.5, "required_areas": ["1.1", "2.1"], "reflection_per_area": "often"})
    found = messages(error.value)
    assert 'Unknown area "3.1". Use one of 1.1, 1.2, 1.3, 2.1, 2.2, 2.3.' in found
    assert "Area 1.2 is configured twice." in found
    assert 'Area 1.1: the face-to-face hours must be a number from 0 to 200, not "lots".' in found
    assert "Area 1.1: the title is longer than 200 characters." in found
    assert 'Area 1.3: "optional" must be true or false, not "maybe".' in found
    assert "Area 1.3: the module label is longer than 40 characters." in found
    assert ('The share of Level-1 outcomes to achieve must be a whole number from 0 to 100 (per cent), not "70.5".'
            in found)
    assert 'Area "2.1" cannot be required for Level 2: only the Level-1 areas 1.1, 1.2, 1.3 can.' in found
    assert '"A reflection in each required area" must be true or false, not "often".' in found
    located = {(p.row, p.field) for p in error.value.problems}
    assert (1, "hours_f2f") in located and (3, "optional") in located and (None, "threshold") in located


@pytest.mark.parametrize("hours", ["-1", "201", "", True, None])
def test_hours_out_of_range(hours):
    areas = default_areas()
    areas[4]["hours_assessment"] = hours
    with pytest.raises(DomainError) as error:
        parse_pathway(areas, {})
    assert messages(error.value)[0].startswith("Area 2.2: the assessment hours must be a number from 0 to 200")


def test_an_optional_area_cannot_be_required():
    with pytest.raises(DomainError) as error:
        config(optional=("1.3",))
    assert messages(error.value) == [
        "Area 1.3 is marked optional, so it cannot be required for Level 2. Make it required or optional, not both."]


def test_warnings_explain_rules_that_change_what_learners_meet():
    assert [p.message for p in warnings(config(), None)][0].startswith("The course has no Learning Outcomes Matrix")
    assert warnings(config(), MATRIX) == []
    open_all = [p.message for p in warnings(config(required=()), MATRIX)]
    assert open_all == ["These rules ask nothing of learners: Level 2 is open to every learner."]
    small = parse_matrix([{"id": "A", "title": "a", "area": "1.1", "eqf_domain": "knowledge", "eqf_level": 5}])
    found = [p.message.format(**p.params) for p in warnings(config(), small)]
    assert found == [f"Area {code} is required for Level 2, but the course's Learning Outcomes Matrix has no outcome "
                     "in it, so it is ignored until outcomes are added." for code in ("1.2", "1.3")]
