"""Turn the units of a built course folder into workbench scenarios.

Platform ``html`` components become the sdk's ``html_demo`` (their ``.html`` file inlined);
our blocks stay exactly as the archive has them, so the workbench parses them with their own
``parse_xml``.
"""
from pathlib import Path

from lxml import etree
from lxml import html as lxml_html

from course_export import OUR_TAGS


def _html_demo(parent, course_dir, url_name):
    body = (Path(course_dir) / "html" / f"{url_name}.html").read_text(encoding="utf-8")
    holder = lxml_html.fragment_fromstring(body, create_parent="div")
    demo = etree.SubElement(parent, "html_demo")
    xml = etree.fromstring(etree.tostring(holder, method="xml", encoding="unicode"))
    demo.text = xml.text
    for child in xml:
        demo.append(child)
    for node in demo.iter():  # html_demo substitutes $NAMES from its context
        node.text = node.text.replace("$", "$$") if node.text else node.text
        node.tail = node.tail.replace("$", "$$") if node.tail and node is not demo else node.tail
    return demo


def _convert(source, target, course_dir):
    for child in source:
        if not isinstance(child.tag, str):
            continue
        if child.tag == "html":
            _html_demo(target, course_dir, child.get("url_name"))
        elif child.tag in OUR_TAGS:
            copy = etree.fromstring(etree.tostring(child, encoding="unicode"))
            if len(copy) and child.tag == "jobs4all_level2_gate":
                for inner in list(copy):
                    copy.remove(inner)
                _convert(child, copy, course_dir)
            target.append(copy)
        else:
            raise AssertionError(f"unexpected component <{child.tag}> in a unit")


def unit_scenario(course_dir, unit_file):
    """The unit ``vertical/<unit_file>`` as ``<vertical_demo>`` scenario XML."""
    vertical = etree.parse(str(Path(course_dir) / "vertical" / unit_file)).getroot()
    demo = etree.Element("vertical_demo")
    _convert(vertical, demo, course_dir)
    return etree.tostring(demo, encoding="unicode")


def unit_files(course_dir):
    """Unit file names in course order (chapters, sections, units as course.xml lists them)."""
    course_dir = Path(course_dir)
    run = etree.parse(str(course_dir / "course.xml")).getroot().get("url_name")
    names = []
    for chapter in etree.parse(str(course_dir / "course" / f"{run}.xml")).getroot():
        for section in etree.parse(str(course_dir / "chapter" / f"{chapter.get('url_name')}.xml")).getroot():
            for unit in etree.parse(str(course_dir / "sequential" / f"{section.get('url_name')}.xml")).getroot():
                names.append(f"{unit.get('url_name')}.xml")
    return names
