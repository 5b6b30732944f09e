"""The assessment as a learner meets it: questions, submission, feedback, evidence, grade."""
import html as html_module
import re

from tests import assessment_data as data
from tests.blocks.assessment_page import (  # noqa: F401  pylint: disable=unused-import
    assessment_xml, lom_state, make_page, page)


def test_learner_sees_every_question_as_a_labelled_group(workbench, page):
    html = workbench.render(page.quiz)
    assert html.count("<fieldset class=\"j4a-item ") == 5
    assert html.count("<legend class=\"j4a-item-legend\">") == 5
    assert "Question 1 of 5 <span class=\"j4a-item-points\">(1 point)</span>" in html
    assert "Question 2 of 5 <span class=\"j4a-item-points\">(2 points)</span>" in html
    assert "(not scored)" in html
    assert "You have used 0 of 2 attempts." in html
    assert "The correct answers are shown after your last attempt." in html
    # every control has a label bound to it
    for control_id in re.findall(r'<(?:input|select)[^>]* id="([^"]+)"', html):
        assert f'for="{control_id}"' in html, control_id
    # ordering is operable with buttons, and never starts in the right order
    assert html.count(">↑</span> Move up</button>") == 4
    order = step_order(html)
    assert sorted(order) == sorted(data.RIGHT_ANSWERS["q-partner-steps"])
    assert order != data.RIGHT_ANSWERS["q-partner-steps"]
    # matching with selects; rating with a 1-5 scale per outcome, titled from the course's matrix
    assert html.count("<option value=\"\">Choose a partner</option>") == 3
    assert "Map and prioritise potential employer partners" in html
    assert "5: very confident" in html


def test_the_answers_are_not_in_the_page(workbench, page):
    html = workbench.render(page.quiz)
    assert not re.search(r'correct["=:]', html)  # no answer key in attributes or init data
    assert "building common ground takes time" not in html  # feedback and explanation come after submitting


def test_submission_gives_feedback_and_outcome_states(page):
    status, body = page.submit(data.answers(q_first_challenge="money", q_qualities=["trust"]))
    assert status == 200
    assert body["score"] == {"earned": 3.0, "possible": 5.0}
    statuses = {item["id"]: item["status"] for item in body["items"]}
    assert statuses == {"q-first-challenge": "incorrect", "q-qualities": "partial", "q-partner-steps": "correct",
                        "q-match": "correct", "q-confidence": "rated"}
    first = body["html"]["items"]["q-first-challenge"]
    assert "✗</span> <strong>Incorrect</strong>: 0 of 1 point" in first
    assert "Your choice “Financial aspects”:" in first and "Costs matter" in first
    assert "Partly correct</strong>: 1 of 2 points" in body["html"]["items"]["q-qualities"]
    assert "you rated 4 of 5" in body["html"]["items"]["q-confidence"]
    # touched outcomes and their new state, in question order
    assert [(o["id"], o["state"]) for o in body["outcomes"]] == [
        ("LO-1.1", "in_progress"), ("LO-1.3", "in_progress"), ("LO-1.2", "achieved"), ("LO-1.4", "in_progress")]
    assert body["outcomes"][2]["self_rating"] == 4 and body["outcomes"][2]["percent"] == 100
    assert body["announcement"] == ("Attempt 1 submitted. You scored 3 of 5 points (60 %). "
                                    "You have used 1 of 2 attempts.")
    assert "Your learning outcomes after this attempt" in body["html"]["summary"]


def test_evidence_rows_are_written_per_outcome_and_kind(page):
    page.submit(data.answers(q_first_challenge="money", q_qualities=["trust"]))
    assert sorted(page.evidence()) == [
        # LO-1.1: single 0 x 1 + multiple 0.5 x 1 + matching 1 x 1 of 3
        ("LO-1.1", "assessment", 1, 1.5, 3.0),
        ("LO-1.2", "assessment", 1, 1.0, 1.0),
        ("LO-1.2", "self_rating", 1, 4.0, 5.0),
        ("LO-1.3", "assessment", 1, 1.0, 2.0),     # multiple 0.5 x weight 2 of 2
        ("LO-1.4", "self_rating", 1, 2.0, 5.0),
    ]
    assert page.evidence("student_2") == []


def test_the_lom_block_shows_the_change_on_its_next_render(workbench, page):
    before = workbench.render(page.lom)
    assert lom_state(before, "LO-1.2") == "not_started" and lom_state(before, "LO-1.1") == "not_started"
    page.submit(data.answers(q_first_challenge="money", q_qualities=["trust"]))
    after = workbench.render(page.lom)
    assert lom_state(after, "LO-1.2") == "achieved"
    assert lom_state(after, "LO-1.1") == "in_progress"
    assert lom_state(after, "LO-2.1") == "not_started"
    assert "You have achieved 1 of 24 outcomes; 3 are in progress." in after
    assert lom_state(workbench.render(page.lom, student="student_2"), "LO-1.2") == "not_started"


def test_the_lom_links_to_the_assessment_as_next_step(workbench, page):
    workbench.render(page.quiz)
    html = workbench.render(page.lom)
    row = re.search(r'<span class="j4a-outcome-id">LO-1.3<.*?</tr>', html, re.S).group(0)
    assert "Module 1 check" in row


def test_grade_and_completion_are_published(page, published):
    page.submit(data.answers(q_first_challenge="money", q_qualities=["trust"]))
    assert published == [("grade", {"value": 0.6, "max_value": 1.0, "only_if_higher": None}),
                         ("completion", {"completion": 1.0})]


def test_grade_is_scaled_to_the_weight(workbench, published):
    weighted = make_page(workbench, course="weighted", weight=4)
    weighted.submit(data.answers(q_first_challenge="money", q_qualities=["trust"]))
    assert published[0] == ("grade", {"value": 2.4, "max_value": 4.0, "only_if_higher": None})
    assert weighted.block().max_score() == 4.0


def test_a_worse_attempt_does_not_lower_the_grade(page, published):
    page.submit(data.answers(q_first_challenge="money", q_qualities=["trust"]))          # 3 of 5
    status, body = page.submit(data.answers(q_first_challenge="money", q_qualities=["price"],
                                            q_match={"opp": "none", "chal": "none", "prof": "none"}), attempt=2)
    assert status == 200 and body["score"] == {"earned": 1.0, "possible": 5.0}
    assert body["grade"] == {"value": 0.6, "max_value": 1.0, "kept_best": True}
    grades = [event for kind, event in published if kind == "grade"]
    assert [g["value"] for g in grades] == [0.6, 0.6]
    assert "Your grade is your best attempt so far: 60 %." in body["announcement"]
    # both attempts are evidence: the mastery method of the course decides how they combine
    assert [row for row in page.evidence() if row[0] == "LO-1.2" and row[1] == "assessment"] == [
        ("LO-1.2", "assessment", 1, 1.0, 1.0), ("LO-1.2", "assessment", 2, 1.0, 1.0)]


def test_a_better_attempt_raises_the_grade(page, published):
    page.submit(data.answers(q_first_challenge="money"))
    page.submit(data.answers(), attempt=2)
    assert [e["value"] for kind, e in published if kind == "grade"] == [0.8, 1.0]


def test_answers_are_shown_after_the_last_attempt_only(workbench, page):
    _, first = page.submit(data.answers(q_first_challenge="money"))
    assert first["show_answers"] is False
    assert "Correct answer" not in first["html"]["items"]["q-first-challenge"]
    assert "Explanation" not in first["html"]["items"]["q-first-challenge"]
    _, last = page.submit(data.answers(q_first_challenge="money"), attempt=2)
    assert last["show_answers"] is True and last["can_submit"] is False and last["attempts_left"] == 0
    shown = last["html"]["items"]["q-first-challenge"]
    assert "Correct answer:" in shown and "<li>Time</li>" in shown and "Explanation:" in shown
    assert "Correct order:" in last["html"]["items"]["q-partner-steps"]
    assert "Tailored education goes with Opportunities" in last["html"]["items"]["q-match"]
    html = workbench.render(page.quiz)
    assert "You have used all 2 attempts." in html and "<li>Time</li>" in html
    assert re.search(r'data-action="submit" disabled', html)


def test_answers_after_each_attempt_and_never(workbench):
    always = make_page(workbench, course="always", show_answers="after_submit", max_attempts=0)
    _, body = always.submit()
    assert body["show_answers"] is True and body["attempts_left"] is None and body["can_submit"] is True
    assert "Unlimited attempts; you have used 1." in body["announcement"]
    never = make_page(workbench, course="never", show_answers="never", max_attempts=1)
    _, body = never.submit()
    assert body["show_answers"] is False and body["can_submit"] is False
    assert "Correct answer" not in "".join(body["html"]["items"].values())


def test_the_page_remembers_the_last_attempt(workbench, page):
    order = ["research", "sector", "focal", "history"]
    page.submit(data.answers(q_qualities=["trust"], q_partner_steps=order))
    html = workbench.render(page.quiz)
    assert re.search(r'id="[^"]+-q2-c\d+" value="trust" checked', html)
    assert not re.search(r'id="[^"]+-q2-c\d+" value="communication" checked', html)
    assert step_order(html) == order
    assert "Result of attempt 1" in html and "You have used 1 of 2 attempts." in html
    assert "Partly correct" in html


def step_order(html):
    """The real ids of the ordering question's steps, in the order the page shows them."""
    by_text = {step["text"]: step["id"] for step in data.ORDERING["steps"]}
    return [by_text[html_module.unescape(text)]
            for text in re.findall(r'<span class="j4a-step-text"[^>]*>([^<]+)</span>', html)]


def test_each_learner_gets_a_stable_shuffle(workbench, page):
    first = re.findall(r'data-step-id="([^"]+)"', workbench.render(page.quiz))
    assert first == re.findall(r'data-step-id="([^"]+)"', workbench.render(page.quiz))
    other = re.findall(r'data-step-id="([^"]+)"', workbench.render(page.quiz, student="student_2"))
    assert not set(first) & set(other)                     # tokens are per learner
    assert step_order(workbench.render(page.quiz)) != data.RIGHT_ANSWERS["q-partner-steps"]


def test_the_page_does_not_give_away_ordering_or_matching(workbench, page):
    html = workbench.render(page.quiz)
    steps = re.findall(r'data-step-id="([^"]+)"', html)
    assert not set(steps) & set(data.RIGHT_ANSWERS["q-partner-steps"])
    options = set(re.findall(r'<option value="(t[0-9a-f]+)"', html))
    assert len(options) >= 3 and not options & {"opp", "chal", "prof"}
    # The learner who puts the steps in the right order with the page's own controls gets the point.
    token_of = dict(zip(step_order(html), steps))
    answers = data.answers(q_partner_steps=[token_of[i] for i in data.RIGHT_ANSWERS["q-partner-steps"]])
    status, body = page.submit(answers)
    assert status == 200
    assert next(i for i in body["items"] if i["id"] == "q-partner-steps")["status"] == "correct"


def test_two_assessments_on_a_page_have_unique_ids(workbench):
    xml = assessment_xml()
    root = workbench.load(f"<vertical_demo><jobs4all_lom/>{xml}{xml}</vertical_demo>", course="twice")
    html = workbench.render(root)
    ids = re.findall(r'\sid="([^"]+)"', html)
    assert len(ids) > 40 and len(ids) == len(set(ids))
    names = re.findall(r'type="radio" name="([^"]+)"', html)
    assert len(set(names)) == 2 * (1 + 2)  # single choice + two rated outcomes, per assessment


def test_a_learner_without_identity_cannot_submit(workbench, page, monkeypatch):
    from jobs4all_xblocks.blocks.assessment import AssessmentBlock  # pylint: disable=import-outside-toplevel
    monkeypatch.setattr(AssessmentBlock, "learner_id", None)
    assert "Sign in to submit your answers." in workbench.render(page.quiz)
    status, body = page.submit()
    assert status == 403 and body["error"] == "Please sign in to save your work."



def test_element_ids_stay_unique_whatever_the_author_ids(workbench):
    """Ids are built from positions, so author ids such as "prompt" or "a-b" cannot collide."""
    tricky = [dict(data.SINGLE, id="a", choices=[dict(c, id=cid) for c, cid in zip(data.SINGLE["choices"],
                                                                                ("prompt", "help", "b-c", "d"))]),
              dict(data.MULTIPLE, id="a-b")]
    page = make_page(workbench, items=tricky, course="tricky-ids")
    html = workbench.render(page.quiz)
    ids = re.findall(r'\sid="([^"]+)"', html)
    assert len(ids) == len(set(ids))
    for control_id in re.findall(r'<input[^>]* id="([^"]+)"', html):
        assert html.count(f'for="{control_id}"') == 1
