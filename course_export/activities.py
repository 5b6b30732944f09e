"""Assessment and reflective-log sources (neutral YAML, see content/README.md): read and check.

The result is plain data that the block emitters translate and encode. Nothing here knows
the blocks' OLX.
"""
import re

from .source import read_yaml, rel

ITEM_TYPES = ("single_choice", "multiple_response", "ordering", "matching", "confidence")
GRADED_TYPES = ("single_choice", "multiple_response", "ordering", "matching")
ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$")


def _outcomes(value, where, problems):
    if isinstance(value, list):
        value = {str(o): 1.0 for o in value}
    if not isinstance(value, dict) or not value:
        problems.append(f"{where}: 'outcomes' must map at least one LO id to a weight")
        return {}
    outcomes = {}
    for outcome, weight in value.items():
        try:
            weight = float(weight)
        except (TypeError, ValueError):
            weight = -1
        if not 0 < weight <= 1:
            problems.append(f"{where}: the weight of {outcome} must be > 0 and <= 1")
        outcomes[str(outcome)] = weight
    return outcomes


def _texts(entries, where, problems, minimum=2):
    texts = [str(entry) for entry in entries or [] if str(entry).strip()]
    if len(texts) < minimum:
        problems.append(f"{where}: needs at least {minimum} entries")
    return texts


def _item(entry, where, problems):
    kind = entry.get("type")
    if kind not in ITEM_TYPES:
        problems.append(f"{where}: 'type' must be one of {', '.join(ITEM_TYPES)}")
        return None
    for key in ("id", "prompt", "explanation"):
        if not entry.get(key):
            problems.append(f"{where}: missing '{key}'")
    if entry.get("id") and not ID.match(str(entry["id"])):
        problems.append(f"{where}: id '{entry['id']}' may use letters, digits, '-' and '_' only")
    item = {"id": str(entry.get("id", "")), "type": kind, "prompt": str(entry.get("prompt", "")),
            "explanation": str(entry.get("explanation", "")), "points": float(entry.get("points", 1)),
            "outcomes": _outcomes(entry.get("outcomes"), where, problems)}
    if kind in ("single_choice", "multiple_response"):
        choices = []
        for number, choice in enumerate(entry.get("choices") or [], start=1):
            if not isinstance(choice, dict) or not choice.get("text") or not choice.get("feedback"):
                problems.append(f"{where} choice {number}: needs 'text' and 'feedback'")
                continue
            choices.append({"text": str(choice["text"]), "correct": bool(choice.get("correct", False)),
                            "feedback": str(choice["feedback"])})
        correct = sum(choice["correct"] for choice in choices)
        if len(choices) < 2:
            problems.append(f"{where}: needs at least two choices")
        if kind == "single_choice" and correct != 1:
            problems.append(f"{where}: a single-choice item needs exactly one correct choice, not {correct}")
        if kind == "multiple_response" and not correct:
            problems.append(f"{where}: a multiple-response item needs at least one correct choice")
        item["choices"] = choices
    elif kind == "ordering":
        item["steps"] = _texts(entry.get("steps"), where + " steps", problems)
    elif kind == "matching":
        pairs = []
        for number, pair in enumerate(entry.get("pairs") or [], start=1):
            if not isinstance(pair, dict) or not pair.get("left") or not pair.get("right"):
                problems.append(f"{where} pair {number}: needs 'left' and 'right'")
                continue
            pairs.append({"left": str(pair["left"]), "right": str(pair["right"])})
        if len(pairs) < 2:
            problems.append(f"{where}: needs at least two pairs")
        item["pairs"] = pairs
        item["distractors"] = _texts(entry.get("distractors"), where + " distractors", problems, minimum=0)
    return item


def load_assessment(path):
    """``(assessment dict, problems)`` for an assessment YAML file."""
    problems = []
    data = read_yaml(path, problems)
    where = rel(path)
    for key in ("id", "display_name", "items"):
        if not data.get(key):
            problems.append(f"{where}: missing '{key}'")
    items, seen = [], set()
    for number, entry in enumerate(data.get("items") or [], start=1):
        place = f"{where} item {number}"
        if not isinstance(entry, dict):
            problems.append(f"{place}: must be a mapping")
            continue
        item = _item(entry, place, problems)
        if item:
            if item["id"] in seen:
                problems.append(f"{place}: duplicate id '{item['id']}'")
            seen.add(item["id"])
            items.append(item)
    return {"id": str(data.get("id", "")), "display_name": str(data.get("display_name", "")),
            "items": items}, problems


def load_reflective_log(path):
    """``(reflective log dict, problems)`` for a reflective-log YAML file."""
    problems = []
    data = read_yaml(path, problems)
    where = rel(path)
    for key in ("id", "display_name", "prompts"):
        if not data.get(key):
            problems.append(f"{where}: missing '{key}'")
    prompts, seen = [], set()
    for number, entry in enumerate(data.get("prompts") or [], start=1):
        place = f"{where} prompt {number}"
        if not isinstance(entry, dict):
            problems.append(f"{place}: must be a mapping")
            continue
        for key in ("id", "question", "guidance"):
            if not entry.get(key):
                problems.append(f"{place}: missing '{key}'")
        minimum, maximum = int(entry.get("min_words", 0)), int(entry.get("max_words", 0))
        if maximum and minimum > maximum:
            problems.append(f"{place}: min_words ({minimum}) is above max_words ({maximum})")
        if str(entry.get("id", "")) in seen:
            problems.append(f"{place}: duplicate id '{entry['id']}'")
        seen.add(str(entry.get("id", "")))
        prompts.append({"id": str(entry.get("id", "")), "question": str(entry.get("question", "")),
                        "guidance": str(entry.get("guidance", "")), "min_words": minimum, "max_words": maximum,
                        "outcomes": [str(o) for o in entry.get("outcomes") or []]})
    return {"id": str(data.get("id", "")), "display_name": str(data.get("display_name", "")),
            "introduction": str(data.get("introduction", "")), "prompts": prompts}, problems
