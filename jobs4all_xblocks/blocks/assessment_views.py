"""What the learner view shows, as plain data for the templates (and the submit response).

Texts are translated here or in the templates; author HTML is already sanitised (see
:mod:`..domain.assessment`) and is the only thing a template marks safe.
"""
from ..domain import assessment_rules as rules
from ..domain import mastery as mastery_rules
from ..domain.assessment import MATCHING, MULTIPLE, ORDERING, RATING, RATING_SCALE, SINGLE
from ..domain.assessment_scoring import CORRECT, INCORRECT, PARTIAL, RATED, STATUSES
from ..domain.problems import gettext_noop as N_
from .lom import STATE_ICONS

STATUS_ICONS = {CORRECT: "✓", PARTIAL: "◐", INCORRECT: "✗", RATED: "•"}
INSTRUCTIONS = {
    SINGLE: N_("Choose one answer."),
    MULTIPLE: N_("Choose every answer that applies."),
    ORDERING: N_("Put the steps in order with the Move up and Move down buttons; the first step goes on top."),
    MATCHING: N_("Choose the matching partner for each term."),
    RATING: N_("How confident are you in each of these outcomes? Your rating is not scored."),
}
POLICIES = {
    rules.NEVER: N_("The correct answers are not shown for this assessment."),
    rules.AFTER_SUBMIT: N_("The correct answers are shown after each attempt."),
    rules.AFTER_LAST_ATTEMPT: N_("The correct answers are shown after your last attempt."),
}


def number(value):
    value = round(float(value or 0), 2)
    return str(int(value)) if value.is_integer() else str(value)


def plural_count(value):
    """The count that chooses the plural form: the number itself when whole, else "several"."""
    value = float(value or 0)
    return int(value) if value.is_integer() else 2


def points_text(block, earned, points):
    return block.ngettext("{earned} of {points} point", "{earned} of {points} points",
                          plural_count(points)).format(earned=number(earned), points=number(points))


def attempts_text(block):
    used, limit = block.attempts, block.max_attempts
    if not limit:
        return block.ngettext("Unlimited attempts; you have used {used}.", "Unlimited attempts; you have used {used}.",
                              used).format(used=used)
    if used >= limit:
        return block.ngettext("You have used your only attempt.", "You have used all {limit} attempts.",
                              limit).format(limit=limit)
    return block.ngettext("You have used {used} of {limit} attempt.", "You have used {used} of {limit} attempts.",
                          limit).format(used=used, limit=limit)


# ---------------------------------------------------------------- questions
def ordered_steps(item, answer, disguise):
    ids = [s.id for s in item.steps]
    if isinstance(answer, list) and sorted(answer) == sorted(ids):
        order = answer
    else:
        order = rules.shuffled(ids, disguise.seed(item.id))
    texts = {s.id: s.text for s in item.steps}
    return [{"id": disguise.token(item.id, step_id), "text": texts[step_id]} for step_id in order]


def matching_options(item, disguise):
    options = {o.id: o.text for o in item.options()}
    return [{"id": disguise.token(item.id, key), "text": options[key]}
            for key in rules.shuffled(list(options), disguise.seed(item.id))]


def item_view(block, item, index, total, answer, titles, feedback=None):
    """One question as the template shows it, with the learner's last ``answer`` filled in.

    Ordering steps and matching partners carry tokens, not their ids (see domain.assessment_disguise).
    """
    disguise = block.disguise()
    view = {
        "id": item.id, "type": item.type, "number": index, "total": total, "graded": item.graded,
        "prompt": item.prompt, "instructions": block.gettext(INSTRUCTIONS[item.type]),
        "points_label": points_label(block, item) if item.graded else "",
        "feedback": feedback,
    }
    if item.type in (SINGLE, MULTIPLE):
        chosen = [answer] if isinstance(answer, str) else (answer or [])
        view["choices"] = [{"id": c.id, "text": c.text, "checked": c.id in chosen} for c in item.choices]
    elif item.type == ORDERING:
        view["steps"] = ordered_steps(item, answer, disguise)
    elif item.type == MATCHING:
        answer = answer if isinstance(answer, dict) else {}
        view["options"] = matching_options(item, disguise)
        view["terms"] = [{"id": p.id, "text": p.term,
                          "selected": disguise.token(item.id, answer[p.id]) if answer.get(p.id) else ""}
                         for p in item.pairs]
    elif item.type == RATING:
        answer = answer if isinstance(answer, dict) else {}
        view["outcomes"] = [{
            "id": outcome_id, "title": titles.get(outcome_id, ""),
            "ratings": [{"value": value, "label": block.gettext(label), "checked": answer.get(outcome_id) == value}
                        for value, label in RATING_SCALE.items()],
        } for outcome_id in item.outcome_ids]
    return view


def points_label(block, item):
    return block.ngettext("{points} point", "{points} points",
                          plural_count(item.points)).format(points=number(item.points))


# ---------------------------------------------------------------- feedback
def _correct_answer(item):
    if item.type in (SINGLE, MULTIPLE):
        return {"kind": "list", "lines": [c.text for c in item.choices if c.correct]}
    if item.type == ORDERING:
        return {"kind": "order", "lines": [s.text for s in item.steps]}
    if item.type == MATCHING:
        return {"kind": "pairs", "lines": [{"term": p.term, "match": p.match} for p in item.pairs]}
    return None


def feedback_view(block, item, answer, outcome, show_answers, titles):
    """Feedback on one question after an attempt; ``outcome`` is ``{status, earned, points}``."""
    if not outcome:
        return None
    status = outcome.get("status", INCORRECT)
    view = {
        "status": status, "status_label": block.gettext(STATUSES[status]), "icon": STATUS_ICONS[status],
        "score_text": points_text(block, outcome.get("earned", 0), outcome.get("points", 0)) if item.graded else "",
        "chosen": [], "answer": None, "explanation": "", "ratings": [],
    }
    if item.type in (SINGLE, MULTIPLE):
        chosen = [answer] if isinstance(answer, str) else (answer or [])
        view["chosen"] = [{"text": c.text, "feedback": c.feedback} for c in item.choices
                          if c.id in chosen and c.feedback]
    if item.type == RATING and isinstance(answer, dict):
        view["ratings"] = [{"id": key, "title": titles.get(key, ""), "rating": answer[key]}
                           for key in item.outcome_ids if key in answer]
    if show_answers:
        view["answer"] = _correct_answer(item)
        view["explanation"] = item.explanation
    return view


# ---------------------------------------------------------------- the attempt's summary
def outcome_rows(block, outcome_ids, mastery_by_id, titles):
    """The learner's current state of each outcome the attempt touched."""
    rows = []
    for outcome_id in outcome_ids:
        mastery = mastery_by_id.get(outcome_id)
        state = mastery.state if mastery else mastery_rules.NOT_STARTED
        level = mastery.level if mastery else None
        rows.append({
            "id": outcome_id, "title": titles.get(outcome_id, ""), "state": state,
            "state_label": block.gettext(mastery_rules.STATES[state]), "icon": STATE_ICONS[state],
            "percent": None if level is None else int(round(level * 100)),
            "self_rating": mastery.self_rating if mastery else None,
        })
    return rows


def touched_outcomes(items, result):
    """Outcome ids of the attempt in question order (graded first within a question)."""
    seen = []
    for item in items:
        for outcome_id in item.outcome_ids:
            if (outcome_id in result.get("outcomes", {}) or outcome_id in result.get("ratings", {})) \
                    and outcome_id not in seen:
                seen.append(outcome_id)
    return seen


def summary_view(block, result, kept_best, rows):
    earned, possible = result.get("earned", 0), result.get("possible", 0)
    percent = int(round(100 * earned / possible)) if possible else 0
    grade = block.get_score()
    grade_percent = int(round(100 * grade.raw_earned / grade.raw_possible)) if grade.raw_possible else 0
    return {
        "attempt": result.get("attempt"),
        "score_text": block.ngettext("You scored {earned} of {possible} point ({percent} %).",
                                     "You scored {earned} of {possible} points ({percent} %).",
                                     plural_count(possible)).format(
            earned=number(earned), possible=number(possible), percent=percent),
        "grade_text": block.gettext("Your grade is your best attempt so far: {percent} %.").format(
            percent=grade_percent) if kept_best else "",
        "outcomes": rows,
    }


def announcement(block, summary, attempts):
    """The plain-text message the live region reads out after a submission."""
    parts = [block.gettext("Attempt {attempt} submitted.").format(attempt=summary["attempt"]),
             summary["score_text"], summary["grade_text"], attempts]
    return " ".join(part for part in parts if part)
