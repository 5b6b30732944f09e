"""The two-level employer-engagement pathway of a course: its areas and its unlock rules.

The methodology groups six areas into two levels (1.1-1.3, 2.1-2.3). A provider may skip,
reorder or run areas in parallel, so the course configures them:

* per area: a title (empty: the working title of :mod:`.frameworks`), the label of the CPD
  module that covers it, the module's blended hours (face-to-face, self-directed,
  assessment; 3 + 6 + 1 = 10 h by default) and whether the area is *optional* (learners may
  skip it; it is never required for Level 2);
* the unlock rules of Level 2 (evaluated by :mod:`.pathway_eval`):

  - ``threshold``: the share (0-100 %) of the outcomes of the *required* Level-1 areas a
    learner must have achieved (0: no outcome requirement);
  - ``required_areas``: the Level-1 areas that count for Level 2 (outcomes and reflections);
  - ``reflection_per_area``: each required area needs at least one submitted reflective entry
    linked to one of its outcomes.

Parsing never stops at the first problem: every problem is reported with the area (row) and
field it concerns, so the Studio editor can point at it.
"""
from dataclasses import asdict, dataclass

from .frameworks import AREA_BY_CODE, AREA_CODES
from .problems import ProblemList, gettext_noop
from .numbers import decimal_number, whole_number

DEFAULT_HOURS = {"hours_f2f": 3.0, "hours_self": 6.0, "hours_assessment": 1.0}
MAX_HOURS = 200
MAX_TITLE = 200
MAX_MODULE = 40
LEVEL_ONE = tuple(code for code in AREA_CODES if AREA_BY_CODE[code].level == 1)
DEFAULT_THRESHOLD = 70

HOUR_MESSAGES = {
    "hours_f2f": gettext_noop(
        'Area {code}: the face-to-face hours must be a number from 0 to {limit}, not "{value}".'),
    "hours_self": gettext_noop(
        'Area {code}: the self-directed hours must be a number from 0 to {limit}, not "{value}".'),
    "hours_assessment": gettext_noop(
        'Area {code}: the assessment hours must be a number from 0 to {limit}, not "{value}".'),
}
MODES = {
    "hours_f2f": gettext_noop("Face-to-face"),
    "hours_self": gettext_noop("Self-directed"),
    "hours_assessment": gettext_noop("Assessment"),
}


@dataclass(frozen=True)
class AreaConfig:
    code: str
    title: str = ""              # the author's title; "" = the working title (translated when shown)
    module: str = ""
    hours_f2f: float = DEFAULT_HOURS["hours_f2f"]
    hours_self: float = DEFAULT_HOURS["hours_self"]
    hours_assessment: float = DEFAULT_HOURS["hours_assessment"]
    optional: bool = False

    @property
    def level(self):
        return AREA_BY_CODE[self.code].level

    @property
    def hours(self):
        return round(self.hours_f2f + self.hours_self + self.hours_assessment, 2)

    def as_dict(self):
        return asdict(self)


@dataclass(frozen=True)
class UnlockRules:
    threshold: int = DEFAULT_THRESHOLD
    required_areas: tuple = LEVEL_ONE
    reflection_per_area: bool = True

    def as_dict(self):
        return {"threshold": self.threshold, "required_areas": list(self.required_areas),
                "reflection_per_area": self.reflection_per_area}

    @property
    def open_to_all(self):
        """Whether the rules ask nothing of a learner (Level 2 is open from the start)."""
        return not self.required_areas or (self.threshold == 0 and not self.reflection_per_area)


@dataclass(frozen=True)
class PathwayConfig:
    areas: tuple                 # six AreaConfig, in pathway order
    rules: UnlockRules

    def area(self, code):
        return next(area for area in self.areas if area.code == code)

    def as_dict(self):
        return {"areas": [area.as_dict() for area in self.areas], "rules": self.rules.as_dict()}


def default_areas():
    """The six areas as the CPD programme plans them: modules M1-M6 of 10 hours each."""
    return [AreaConfig(code, module=f"M{index}").as_dict() for index, code in enumerate(AREA_CODES, start=1)]


def default_rules():
    return UnlockRules().as_dict()


def default_config():
    return parse_pathway(default_areas(), default_rules())


def _text(value):
    return "" if value is None else str(value).strip()


def parse_flag(value, default=False):
    """A boolean from author input or OLX ("true", "1", "yes" ...)."""
    if isinstance(value, bool):
        return value
    text = _text(value).lower()
    if text in ("true", "1", "yes", "on"):
        return True
    if text in ("false", "0", "no", "off"):
        return False
    return default if text == "" else None


def _hours(raw, name, code, row, problems):
    value = raw.get(name, DEFAULT_HOURS[name])
    number = decimal_number(_text(value).replace(",", "."), 0, MAX_HOURS)
    if number is None:
        problems.add(HOUR_MESSAGES[name], row=row, field=name, code=code, limit=MAX_HOURS, value=_text(value)[:40])
        return None
    return round(number, 2)


def _parse_area(raw, row, problems):
    code = _text(raw.get("code"))
    title, module = _text(raw.get("title")), _text(raw.get("module"))
    before = len(problems)
    if len(title) > MAX_TITLE:
        problems.add(gettext_noop("Area {code}: the title is longer than {limit} characters."),
                     row=row, field="title", code=code, limit=MAX_TITLE)
    if len(module) > MAX_MODULE:
        problems.add(gettext_noop("Area {code}: the module label is longer than {limit} characters."),
                     row=row, field="module", code=code, limit=MAX_MODULE)
    hours = {name: _hours(raw, name, code, row, problems) for name in DEFAULT_HOURS}
    optional = parse_flag(raw.get("optional"), False)
    if optional is None:
        problems.add(gettext_noop('Area {code}: "optional" must be true or false, not "{value}".'),
                     row=row, field="optional", code=code, value=_text(raw.get("optional")))
    if len(problems) > before:
        return None
    return AreaConfig(code=code, title=title, module=module, optional=optional, **hours)


def _parse_areas(raw_areas, problems):
    """Six AreaConfig in pathway order; areas the input leaves out keep their defaults."""
    if not isinstance(raw_areas, (list, tuple)):
        problems.add(gettext_noop("The areas must be a list."))
        return None
    given = {}
    for raw in raw_areas:
        if not isinstance(raw, dict):
            problems.add(gettext_noop("Each area must be a set of named fields."))
            continue
        code = _text(raw.get("code"))
        if code not in AREA_BY_CODE:
            problems.add(gettext_noop('Unknown area "{value}". Use one of {choices}.'), field="code",
                         value=code, choices=", ".join(AREA_CODES))
        elif code in given:
            problems.add(gettext_noop("Area {code} is configured twice."), field="code", code=code)
        else:
            given[code] = raw
    defaults = {area["code"]: area for area in default_areas()}
    areas = []
    for row, code in enumerate(AREA_CODES, start=1):
        area = _parse_area(given.get(code, defaults[code]), row, problems)
        if area is not None:
            areas.append(area)
    return tuple(areas)


def _parse_rules(raw, areas, problems):
    if not isinstance(raw, dict):
        problems.add(gettext_noop("The unlock rules must be a set of named fields."))
        return None
    before = len(problems)
    threshold_raw = raw.get("threshold", DEFAULT_THRESHOLD)
    threshold = whole_number(threshold_raw, 0, 100)
    if threshold is None:
        problems.add(gettext_noop(
            'The share of Level-1 outcomes to achieve must be a whole number from 0 to 100 (per cent), not "{value}".'),
            field="threshold", value=_text(threshold_raw)[:40])
    required_raw = raw.get("required_areas", LEVEL_ONE)
    if isinstance(required_raw, str):
        required_raw = [part for part in required_raw.replace(",", " ").split() if part]
    if not isinstance(required_raw, (list, tuple)):
        problems.add(gettext_noop("The required areas must be a list of area numbers."), field="required_areas")
        required_raw = []
    optional = {area.code for area in areas or () if area.optional}
    required = []
    for value in required_raw:
        code = _text(value)
        if code not in LEVEL_ONE:
            problems.add(gettext_noop(
                'Area "{value}" cannot be required for Level 2: only the Level-1 areas {choices} can.'),
                field="required_areas", value=code, choices=", ".join(LEVEL_ONE))
        elif code in optional:
            problems.add(gettext_noop(
                "Area {code} is marked optional, so it cannot be required for Level 2. "
                "Make it required or optional, not both."), field="required_areas", code=code)
        elif code not in required:
            required.append(code)
    reflection = parse_flag(raw.get("reflection_per_area"), True)
    if reflection is None:
        problems.add(gettext_noop('"A reflection in each required area" must be true or false, not "{value}".'),
                     field="reflection_per_area", value=_text(raw.get("reflection_per_area")))
    if len(problems) > before:
        return None
    ordered = tuple(code for code in LEVEL_ONE if code in required)
    return UnlockRules(threshold=threshold, required_areas=ordered, reflection_per_area=reflection)


def parse_pathway(raw_areas, raw_rules):
    """A :class:`PathwayConfig` from author input; raises DomainError listing every problem."""
    problems = ProblemList()
    areas = _parse_areas(raw_areas, problems)
    rules = _parse_rules(raw_rules, areas, problems)
    problems.raise_if_any()
    return PathwayConfig(areas=areas, rules=rules)


def warnings(config, matrix):
    """Problems that do not stop the pathway from working but change what learners meet."""
    problems = ProblemList()
    if matrix is None:
        problems.add(gettext_noop(
            "The course has no Learning Outcomes Matrix yet: Level 2 stays locked for learners until a "
            "Learning Outcomes Matrix component is added and shown once."))
        return problems
    if config.rules.open_to_all:
        problems.add(gettext_noop("These rules ask nothing of learners: Level 2 is open to every learner."))
    covered = {outcome.area for outcome in matrix.outcomes}
    for code in config.rules.required_areas:
        if code not in covered:
            problems.add(gettext_noop(
                "Area {code} is required for Level 2, but the course's Learning Outcomes Matrix has no outcome "
                "in it, so it is ignored until outcomes are added."), field="required_areas", code=code)
    return problems
