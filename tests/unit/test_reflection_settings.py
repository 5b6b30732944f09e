"""Reflection frameworks, the author's prompts and word counting (pure domain, no runtime)."""
import gettext

import pytest

from jobs4all_xblocks.domain.problems import DomainError
from jobs4all_xblocks.domain.reflection import (WORDS_EMPTY, WORDS_LONG, WORDS_OK, WORDS_SHORT, count_words,
                                                 limits_text, parse_settings, translate_prompts, word_status)
from jobs4all_xblocks.domain.reflection_frameworks import FRAMEWORKS, Prompt


def settings(**overrides):
    raw = {"display_name": "Log", "framework": "rolfe", "prompts": [], "allowed_outcomes": [],
           "required_entries": 1, "require_outcome": False, **overrides}
    return parse_settings(raw, known_outcomes=overrides.pop("known", None))


def problems_of(**overrides):
    known = overrides.pop("known", None)
    raw = {"display_name": "Log", "framework": "rolfe", "prompts": [], "required_entries": 1, **overrides}
    with pytest.raises(DomainError) as caught:
        parse_settings(raw, known_outcomes=known)
    return [(p.row, p.field, p.message.format(**p.params)) for p in caught.value.problems]


# ---------------------------------------------------------------- words

@pytest.mark.parametrize("text, expected", [
    ("", 0),
    ("   \n\t ", 0),
    ("one", 1),
    ("What happened? Not much.", 4),
    ("well - this – is — fine", 4),              # dashes alone are not words
    ("... !!! ??", 0),
    ("it's a 2-week trial, 100 %", 5),           # "%" alone is not a word
    ("Ausbilder:innen über Lernergebnisse", 3),  # umlauts and inner punctuation
    ("αναστοχαστική πρακτική", 2),
    ("line one\nline two\r\nthree", 5),
])
def test_words_are_runs_with_a_letter_or_digit(text, expected):
    assert count_words(text) == expected


def test_word_status_against_the_limits():
    prompt = Prompt("p", "Q", min_words=3, max_words=5)
    assert [word_status(prompt, n) for n in (0, 2, 3, 5, 6)] == [WORDS_EMPTY, WORDS_SHORT, WORDS_OK, WORDS_OK,
                                                                  WORDS_LONG]
    optional = Prompt("p", "Q", min_words=0, max_words=0)
    assert word_status(optional, 0) == WORDS_OK and word_status(optional, 10_000) == WORDS_OK


def test_limits_are_described_in_words():
    english = gettext.NullTranslations()
    assert limits_text(Prompt("p", "Q", min_words=20, max_words=400), english) == "Write 20 to 400 words."
    assert limits_text(Prompt("p", "Q", min_words=50), english) == "Write at least 50 words."
    assert limits_text(Prompt("p", "Q", min_words=1), english) == "Write at least 1 word."
    assert limits_text(Prompt("p", "Q", max_words=300), english) == "Write at most 300 words."
    assert limits_text(Prompt("p", "Q"), english) == ""


# ---------------------------------------------------------------- frameworks

def test_the_four_frameworks_and_custom_are_offered():
    assert set(FRAMEWORKS) == {"gibbs", "rolfe", "kolb", "free", "custom"}
    assert [p.id for p in FRAMEWORKS["gibbs"].prompts] == ["description", "feelings", "evaluation", "analysis",
                                                           "conclusion", "action_plan"]
    assert [p.id for p in FRAMEWORKS["rolfe"].prompts] == ["what", "so_what", "now_what"]
    assert len(FRAMEWORKS["kolb"].prompts) == 4 and len(FRAMEWORKS["free"].prompts) == 1
    for framework in FRAMEWORKS.values():
        for prompt in framework.prompts:
            assert prompt.text and prompt.guidance and prompt.min_words < prompt.max_words


def test_a_framework_without_overrides_uses_its_own_prompts():
    result = settings(framework="kolb")
    assert [p.id for p in result.prompts] == ["experience", "observation", "conceptualisation", "experimentation"]
    assert result.stored_prompts == ()


def test_word_limits_of_a_framework_prompt_can_be_overridden():
    result = settings(prompts=[{"id": "so_what", "min_words": "50", "max_words": "300"}])
    by_id = {p.id: p for p in result.prompts}
    assert (by_id["so_what"].min_words, by_id["so_what"].max_words) == (50, 300)
    assert by_id["so_what"].text == FRAMEWORKS["rolfe"].prompts[1].text
    assert (by_id["what"].min_words, by_id["what"].max_words) == (20, 400)
    assert result.stored_prompts == ({"id": "so_what", "text": "", "guidance": "", "min_words": 50,
                                      "max_words": 300},)


def test_an_override_equal_to_the_framework_is_not_stored():
    result = settings(prompts=[{"id": "what", "text": "", "min_words": 20, "max_words": 400}])
    assert result.stored_prompts == ()


def test_framework_wording_is_translated_but_the_authors_wording_is_not():
    result = settings(prompts=[{"id": "what", "text": "Was ist passiert?"}])
    shown = translate_prompts("rolfe", result.prompts, lambda text: "<" + text + ">")
    assert shown[0].text == "Was ist passiert?"
    assert shown[0].guidance.startswith("<What happened")        # the framework's guidance, translated
    assert shown[1].text == "<So what? What does it mean?>"


def test_custom_prompts_are_the_authors():
    result = settings(framework="custom", prompts=[
        {"id": "contact", "text": "Which employer did you contact?", "guidance": "Name the sector.",
         "min_words": 10, "max_words": 200},
        {"text": "What will you do next?"},
    ])
    assert [(p.id, p.text, p.min_words, p.max_words) for p in result.prompts] == [
        ("contact", "Which employer did you contact?", 10, 200), ("p2", "What will you do next?", 0, 0)]


def test_every_problem_of_the_prompts_is_reported_with_its_row_and_field():
    found = problems_of(framework="custom", prompts=[
        {"id": "Bad Id!", "text": "Q1"},
        {"id": "two", "text": "", "min_words": "many"},
        {"id": "three", "text": "Q3", "min_words": 50, "max_words": 10},
        {"id": "three", "text": "Q4"},
    ])
    assert (1, "id", 'Prompt 1: the id "Bad Id!" may only contain lower-case letters, digits, "-" and "_" '
                     '(at most 40 characters).') in found
    assert (2, "text", "Prompt 2: the question is missing.") in found
    assert (2, "min_words", "Prompt 2: the minimum number of words must be a whole number from 0 to 5000.") in found
    assert (3, "min_words", "Prompt 3: the minimum (50) is above the maximum (10) number of words.") in found
    assert (4, "id", 'Prompt id "three" is used twice (prompts 3 and 4).') in found


def test_custom_logs_need_a_prompt_and_frameworks_know_their_prompts():
    assert problems_of(framework="custom", prompts=[]) == [(None, "prompts", "Add at least one prompt.")]
    assert problems_of(prompts=[{"id": "feelings"}]) == [(1, "id", 'Prompt 1: the framework has no prompt "feelings".')]
    assert problems_of(framework="socratic")[0][2].startswith('Unknown reflection framework "socratic".')


def test_allowed_outcomes_must_be_in_the_matrix_when_it_is_known():
    assert settings(allowed_outcomes="LO-1.1, LO-1.2").allowed_outcomes == ("LO-1.1", "LO-1.2")
    found = problems_of(allowed_outcomes=["LO-1.1", "LO-9.9"], known=["LO-1.1"])
    assert found == [(None, "allowed_outcomes", '"LO-9.9" is not an outcome of the course\'s Learning Outcomes Matrix.')]


def test_completion_settings_are_checked():
    assert settings(required_entries="3").required_entries == 3
    assert problems_of(required_entries=0)[0][1] == "required_entries"
    assert problems_of(required_entries="two")[0][1] == "required_entries"
    assert problems_of(display_name="  ")[0][1] == "display_name"


def test_the_introduction_is_sanitised():
    result = settings(context='<p onclick="steal()">Hello <script>alert(1)</script><a href="javascript:x">x</a></p>')
    assert "onclick" not in result.context and "<script" not in result.context and "javascript:" not in result.context
    assert result.context.startswith("<p>Hello")
