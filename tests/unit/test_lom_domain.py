"""The Learning Outcomes Matrix: validation, CSV round trip, Moodle framework import."""
from importlib.resources import files

import pytest

from jobs4all_xblocks.domain.lom import parse_matrix
from jobs4all_xblocks.domain.lom_csv import export_csv, import_csv
from jobs4all_xblocks.domain.problems import DomainError

DEFAULT_CSV = files("jobs4all_xblocks").joinpath("data/jobs4all_lom.csv").read_text(encoding="utf-8")


def outcome(**changes):
    row = {"id": "LO-1.1", "title": "Explain benefits", "area": "1.1", "eqf_domain": "knowledge", "eqf_level": 5}
    row.update(changes)
    return row


def problems_of(rows):
    with pytest.raises(DomainError) as error:
        parse_matrix(rows)
    return [p.message.format(**p.params) for p in error.value.problems]


def test_the_jobs4all_matrix_has_24_outcomes_four_per_area():
    matrix = import_csv(DEFAULT_CSV)
    assert len(matrix.outcomes) == 24
    for level, areas in matrix.by_level_and_area():
        assert [len(outcomes) for _, outcomes in areas] == [4, 4, 4]
        assert all(o.level == level for _, outcomes in areas for o in outcomes)
    assert {o.eqf_level for o in matrix.outcomes} == {5, 6}


def test_csv_round_trip_is_lossless():
    matrix = import_csv(DEFAULT_CSV)
    assert import_csv(export_csv(matrix)) == matrix
    assert export_csv(import_csv(export_csv(matrix))) == export_csv(matrix)


def test_semicolon_csv_with_bom_and_short_headers_from_a_spreadsheet():
    text = "\ufeffLO id;Title;Area;Dom;EQF\nLO-9;Brücken bauen;2.2;S;6\n"
    (only,) = import_csv(text).outcomes
    assert (only.id, only.title, only.area, only.eqf_domain, only.eqf_level) == ("LO-9", "Brücken bauen", "2.2",
                                                                                "skills", 6)


@pytest.mark.parametrize("change, message", [
    ({"id": ""}, "Row 1: the outcome id is missing."),
    ({"id": "LO 1"}, 'Row 1: the outcome id "LO 1" may only contain letters, digits'),
    ({"title": " "}, "Row 1: the title is missing."),
    ({"area": "3.1"}, 'Row 1: unknown area "3.1". Use one of 1.1, 1.2, 1.3, 2.1, 2.2, 2.3.'),
    ({"eqf_domain": "attitude"}, 'Row 1: unknown EQF domain "attitude".'),
    ({"eqf_level": 9}, 'Row 1: the EQF level must be a whole number from 1 to 8, not "9".'),
    ({"eqf_level": "five"}, 'Row 1: the EQF level must be a whole number from 1 to 8, not "five".'),
    ({"level": 2}, "Row 1: level 2 does not match area 1.1, which belongs to level 1."),
    ({"colour": "red"}, "Row 1: unknown field(s) colour."),
    ({"title": "x" * 301}, "Row 1: the title is longer than 300 characters."),
])
def test_invalid_outcome_is_refused_with_a_precise_message(change, message):
    assert any(found.startswith(message) for found in problems_of([outcome(**change)]))


def test_duplicate_ids_are_named_with_both_rows_case_insensitively():
    assert problems_of([outcome(), outcome(id="lo-1.1")]) == ['Outcome id "lo-1.1" is used twice (rows 1 and 2).']


def test_every_problem_is_reported_at_once():
    assert len(problems_of([outcome(id="", area="9"), outcome(eqf_level=0)])) == 3


def test_empty_matrix_is_refused():
    assert problems_of([]) == ["Add at least one outcome."]


def test_error_when_csv_has_no_usable_header():
    with pytest.raises(DomainError, match="header row"):
        import_csv("a,b\n1,2\n")


MOODLE = '''"Parent ID number","ID number","Short name","Description","Description format","Scale values","Scale configuration","Rule type (optional)","Rule outcome (optional)","Rule config (optional)","Cross-referenced competency ID numbers","Exported ID (optional)","Is framework","Taxonomy"
"","VET-EE","VET employer engagement","","1","Not yet competent,Competent","[{""scaleid"":""2""}]","","","","","","1","domain,competency,skill"
"VET-EE","A1.2","Area 1.2 Inclusive VET","<p>Inclusion</p>","1","","","","","","","","",""
"A1.2","INC-1","Describe inclusive pathways","<p>Four <b>principles</b> &amp; examples</p>","1","","","","","","","","",""
"A1.2","INC-SK","Placement skills","","1","","","","","","","","",""
"INC-SK","INC-2","Adapt a placement (EQF 6)","","1","","","","","","","","",""
"VET-EE","NET","Networking","","1","","","","","","","","",""
"NET","NET-1","Map stakeholders","Plain text","0","","","","","","","","",""
'''


def test_moodle_framework_imports_leaf_competencies():
    matrix = import_csv(MOODLE, default_area="2.2")
    by_id = {o.id: o for o in matrix.outcomes}
    assert list(by_id) == ["INC-1", "INC-2", "NET-1"]
    assert by_id["INC-1"].area == "1.2"                 # from the parent "Area 1.2 ..."
    assert by_id["INC-1"].description == "Four principles & examples"
    assert by_id["INC-1"].module == "A1.2"              # top-level grouping competency
    assert by_id["INC-2"].eqf_domain == "skills"        # taxonomy at depth 2 is "skill"
    assert by_id["INC-2"].eqf_level == 6                # "(EQF 6)" in its name
    assert by_id["NET-1"].area == "2.2"                 # the default chosen by the author
    assert by_id["NET-1"].eqf_level == 5


def test_moodle_framework_without_area_needs_a_default():
    with pytest.raises(DomainError) as error:
        import_csv(MOODLE)
    assert [p.params["value"] for p in error.value.problems] == ["NET-1"]
