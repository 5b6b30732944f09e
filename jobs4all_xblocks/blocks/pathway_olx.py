"""OLX of the pathway: one ``<area>`` per area and the ``<unlock>`` rules of Level 2.

    <jobs4all_pathway display_name="Your CPD pathway">
      <area code="1.1" module="M1" hours_f2f="3" hours_self="6" hours_assessment="1" optional="false">
        <title>Foundations of VET-business partnership</title>   <!-- optional: the working title -->
      </area>
      <area code="1.2" module="M2" hours_f2f="3" hours_self="6" hours_assessment="1" optional="false"/>
      <area code="1.3" module="M3" hours_f2f="2.5" hours_self="6.5" hours_assessment="1" optional="true"/>
      <area code="2.1" module="M4" hours_f2f="3" hours_self="6" hours_assessment="1" optional="false"/>
      <area code="2.2" module="M5" hours_f2f="3" hours_self="6" hours_assessment="1" optional="false"/>
      <area code="2.3" module="M6" hours_f2f="3" hours_self="6" hours_assessment="1" optional="false"/>
      <unlock threshold="70" reflection_per_area="true">
        <required_area code="1.1"/>
        <required_area code="1.2"/>
      </unlock>
    </jobs4all_pathway>

``threshold`` is the share (per cent) of the outcomes of the required Level-1 areas a learner
must achieve; ``reflection_per_area`` asks for a submitted reflective entry in each required
area. An ``<unlock>`` without ``<required_area>`` requires no area (Level 2 is open to all);
areas left out keep their defaults (module Mn, 3 + 6 + 1 hours, not optional).

Values are kept as written, so an invalid file still imports and the block tells the author
what to fix (see the block's ``validate``) instead of losing the data.
"""
from lxml import etree

from .olx import add_text, text_of

AREA_ATTRIBUTES = ("code", "module", "hours_f2f", "hours_self", "hours_assessment", "optional")
RULE_ATTRIBUTES = ("threshold", "reflection_per_area")


def _attribute(value):
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value == int(value):
        return str(int(value))
    return str(value)


class AreaCodec:
    tag = "area"

    @staticmethod
    def encode(areas, parent):
        for area in areas or []:
            node = etree.SubElement(parent, "area")
            for name in AREA_ATTRIBUTES:
                if area.get(name) not in (None, ""):
                    node.set(name, _attribute(area[name]))
            add_text(node, "title", area.get("title") or "")

    @staticmethod
    def decode(elements):
        areas = []
        for node in elements:
            area = {name: node.get(name) for name in AREA_ATTRIBUTES if node.get(name) is not None}
            area["title"] = text_of(node, "title")
            areas.append(area)
        return areas


class RulesCodec:
    tag = "unlock"

    @staticmethod
    def encode(rules, parent):
        rules = rules or {}
        node = etree.SubElement(parent, "unlock")
        for name in RULE_ATTRIBUTES:
            if rules.get(name) not in (None, ""):
                node.set(name, _attribute(rules[name]))
        for code in rules.get("required_areas") or []:
            etree.SubElement(node, "required_area").set("code", str(code))

    @staticmethod
    def decode(elements):
        node = elements[0]
        rules = {name: node.get(name) for name in RULE_ATTRIBUTES if node.get(name) is not None}
        rules["required_areas"] = [child.get("code", "").strip() for child in node.findall("required_area")]
        return rules
