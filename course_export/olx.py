"""Write the OLX tree of one course run (the ``course/`` folder of an archive).

Layout (Open edX export format): course.xml, course/<run>.xml, chapter/, sequential/,
vertical/, html/ (+ .html), policies/<run>/{policy,grading_policy}.json,
policies/assets.json, about/, static/. Each course setting is written in one place only:
the policy (olxcleaner reports a false override when a setting appears twice).
"""
import json
import mimetypes
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from . import OUR_TAGS
from .checks import component_url_name, unit_url_name
from .emitters import EMITTERS, GATES, PendingBlock, html_component
from .markup import page as markdown_page
from .markup import to_html
from .toolkit import render_download


class Tree:
    """Files under one folder; every write creates the parent folders."""

    def __init__(self, root):
        self.root = Path(root)

    def _path(self, name):
        path = self.root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        return path

    def write_xml(self, name, element):
        self._path(name).write_bytes(etree.tostring(element, pretty_print=True, encoding="utf-8"))

    def write_text(self, name, text):
        self._path(name).write_text(text, encoding="utf-8")

    def write_bytes(self, name, data):
        self._path(name).write_bytes(data)

    def write_json(self, name, data):
        self.write_text(name, json.dumps(data, indent=2, ensure_ascii=False) + "\n")


@dataclass
class Place:
    """Where a component goes: its section, unit, url_name and default title."""
    section: object
    unit: object
    url_name: str
    title: str


@dataclass
class Context:
    course: object
    language: str
    translate: object
    tree: Tree
    outcomes: list
    strict: bool = False
    omitted: list = field(default_factory=list)       # (tag, url_name) of pending blocks left out
    static_links: list = field(default_factory=list)  # (page, file) of /static/ links

    @property
    def run(self):
        return self.course.run(self.language)

    def omit(self, pending, url_name):
        if self.strict:
            raise pending
        self.omitted.append((pending.tag, url_name))


def section_title(section, ctx):
    t = ctx.translate
    if not section.module:
        return t(section.title, f"{section.label} section {section.id}", comment="subsection title")
    title = t(section.title, f"{section.label} module title", comment="module title")
    heading = t("Module {number}: {title}", "course module heading", comment="subsection title of a module",
                flags=("python-brace-format",))
    return heading.format(number=section.module.number, title=title)


def write_unit(section, unit, chapter, ctx):
    name = unit_url_name(section, unit)
    title = ctx.translate(unit.title, f"{section.label} unit {unit.id}", comment="unit title")
    vertical = etree.Element("vertical", display_name=title)
    if unit.staff_only:
        vertical.set("visible_to_staff_only", "true")
    holder = vertical
    if chapter.gate:
        try:
            holder = GATES[chapter.gate](vertical, Place(section, unit, f"{name}_gate", title), ctx)
        except PendingBlock as pending:
            ctx.omit(pending, f"{name}_gate")
    for number, component in enumerate(unit.components, start=1):
        url_name = component_url_name(name, component, number)
        try:
            EMITTERS[component.kind](holder, component, Place(section, unit, url_name, title), ctx)
        except PendingBlock as pending:
            ctx.omit(pending, url_name)
    ctx.tree.write_xml(f"vertical/{name}.xml", vertical)
    return name


def write_section(section, chapter, ctx):
    sequential = etree.Element("sequential", display_name=section_title(section, ctx))
    if section.module and section.module.graded:
        sequential.set("graded", "true")
        sequential.set("format", assignment_type(ctx))
    for unit in section.units:
        etree.SubElement(sequential, "vertical", url_name=write_unit(section, unit, chapter, ctx))
    ctx.tree.write_xml(f"sequential/{section.id}.xml", sequential)
    for download in (section.module.downloads if section.module else []):
        render_download(download, section, ctx)


def assignment_type(ctx):
    return ctx.translate(ctx.course.grading["assignment_type"], "course grading assignment type",
                         comment="name of the graded assignment type (Progress page)")


def write_chapters(ctx):
    course_node = etree.Element("course")
    for chapter in ctx.course.chapters:
        node = etree.Element("chapter", display_name=ctx.translate(
            chapter.title, f"course chapter {chapter.id}", comment="section (chapter) title"))
        for section in chapter.sections:
            write_section(section, chapter, ctx)
            etree.SubElement(node, "sequential", url_name=section.id)
        ctx.tree.write_xml(f"chapter/{chapter.id}.xml", node)
        etree.SubElement(course_node, "chapter", url_name=chapter.id)
    ctx.tree.write_xml(f"course/{ctx.run}.xml", course_node)
    ctx.tree.write_xml("course.xml", etree.Element("course", url_name=ctx.run, org=ctx.course.org,
                                                   course=ctx.course.number))


def write_policies(ctx):
    course = ctx.course
    graded = [s for s in course.sections() if s.module and s.module.graded]
    ctx.tree.write_json(f"policies/{ctx.run}/policy.json", {f"course/{ctx.run}": {
        "display_name": ctx.translate(course.display_name, "course display_name", comment="course title"),
        "language": ctx.language,
        "start": course.start,
        "end": course.end,
        "course_image": course.course_image.name,
        "advanced_modules": list(OUR_TAGS),
    }})
    grader = [{"type": assignment_type(ctx), "short_label": course.grading.get("short_label", "MA"),
               "min_count": len(graded), "drop_count": 0, "weight": 1.0}] if graded else []
    ctx.tree.write_json(f"policies/{ctx.run}/grading_policy.json",
                        {"GRADER": grader, "GRADE_CUTOFFS": dict(course.grading.get("cutoffs", {"Pass": 0.6}))})


def write_about(ctx):
    course = ctx.course
    root = markdown_page(course.overview, ctx.translate, "about/overview.md")
    ctx.tree.write_text("about/overview.html", to_html(root))
    short = ctx.translate(" ".join(course.short_description.split()), "course short_description",
                          comment="one-sentence course description (catalog)")
    paragraph = etree.Element("p")
    paragraph.text = short
    ctx.tree.write_text("about/short_description.html", etree.tostring(paragraph, encoding="unicode") + "\n")


def write_static(ctx):
    ctx.tree.write_bytes(f"static/{ctx.course.course_image.name}", ctx.course.course_image.read_bytes())
    assets = {}
    for path in sorted((ctx.tree.root / "static").iterdir()):
        assets[path.name] = {"contentType": mimetypes.guess_type(path.name)[0] or "application/octet-stream",
                             "displayname": path.name, "locked": False}
    ctx.tree.write_json("policies/assets.json", assets)


def write_course(ctx):
    """Write the whole run into ``ctx.tree``."""
    write_chapters(ctx)
    write_policies(ctx)
    write_about(ctx)
    write_static(ctx)


__all__ = ["Context", "Place", "Tree", "html_component", "write_course"]
