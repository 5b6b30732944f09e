"""The Learning Outcomes Matrix (LOM): outcomes and their validation.

An outcome is identified by a short stable id (``LO-1.2``) that assessments, reflective
logs and the evidence store refer to. The matrix keeps the author's order; views group it by
level and area.
"""
import re
from dataclasses import asdict, dataclass, fields

from .frameworks import AREA_BY_CODE, AREA_CODES, EQF_DOMAIN_ALIASES, EQF_DOMAINS, EQF_LEVELS
from .problems import ProblemList, gettext_noop
from .numbers import whole_number

ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$")
MAX_OUTCOMES = 200
MAX_TITLE = 300
MAX_DESCRIPTION = 4000
MAX_MODULE = 40
MAX_ECVET = 120


@dataclass(frozen=True)
class Outcome:
    id: str
    title: str
    area: str
    eqf_domain: str
    eqf_level: int
    module: str = ""
    description: str = ""
    ecvet_unit: str = ""

    @property
    def level(self):
        return AREA_BY_CODE[self.area].level

    def as_dict(self):
        return asdict(self)


FIELD_NAMES = tuple(f.name for f in fields(Outcome))


@dataclass(frozen=True)
class Matrix:
    outcomes: tuple

    def __post_init__(self):
        object.__setattr__(self, "outcomes", tuple(self.outcomes))

    @property
    def ids(self):
        return [o.id for o in self.outcomes]

    def get(self, outcome_id):
        return next((o for o in self.outcomes if o.id == outcome_id), None)

    def by_level_and_area(self):
        """``[(level, [(area_code, [outcome, ...]), ...]), ...]`` in pathway order."""
        grouped = []
        for level in (1, 2):
            areas = []
            for code in AREA_CODES:
                if AREA_BY_CODE[code].level != level:
                    continue
                members = [o for o in self.outcomes if o.area == code]
                if members:
                    areas.append((code, members))
            if areas:
                grouped.append((level, areas))
        return grouped

    def as_dicts(self):
        return [o.as_dict() for o in self.outcomes]


def _text(value):
    return "" if value is None else str(value).strip()


def _clean_row(raw, row, problems):
    """One outcome from a dict of strings or values; problems are collected, not raised."""
    if not isinstance(raw, dict):
        problems.add(gettext_noop("Row {row}: an outcome must be a set of named fields."), row=row)
        return None
    unknown = sorted(set(raw) - set(FIELD_NAMES) - {"level"})
    if unknown:
        problems.add(gettext_noop("Row {row}: unknown field(s) {names}."), row=row,
                     names=", ".join(unknown))
    outcome_id = _text(raw.get("id"))
    title = _text(raw.get("title"))
    area = _text(raw.get("area"))
    domain_raw = _text(raw.get("eqf_domain"))
    domain = EQF_DOMAIN_ALIASES.get(domain_raw.lower(), domain_raw)
    level_raw = _text(raw.get("eqf_level"))
    module = _text(raw.get("module"))
    description = _text(raw.get("description"))
    ecvet = _text(raw.get("ecvet_unit"))
    before = len(problems)

    if not outcome_id:
        problems.add(gettext_noop("Row {row}: the outcome id is missing."), row=row, field="id")
    elif not ID_PATTERN.match(outcome_id):
        problems.add(gettext_noop(
            'Row {row}: the outcome id "{value}" may only contain letters, digits, ".", "-" and "_" '
            '(at most 40 characters, starting with a letter or digit).'),
            row=row, field="id", value=outcome_id)
    if not title:
        problems.add(gettext_noop("Row {row}: the title is missing."), row=row, field="title")
    elif len(title) > MAX_TITLE:
        problems.add(gettext_noop("Row {row}: the title is longer than {limit} characters."),
                     row=row, field="title", limit=MAX_TITLE)
    if area not in AREA_BY_CODE:
        problems.add(gettext_noop('Row {row}: unknown area "{value}". Use one of {choices}.'),
                     row=row, field="area", value=area, choices=", ".join(AREA_CODES))
    if domain not in EQF_DOMAINS:
        problems.add(gettext_noop(
            'Row {row}: unknown EQF domain "{value}". Use knowledge, skills or responsibility_autonomy.'),
            row=row, field="eqf_domain", value=domain_raw)
    eqf_level = whole_number(level_raw, 1, 8)
    if eqf_level not in EQF_LEVELS:
        problems.add(gettext_noop('Row {row}: the EQF level must be a whole number from 1 to 8, not "{value}".'),
                     row=row, field="eqf_level", value=level_raw[:40])
    level_given = _text(raw.get("level"))
    if level_given and area in AREA_BY_CODE and level_given != str(AREA_BY_CODE[area].level):
        problems.add(gettext_noop(
            "Row {row}: level {value} does not match area {area}, which belongs to level {expected}."),
            row=row, field="level", value=level_given, area=area, expected=AREA_BY_CODE[area].level)
    for name, value, limit in (("module", module, MAX_MODULE), ("description", description, MAX_DESCRIPTION),
                               ("ecvet_unit", ecvet, MAX_ECVET)):
        if len(value) > limit:
            problems.add(gettext_noop("Row {row}: the field {name} is longer than {limit} characters."),
                         row=row, field=name, name=name, limit=limit)
    if len(problems) > before:
        return None
    return Outcome(id=outcome_id, title=title, area=area, eqf_domain=domain, eqf_level=eqf_level,
                   module=module, description=description, ecvet_unit=ecvet)


def parse_matrix(rows):
    """A :class:`Matrix` from author input (list of dicts); raises DomainError with all problems."""
    problems = ProblemList()
    if not isinstance(rows, (list, tuple)):
        problems.add(gettext_noop("The outcomes must be a list."))
        problems.raise_if_any()
    if not rows:
        problems.add(gettext_noop("Add at least one outcome."))
    if len(rows) > MAX_OUTCOMES:
        problems.add(gettext_noop("A matrix can hold at most {limit} outcomes; this one has {count}."),
                     limit=MAX_OUTCOMES, count=len(rows))
    outcomes = []
    first_row_of = {}
    for index, raw in enumerate(rows, start=1):
        outcome_id = _text(raw.get("id")) if isinstance(raw, dict) else ""
        key = outcome_id.casefold()
        if key and key in first_row_of:
            problems.add(gettext_noop('Outcome id "{value}" is used twice (rows {first} and {row}).'),
                         row=index, field="id", value=outcome_id, first=first_row_of[key])
        elif key:
            first_row_of[key] = index
        outcome = _clean_row(raw, index, problems)
        if outcome is not None:
            outcomes.append(outcome)
    problems.raise_if_any()
    return Matrix(outcomes)
