"""Items of a LOM-mapped assessment and their validation (what an author may save).

An assessment is a list of items. Every item has a stable id, a type, a prompt (author HTML)
and a mapping to outcomes of the course's Learning Outcomes Matrix:

* ``single``: single choice; exactly one choice is correct;
* ``multiple``: multiple response; one or more choices are correct (partial credit, see
  :mod:`.assessment_scoring`);
* ``ordering``: put the steps in order; the author writes them in the correct order;
* ``matching``: match each term with its partner; optional distractors are extra partners
  that belong to no term;
* ``rating``: the learner rates their confidence (1-5) in each mapped outcome. Ungraded;
  stored as self-rating evidence, never counted for mastery or the grade.

Graded items carry ``points`` (their share of the assessment's grade) and map to one or
more outcomes, each with a ``weight`` (how much this item counts as evidence for that
outcome). Rating items map to the outcomes they ask about; their weights are ignored.

Items are stored as plain dicts (``Item.as_dict``); :func:`parse_items` turns author input
into :class:`Item` objects or raises :class:`~.problems.DomainError` with every problem,
each pointing at the question (``row``, 1-based) and the field (``field``, a path such as
``choices.2.text``) so that the editor can show it next to the field.
"""
import re
from dataclasses import dataclass

from .problems import ProblemList, gettext_noop
from .text import sanitize_html
from .numbers import decimal_number

SINGLE = "single"
MULTIPLE = "multiple"
ORDERING = "ordering"
MATCHING = "matching"
RATING = "rating"
ITEM_TYPES = {
    SINGLE: gettext_noop("Single choice"),
    MULTIPLE: gettext_noop("Multiple response"),
    ORDERING: gettext_noop("Ordering"),
    MATCHING: gettext_noop("Matching"),
    RATING: gettext_noop("Confidence self-rating"),
}
GRADED_TYPES = frozenset({SINGLE, MULTIPLE, ORDERING, MATCHING})
RATING_SCALE = {
    1: gettext_noop("1: not at all confident"),
    2: gettext_noop("2: slightly confident"),
    3: gettext_noop("3: fairly confident"),
    4: gettext_noop("4: confident"),
    5: gettext_noop("5: very confident"),
}

ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$")
MAX_ITEMS = 50
MAX_PROMPT = 10000
MAX_TEXT = 500
MAX_FEEDBACK = 4000
MAX_POINTS = 100.0
MAX_WEIGHT = 100.0
LIMITS = {  # (minimum, maximum) number of entries per list
    "choices": (2, 12),
    "steps": (2, 10),
    "pairs": (2, 10),
    "distractors": (0, 6),
    "outcomes": (1, 30),
}


@dataclass(frozen=True)
class Mapping:
    outcome_id: str
    weight: float = 1.0


@dataclass(frozen=True)
class Choice:
    id: str
    text: str
    correct: bool = False
    feedback: str = ""       # sanitised author HTML, shown when the learner chose it


@dataclass(frozen=True)
class Option:
    """A step of an ordering item or a distractor of a matching item."""

    id: str
    text: str


@dataclass(frozen=True)
class Pair:
    id: str
    term: str
    match: str


@dataclass(frozen=True)
class Item:
    id: str
    type: str
    prompt: str                       # sanitised author HTML
    outcomes: tuple                   # (Mapping, ...)
    points: float = 1.0               # graded items only
    choices: tuple = ()               # single, multiple
    steps: tuple = ()                 # ordering, in the correct order
    pairs: tuple = ()                 # matching
    distractors: tuple = ()           # matching
    explanation: str = ""             # sanitised author HTML, shown with the answers

    @property
    def graded(self):
        return self.type in GRADED_TYPES

    @property
    def outcome_ids(self):
        return [m.outcome_id for m in self.outcomes]

    def options(self):
        """The partners a matching item offers: each pair's match (id = pair id), then the distractors."""
        return [Option(p.id, p.match) for p in self.pairs] + list(self.distractors)

    def as_dict(self):
        data = {"id": self.id, "type": self.type, "prompt": self.prompt}
        if self.graded:
            data["points"] = self.points
        data["outcomes"] = [{"id": m.outcome_id, "weight": m.weight} for m in self.outcomes]
        if self.type in (SINGLE, MULTIPLE):
            data["choices"] = [{"id": c.id, "text": c.text, "correct": c.correct, "feedback": c.feedback}
                               for c in self.choices]
        elif self.type == ORDERING:
            data["steps"] = [{"id": s.id, "text": s.text} for s in self.steps]
        elif self.type == MATCHING:
            data["pairs"] = [{"id": p.id, "term": p.term, "match": p.match} for p in self.pairs]
            data["distractors"] = [{"id": d.id, "text": d.text} for d in self.distractors]
        data["explanation"] = self.explanation
        return data


def _text(value):
    return "" if value is None else str(value).strip()


def _number(value, low, high):
    """A float in (low, high], or None."""
    number = decimal_number(value, low, high)
    return number if number is not None and number > low else None


def _flag(value):
    if isinstance(value, str):
        return value.strip().lower() in ("true", "1", "yes")
    return bool(value)


TOO_FEW = {
    "choices": gettext_noop("Question {row}: add at least {minimum} choices."),
    "steps": gettext_noop("Question {row}: add at least {minimum} steps."),
    "pairs": gettext_noop("Question {row}: add at least {minimum} pairs."),
    "distractors": gettext_noop("Question {row}: add at least {minimum} distractors."),
}
TOO_MANY = {
    "choices": gettext_noop("Question {row}: at most {maximum} choices are allowed."),
    "steps": gettext_noop("Question {row}: at most {maximum} steps are allowed."),
    "pairs": gettext_noop("Question {row}: at most {maximum} pairs are allowed."),
    "distractors": gettext_noop("Question {row}: at most {maximum} distractors are allowed."),
}
EMPTY = {
    "prompt": gettext_noop("Question {row}: the question text is empty."),
    "choices.text": gettext_noop("Question {row}: choice {index} has no text."),
    "steps.text": gettext_noop("Question {row}: step {index} has no text."),
    "pairs.term": gettext_noop("Question {row}: pair {index} has no term."),
    "pairs.match": gettext_noop("Question {row}: pair {index} has no match."),
    "distractors.text": gettext_noop("Question {row}: distractor {index} has no text."),
}
TOO_LONG = gettext_noop("Question {row}: this text has {length} characters; at most {limit} are allowed.")


class _ItemParser:
    """Validates one item dict, adding problems to the shared list."""

    def __init__(self, raw, row, problems):
        self.raw, self.row, self.problems = raw, row, problems

    def add(self, message, field=None, **params):
        self.problems.add(message, row=self.row, field=field, **params)

    def text(self, value, field, limit, html=False, empty=None, index=None):
        """Stripped (plain) or sanitised (``html``) text; ``empty`` is the message when it is required."""
        text = _text(value)
        visible = text if not html else text.replace("&nbsp;", " ").strip()
        if empty and not visible:
            self.add(empty, field=field, index=index)
        elif len(text) > limit:
            self.add(TOO_LONG, field=field, length=len(text), limit=limit)
        return sanitize_html(text) if html else text

    def entries(self, name):
        minimum, maximum = LIMITS[name]
        entries = self.raw.get(name)
        if entries is None:
            entries = []
        if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
            self.add(gettext_noop("Question {row}: the field {name} must be a list of named fields."),
                     field=name, name=name)
            return []
        if len(entries) < minimum:
            self.add(TOO_FEW[name], field=name, minimum=minimum)
        elif len(entries) > maximum:
            self.add(TOO_MANY[name], field=name, maximum=maximum)
        return entries

    def entry_id(self, entry, name, index, seen):
        entry_id = _text(entry.get("id"))
        field = f"{name}.{index}.id"
        if not ID_PATTERN.match(entry_id):
            self.add(gettext_noop('Question {row}: "{value}" is not a valid id (letters, digits, "-" and "_", '
                                  'at most 40 characters).'), field=field, value=entry_id)
        elif entry_id in seen:
            self.add(gettext_noop('Question {row}: the id "{value}" is used twice.'), field=field, value=entry_id)
        seen.add(entry_id)
        return entry_id

    def mapping(self, graded):
        high = LIMITS["outcomes"][1]
        entries = self.raw.get("outcomes") or []
        if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
            self.add(gettext_noop("Question {row}: the field {name} must be a list of named fields."),
                     field="outcomes", name="outcomes")
            return ()
        if not entries:
            self.add(gettext_noop("Question {row} is not mapped to any learning outcome. "
                                  "Map it to at least one outcome of the course's matrix."), field="outcomes")
        elif len(entries) > high:
            self.add(gettext_noop("Question {row}: at most {maximum} outcomes are allowed."),
                     field="outcomes", maximum=high)
        mappings, seen = [], set()
        for index, entry in enumerate(entries, start=1):
            outcome_id = _text(entry.get("id"))
            if not outcome_id:
                self.add(gettext_noop("Question {row}: outcome {index} has no id."),
                         field=f"outcomes.{index}.id", index=index)
                continue
            if outcome_id.casefold() in seen:
                self.add(gettext_noop('Question {row}: outcome "{value}" is mapped twice.'),
                         field=f"outcomes.{index}.id", value=outcome_id)
            seen.add(outcome_id.casefold())
            weight = 1.0
            if graded:
                weight = _number(entry.get("weight", 1), 0, MAX_WEIGHT)
                if weight is None:
                    self.add(gettext_noop('Question {row}: the weight of outcome "{value}" must be a number '
                                          'greater than 0 and at most {limit}, not "{weight}".'),
                             field=f"outcomes.{index}.weight", value=outcome_id, limit=int(MAX_WEIGHT),
                             weight=entry.get("weight"))
                    weight = 1.0
            mappings.append(Mapping(outcome_id, weight))
        return tuple(mappings)

    def choices(self, item_type):
        entries = self.entries("choices")
        choices, seen = [], set()
        for index, entry in enumerate(entries, start=1):
            choices.append(Choice(
                id=self.entry_id(entry, "choices", index, seen),
                text=self.text(entry.get("text"), f"choices.{index}.text", MAX_TEXT,
                               empty=EMPTY["choices.text"], index=index),
                correct=_flag(entry.get("correct")),
                feedback=self.text(entry.get("feedback"), f"choices.{index}.feedback", MAX_FEEDBACK, html=True),
            ))
        correct = sum(1 for c in choices if c.correct)
        if len(entries) >= LIMITS["choices"][0]:
            if item_type == SINGLE and correct != 1:
                self.add(gettext_noop("Question {row}: mark exactly one choice as correct ({count} are marked)."),
                         field="choices", count=correct)
            if item_type == MULTIPLE and correct < 1:
                self.add(gettext_noop("Question {row}: mark at least one choice as correct."), field="choices")
        return tuple(choices)

    def options(self, name, seen):
        return tuple(Option(id=self.entry_id(entry, name, index, seen),
                            text=self.text(entry.get("text"), f"{name}.{index}.text", MAX_TEXT,
                                           empty=EMPTY[f"{name}.text"], index=index))
                     for index, entry in enumerate(self.entries(name), start=1))

    def pairs(self, seen):
        return tuple(Pair(id=self.entry_id(entry, "pairs", index, seen),
                          term=self.text(entry.get("term"), f"pairs.{index}.term", MAX_TEXT,
                                         empty=EMPTY["pairs.term"], index=index),
                          match=self.text(entry.get("match"), f"pairs.{index}.match", MAX_TEXT,
                                          empty=EMPTY["pairs.match"], index=index))
                     for index, entry in enumerate(self.entries("pairs"), start=1))

    def parse(self, seen_items):
        raw = self.raw
        if not isinstance(raw, dict):
            self.add(gettext_noop("Question {row} must be a set of named fields."))
            return None
        before = len(self.problems)
        item_id = _text(raw.get("id"))
        if not ID_PATTERN.match(item_id):
            self.add(gettext_noop('Question {row}: "{value}" is not a valid question id (letters, digits, "-" '
                                  'and "_", at most 40 characters).'), field="id", value=item_id)
        elif item_id in seen_items:
            self.add(gettext_noop('Question {row}: the question id "{value}" is already used by question {first}.'),
                     field="id", value=item_id, first=seen_items[item_id])
        else:
            seen_items[item_id] = self.row
        item_type = _text(raw.get("type"))
        if item_type not in ITEM_TYPES:
            self.add(gettext_noop('Question {row}: unknown question type "{value}". Use one of {choices}.'),
                     field="type", value=item_type, choices=", ".join(ITEM_TYPES))
            return None
        graded = item_type in GRADED_TYPES
        fields = {
            "prompt": self.text(raw.get("prompt"), "prompt", MAX_PROMPT, html=True, empty=EMPTY["prompt"]),
            "outcomes": self.mapping(graded),
            "explanation": self.text(raw.get("explanation"), "explanation", MAX_FEEDBACK, html=True),
        }
        if graded:
            points = _number(raw.get("points", 1), 0, MAX_POINTS)
            if points is None:
                self.add(gettext_noop('Question {row}: the points must be a number greater than 0 and at most '
                                      '{limit}, not "{value}".'), field="points", limit=int(MAX_POINTS),
                         value=raw.get("points"))
            fields["points"] = points or 1.0
        if item_type in (SINGLE, MULTIPLE):
            fields["choices"] = self.choices(item_type)
        elif item_type == ORDERING:
            fields["steps"] = self.options("steps", set())
        elif item_type == MATCHING:
            seen = set()
            fields["pairs"] = self.pairs(seen)
            fields["distractors"] = self.options("distractors", seen)
        if len(self.problems) > before:
            return None
        return Item(id=item_id, type=item_type, **fields)


def parse_items(raw_items):
    """A tuple of :class:`Item` from author input; raises DomainError listing every problem."""
    problems = ProblemList()
    if not isinstance(raw_items, (list, tuple)):
        problems.add(gettext_noop("The questions must be a list."))
        problems.raise_if_any()
    if len(raw_items) > MAX_ITEMS:
        problems.add(gettext_noop("An assessment can hold at most {limit} questions; this one has {count}."),
                     limit=MAX_ITEMS, count=len(raw_items))
    items, seen = [], {}
    for row, raw in enumerate(raw_items, start=1):
        item = _ItemParser(raw, row, problems).parse(seen)
        if item is not None:
            items.append(item)
    if raw_items and not any(item.graded for item in items) and not problems:
        problems.add(gettext_noop("Add at least one scored question: confidence ratings alone give no grade."))
    rated = {}
    for row, item in enumerate(items, start=1):
        if item.type != RATING:
            continue
        for mapping in item.outcomes:
            key = mapping.outcome_id.casefold()
            if key in rated:
                problems.add(gettext_noop('Question {row}: outcome "{value}" is already rated in question {first}; '
                                          'rate each outcome once per assessment.'),
                             row=row, field="outcomes", value=mapping.outcome_id, first=rated[key])
            rated.setdefault(key, row)
    problems.raise_if_any()
    return tuple(items)


def mapping_problems(items, matrix):
    """Problems with the outcome ids of ``items`` against the course's ``matrix`` (a lom.Matrix or None)."""
    problems = ProblemList()
    if not items:
        return problems
    if matrix is None:
        problems.add(gettext_noop(
            "This course has no Learning Outcomes Matrix yet, so questions cannot be mapped to outcomes. "
            "Add a Learning Outcomes Matrix component to the course and save it first."), field="outcomes")
        return problems
    known = set(matrix.ids)
    for row, item in enumerate(items, start=1):
        for index, outcome_id in enumerate(item.outcome_ids, start=1):
            if outcome_id not in known:
                problems.add(gettext_noop('Question {row}: the outcome "{value}" is not in this course\'s Learning '
                                          'Outcomes Matrix. Choose one of its outcomes ({first} to {last}).'),
                             row=row, field=f"outcomes.{index}.id", value=outcome_id,
                             first=matrix.ids[0], last=matrix.ids[-1])
    return problems


def check_mapping(items, matrix):
    """Raise DomainError when an item maps to an outcome the course's ``matrix`` does not have."""
    mapping_problems(items, matrix).raise_if_any()
