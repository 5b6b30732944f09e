"""Checks of a written course folder, run by the builder before it packs an archive.

* :func:`olx_errors`: ``olxcleaner.validate(steps=8, allowed_xblocks=OUR_TAGS)`` at level ERROR;
* :func:`block_errors`: every one of our blocks parses with its own ``parse_xml`` and writes
  the same OLX back (nothing ignored or changed by its codec). The blocks' ``validate()``
  (the messages Studio shows) needs the course's published LOM in the evidence database, so
  the tests run it in the workbench runtime after rendering the LOM;
* :func:`missing_static`: every ``/static/`` link of a page names a file of the archive.

olxcleaner does not look inside custom blocks, hence the second check. The tests also load
every unit into the workbench runtime and render it (``tests/course_export``).
"""
import os
from pathlib import Path

from lxml import etree

from . import OUR_TAGS

ERROR = 3  # olxcleaner.exceptions.ErrorLevel.ERROR
PLATFORM_ATTRIBUTES = ("url_name", "xblock-family")


def olx_findings(course_dir, minimum=ERROR):
    """olxcleaner's findings at ``minimum`` level or above: ``[(level, name, file, description)]``."""
    from olxcleaner import validate  # pylint: disable=import-outside-toplevel
    _, store, _ = validate(str(course_dir), steps=8, allowed_xblocks=list(OUR_TAGS))
    return [(e.level, e.name, e.filename, e.description) for e in store.errors if e.level_val >= minimum]


def olx_errors(course_dir):
    return [f"olxcleaner {level} {name} in {filename}: {description}"
            for level, name, filename, description in olx_findings(course_dir)]


def our_blocks(course_dir):
    """``[(file name, element)]`` of every element of ours in the unit files, outermost first."""
    found = []
    for path in sorted(Path(course_dir, "vertical").glob("*.xml")):
        for element in etree.parse(str(path)).getroot().iter(*OUR_TAGS):
            found.append((path.name, element))
    return found


def _setup_django():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "jobs4all_xblocks.demo.settings")
    import django  # pylint: disable=import-outside-toplevel
    django.setup()


def parse_runtime():
    """A minimal in-memory XBlock runtime: enough to run ``parse_xml`` and ``validate``."""
    from xblock.core import XBlock  # pylint: disable=import-outside-toplevel
    from xblock.field_data import DictFieldData  # pylint: disable=import-outside-toplevel
    from xblock.runtime import MemoryIdManager, Runtime  # pylint: disable=import-outside-toplevel

    class Other(XBlock):
        """Stands in for platform blocks (``html``) nested in our containers."""
        has_children = True

    class ParseRuntime(Runtime):
        def __init__(self):
            ids = MemoryIdManager()
            super().__init__(id_reader=ids, id_generator=ids, services={"field-data": DictFieldData({})},
                             default_class=None)

        def load_block_type(self, block_type):
            if block_type in OUR_TAGS:
                return XBlock.load_class(block_type)
            return Other

        def handler_url(self, *args, **kwargs):
            raise NotImplementedError

        def local_resource_url(self, *args, **kwargs):
            raise NotImplementedError

        def publish(self, *args, **kwargs):
            raise NotImplementedError

        def resource_url(self, *args, **kwargs):
            raise NotImplementedError

    return ParseRuntime()


def without_platform_attributes(element):
    """``element`` as XML text without ``url_name``/``xblock-family`` (the platform's, not fields)."""
    copy = etree.fromstring(etree.tostring(element, encoding="unicode"))
    for node in copy.iter():
        for name in PLATFORM_ATTRIBUTES:
            node.attrib.pop(name, None)
    return etree.tostring(copy, encoding="unicode")


def canonical(element):
    """``element`` as canonical XML, without platform attributes and blank text."""
    copy = etree.fromstring(without_platform_attributes(element), etree.XMLParser(remove_blank_text=True))
    return etree.tostring(copy, method="c14n").decode("utf-8")


def block_errors(course_dir):
    """Problems of our blocks: not installed, ``parse_xml`` fails, or the block does not write
    back what it read (the OLX holds something its codec ignores or changes)."""
    _setup_django()
    from xblock.plugin import PluginMissingError  # pylint: disable=import-outside-toplevel

    problems = []
    runtime = parse_runtime()
    for name, element in our_blocks(course_dir):
        where = f"vertical/{name} <{element.tag} url_name={element.get('url_name')!r}>"
        try:
            block = runtime.get_block(runtime.parse_xml_string(without_platform_attributes(element)))
        except PluginMissingError:
            problems.append(f"{where}: the block is not installed, so its OLX cannot be checked")
            continue
        except Exception as error:  # pylint: disable=broad-except
            problems.append(f"{where}: parse_xml failed: {error!r}")
            continue
        if block.has_children:
            continue  # containers write their children as pointers; their own tests cover the round trip
        written = etree.Element(element.tag)
        block.add_xml_to_node(written)
        if canonical(written) != canonical(element):
            problems.append(f"{where}: the block does not write back the OLX it read "
                            f"(wrote {canonical(written)[:160]!r}...)")
    return problems


def missing_static(course_dir, links):
    """Links ``[(page, file)]`` whose file is not in ``static/``."""
    return [f"{page}: /static/{target} is not in the archive" for page, target in links
            if not Path(course_dir, "static", target).is_file()]
