"""Read the course source (``content/``) into a small model; report every problem at once.

Only structure is read here. Pages stay files until :mod:`.markup` renders them;
assessment and reflective-log files are read by :mod:`.activities`.
"""
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from . import CONTENT

COMPONENT_KINDS = ("page", "overview", "lom", "assessment", "reflective_log", "pathway")
HOUR_KINDS = ("face_to_face", "self_directed", "assessment")
MODULE_HOURS = 10


class SourceError(Exception):
    """The source has problems; ``problems`` lists them, each naming its file."""

    def __init__(self, problems):
        self.problems = list(problems)
        super().__init__("The course source has problems:\n  " + "\n  ".join(self.problems))


@dataclass
class Component:
    kind: str
    value: object              # a path (page, assessment, reflective_log) or a dict of options
    base: Path                 # folder the value's paths are relative to
    id: str = ""               # explicit url_name, or "" for <unit url_name>_<n>
    title: str = ""            # explicit title (pages), or "" for the unit's title

    def path(self):
        """The source file of a page, assessment or reflective log."""
        return self.base / str(self.value)


@dataclass
class Unit:
    id: str
    title: str
    components: list
    staff_only: bool = False


@dataclass
class Download:
    source: Path               # a toolkit Markdown file; its "#" heading is the document title
    file: str                  # the file name in the archive's static/


@dataclass
class Module:
    number: int
    level: int
    area: str
    working_title: bool
    outcomes: list
    hours: dict
    graded: bool
    downloads: list


@dataclass
class Section:
    id: str
    title: str
    units: list
    base: Path                 # folder of the YAML file that defined it
    label: str                 # short place name used in translation contexts ("m1", "start")
    module: Module = None


@dataclass
class Chapter:
    id: str
    title: str
    sections: list
    gate: str = ""


@dataclass
class Course:
    org: str
    number: str
    run_prefix: str
    display_name: str
    short_description: str
    overview: Path
    start: str
    end: str
    course_image: Path
    languages: list
    grading: dict
    chapters: list
    pathway: dict
    content_dir: Path
    notes: list = field(default_factory=list)   # harmless remarks (e.g. a chapter without modules)

    def run(self, language):
        return f"{self.run_prefix}_{language.upper()}"

    def sections(self):
        return [section for chapter in self.chapters for section in chapter.sections]


def read_yaml(path, problems):
    try:
        with open(path, encoding="utf-8") as handle:
            data = yaml.safe_load(handle)
    except FileNotFoundError:
        problems.append(f"{rel(path)}: file not found")
        return {}
    except yaml.YAMLError as error:
        problems.append(f"{rel(path)}: invalid YAML: {error}")
        return {}
    if not isinstance(data, dict):
        problems.append(f"{rel(path)}: expected a mapping at the top level")
        return {}
    return data


def rel(path):
    path = Path(path)
    try:
        return str(path.relative_to(CONTENT.parent.parent))
    except ValueError:
        return str(path)


def _require(data, keys, where, problems):
    for key in keys:
        if data.get(key) in (None, ""):
            problems.append(f"{where}: missing '{key}'")


def _component(entry, base, where, problems):
    if isinstance(entry, str):
        entry = {entry: {}}
    if not isinstance(entry, dict):
        problems.append(f"{where}: a component must be a mapping such as {{page: file.md}}")
        return None
    kinds = [key for key in entry if key in COMPONENT_KINDS]
    if len(kinds) != 1:
        problems.append(f"{where}: a component needs exactly one of {', '.join(COMPONENT_KINDS)}; got {sorted(entry)}")
        return None
    kind = kinds[0]
    value = entry[kind]
    component = Component(kind=kind, value=value if value is not None else {}, base=base,
                          id=str(entry.get("id") or ""))
    if kind in ("page", "assessment", "reflective_log"):
        if isinstance(value, dict):       # {file: x.md, title: ...}
            component.value = value.get("file", "")
            component.title = str(value.get("title") or "")
        if not component.value:
            problems.append(f"{where}: '{kind}' needs a file name")
        elif not component.path().is_file():
            problems.append(f"{where}: {rel(component.path())} does not exist")
        elif kind != "page" and not component.id:
            component.id = str(read_yaml(component.path(), problems).get("id") or "")  # its url_name
    return component


def _units(entries, base, where, problems):
    units = []
    if not isinstance(entries, list) or not entries:
        problems.append(f"{where}: 'units' must be a non-empty list")
        return units
    for index, entry in enumerate(entries, start=1):
        place = f"{where} unit {index}"
        if not isinstance(entry, dict):
            problems.append(f"{place}: must be a mapping")
            continue
        _require(entry, ("id", "title", "components"), place, problems)
        components = []
        for number, item in enumerate(entry.get("components") or [], start=1):
            component = _component(item, base, f"{place} component {number}", problems)
            if component:
                components.append(component)
        units.append(Unit(id=str(entry.get("id", "")), title=str(entry.get("title", "")),
                          components=components, staff_only=bool(entry.get("staff_only", False))))
    return units


def load_sections(path, problems):
    """The hand-written sections of a chapter (``sections_from``)."""
    data = read_yaml(path, problems)
    sections = []
    for index, entry in enumerate(data.get("sections") or [], start=1):
        where = f"{rel(path)} section {index}"
        _require(entry, ("id", "title", "units"), where, problems)
        sections.append(Section(id=str(entry.get("id", "")), title=str(entry.get("title", "")),
                                units=_units(entry.get("units"), path.parent, where, problems),
                                base=path.parent, label=path.parent.name))
    if not sections:
        problems.append(f"{rel(path)}: no sections")
    return sections


def load_module(path, problems):
    data = read_yaml(path, problems)
    where = rel(path)
    _require(data, ("id", "number", "level", "area", "title", "outcomes", "hours", "units"), where, problems)
    hours = data.get("hours") or {}
    if sorted(hours) != sorted(HOUR_KINDS):
        problems.append(f"{where}: 'hours' needs exactly {', '.join(HOUR_KINDS)}")
    elif sum(float(hours[kind]) for kind in HOUR_KINDS) != MODULE_HOURS:
        problems.append(f"{where}: the hours add up to {sum(float(v) for v in hours.values()):g}, not {MODULE_HOURS}")
    if data.get("id") and data["id"] != path.parent.name:
        problems.append(f"{where}: id '{data['id']}' differs from its folder name '{path.parent.name}'")
    downloads = []
    for index, entry in enumerate(data.get("downloads") or [], start=1):
        place = f"{where} download {index}"
        _require(entry, ("source", "file"), place, problems)
        source = path.parent / str(entry.get("source", ""))
        if entry.get("source") and not source.is_file():
            problems.append(f"{place}: {rel(source)} does not exist")
        downloads.append(Download(source=source, file=str(entry.get("file", ""))))
    module = Module(number=int(data.get("number") or 0), level=int(data.get("level") or 0),
                    area=str(data.get("area", "")), working_title=bool(data.get("working_title", False)),
                    outcomes=[str(o) for o in data.get("outcomes") or []], hours=hours,
                    graded=bool(data.get("graded", True)), downloads=downloads)
    return Section(id=str(data.get("id", "")), title=str(data.get("title", "")),
                   units=_units(data.get("units"), path.parent, where, problems),
                   base=path.parent, label=str(data.get("id", path.parent.name)), module=module)


def load_modules(content_dir, problems, notes):
    """The modules, ordered by level and number; modules marked ``draft: true`` are left out."""
    modules = []
    for path in sorted((content_dir / "modules").glob("*/module.yaml")):
        if read_yaml(path, []).get("draft"):
            notes.append(f"module {path.parent.name} is a draft and is left out")
            continue
        modules.append(load_module(path, problems))
    return sorted(modules, key=lambda section: (section.module.level, section.module.number))


def load_course(content_dir=CONTENT):
    """The :class:`Course` described by ``content_dir``; raises :class:`SourceError`."""
    content_dir = Path(content_dir)
    problems = []
    data = read_yaml(content_dir / "course.yaml", problems)
    where = rel(content_dir / "course.yaml")
    _require(data, ("org", "number", "run_prefix", "display_name", "start", "end", "course_image",
                    "languages", "grading", "chapters"), where, problems)
    chapters, notes = [], []
    modules = load_modules(content_dir, problems, notes)
    for index, entry in enumerate(data.get("chapters") or [], start=1):
        place = f"{where} chapter {index}"
        _require(entry, ("id", "title"), place, problems)
        if entry.get("sections_from"):
            sections = load_sections(content_dir / entry["sections_from"], problems)
        elif entry.get("modules_of_level"):
            sections = [m for m in modules if m.module.level == int(entry["modules_of_level"])]
        else:
            problems.append(f"{place}: needs 'sections_from' or 'modules_of_level'")
            sections = []
        if not sections:
            notes.append(f"chapter {entry.get('id')} has no sections yet and is left out")
            continue
        chapters.append(Chapter(id=str(entry.get("id", "")), title=str(entry.get("title", "")),
                                sections=sections, gate=str(entry.get("gate") or "")))
    placed = {id(section) for chapter in chapters for section in chapter.sections}
    for section in modules:
        if id(section) not in placed:
            problems.append(f"module {section.id}: no chapter takes level {section.module.level}")
    image = content_dir / "static" / str(data.get("course_image", ""))
    if data.get("course_image") and not image.is_file():
        problems.append(f"{where}: course image {rel(image)} does not exist")
    overview = content_dir / str(data.get("overview", "about/overview.md"))
    if not overview.is_file():
        problems.append(f"{where}: overview page {rel(overview)} does not exist")
    pathway = read_yaml(content_dir / "pathway.yaml", problems)
    if problems:
        raise SourceError(problems)
    return Course(org=str(data["org"]), number=str(data["number"]), run_prefix=str(data["run_prefix"]),
                  display_name=str(data["display_name"]), short_description=str(data.get("short_description", "")),
                  overview=overview, start=str(data["start"]), end=str(data["end"]), course_image=image,
                  languages=[str(lang) for lang in data["languages"]], grading=dict(data["grading"]),
                  chapters=chapters, pathway=pathway, content_dir=content_dir, notes=notes)
