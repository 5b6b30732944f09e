"""Rules across the whole source: unique ids, outcomes known and assessed, downloads unique."""
from .activities import GRADED_TYPES, load_assessment, load_reflective_log
from .outcomes import by_id
from .source import SourceError, rel


def url_names(course):
    """Every url_name the course will use, in order (duplicates included)."""
    names = [chapter.id for chapter in course.chapters]
    for section in course.sections():
        names.append(section.id)
        for unit in section.units:
            unit_name = unit_url_name(section, unit)
            names.append(unit_name)
            names.extend(component_url_name(unit_name, c, n) for n, c in enumerate(unit.components, start=1))
    return names


def unit_url_name(section, unit):
    return f"{section.id}_{unit.id}"


def component_url_name(unit_name, component, number):
    return component.id or f"{unit_name}_{number}"


def activities_of(section, kind, loader):
    return [(component, *loader(component.path())) for unit in section.units
            for component in unit.components if component.kind == kind]


def check_course(course, outcomes):
    """Raise :class:`SourceError` listing every broken rule; return remarks that are not errors."""
    problems, notes = [], []
    known = by_id(outcomes)
    seen = set()
    for name in url_names(course):
        if name in seen:
            problems.append(f"url_name '{name}' is used twice")
        seen.add(name)
    files = set()
    assessed_anywhere = set()
    for section in course.sections():
        module = section.module
        if module:
            for outcome in module.outcomes:
                if outcome not in known:
                    problems.append(f"module {section.id}: outcome {outcome} is not in the LOM")
            for download in module.downloads:
                if download.file in files:
                    problems.append(f"module {section.id}: download file name {download.file} is used twice")
                files.add(download.file)
        assessed = set()
        for component, assessment, found in activities_of(section, "assessment", load_assessment):
            problems.extend(found)
            for item in assessment["items"]:
                for outcome in item["outcomes"]:
                    if outcome not in known:
                        problems.append(f"{rel(component.path())} item {item['id']}: outcome {outcome} is not in the LOM")
                    elif module and outcome not in module.outcomes:
                        problems.append(f"{rel(component.path())} item {item['id']}: outcome {outcome} "
                                        f"is not an outcome of module {section.id}")
                    if item["type"] in GRADED_TYPES:
                        assessed.add(outcome)
        for component, log, found in activities_of(section, "reflective_log", load_reflective_log):
            problems.extend(found)
            for prompt in log["prompts"]:
                problems.extend(f"{rel(component.path())} prompt {prompt['id']}: outcome {o} is not in the LOM"
                                for o in prompt["outcomes"] if o not in known)
        if module:
            missing = [o for o in module.outcomes if o not in assessed]
            if missing:
                problems.append(f"module {section.id}: outcomes not assessed by any graded item: {', '.join(missing)}")
        assessed_anywhere |= assessed
    open_outcomes = [o["id"] for o in outcomes if o["id"] not in assessed_anywhere]
    if open_outcomes:
        notes.append(f"{len(open_outcomes)} LOM outcomes have no module yet ({open_outcomes[0]} ... {open_outcomes[-1]})")
    if problems:
        raise SourceError(problems)
    return notes
