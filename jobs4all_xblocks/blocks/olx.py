"""Readable OLX for structured fields.

By default XBlock writes every field as an XML attribute, so a list of outcomes or items
would become one JSON string. Blocks using :class:`ChildElementsMixin` name the list fields
that are written as child elements instead, each through a codec with ``tag``,
``encode(value, parent_node)`` and ``decode([elements]) -> value``.
"""
import logging

from lxml import etree

log = logging.getLogger(__name__)

# Attributes the platform writes on every block; they are not fields of ours.
PLATFORM_ATTRIBUTES = {"url_name", "xblock-family"}


def text_of(element, tag):
    """The stripped text of ``element``'s first ``tag`` child ("" if absent)."""
    child = element.find(tag)
    return (child.text or "").strip() if child is not None else ""


def add_text(parent, tag, text):
    """Append ``<tag>text</tag>`` when text is not empty."""
    if text:
        etree.SubElement(parent, tag).text = text


class ChildElementsMixin:
    """Write the fields named in ``xml_children`` (name -> codec) as child elements."""

    xml_children = {}

    @classmethod
    def parse_xml(cls, node, runtime, keys):
        block = runtime.construct_xblock_from_class(cls, keys)
        by_tag = {codec.tag: name for name, codec in cls.xml_children.items()}
        found = {name: [] for name in cls.xml_children}
        for child in node:
            if not isinstance(child.tag, str):
                continue  # comments, processing instructions
            tag = etree.QName(child).localname
            if tag in by_tag:
                found[by_tag[tag]].append(child)
            elif getattr(cls, "has_children", False):
                block.runtime.add_node_as_child(block, child)
            else:
                log.warning("%s: ignoring unexpected OLX element <%s>", cls.__name__, tag)
        for name, value in node.items():
            if name in cls.xml_children or name in PLATFORM_ATTRIBUTES:
                continue
            cls._set_field_if_present(block, name, value, {})
        for name, elements in found.items():
            if elements:
                setattr(block, name, cls.xml_children[name].decode(elements))
        return block

    def add_xml_to_node(self, node):
        super().add_xml_to_node(node)
        for name, codec in self.xml_children.items():
            node.attrib.pop(name, None)
            codec.encode(getattr(self, name), node)
