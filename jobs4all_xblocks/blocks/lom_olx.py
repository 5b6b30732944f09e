"""OLX of the matrix: one ``<outcome>`` element per outcome.

    <jobs4all_lom display_name="..." mastery_method="decaying_average" ...>
      <outcome id="LO-1.1" area="1.1" module="M1" eqf_domain="knowledge" eqf_level="5" ecvet_unit="J4A-U1">
        <title>Explain the main benefits ...</title>
        <description>Names the opportunities ...</description>
      </outcome>
    </jobs4all_lom>

Values are kept as written, so an invalid OLX file still imports and the block tells the
author what to fix (see the block's ``validate``) instead of losing the data.
"""
from lxml import etree

from .olx import add_text, text_of

ATTRIBUTES = ("id", "area", "module", "eqf_domain", "eqf_level", "ecvet_unit")
TEXTS = ("title", "description")


class OutcomeCodec:
    tag = "outcome"

    @staticmethod
    def encode(outcomes, parent):
        for outcome in outcomes or []:
            node = etree.SubElement(parent, "outcome")
            for name in ATTRIBUTES:
                value = outcome.get(name)
                if value not in (None, ""):
                    node.set(name, str(value))
            for name in TEXTS:
                add_text(node, name, outcome.get(name) or "")

    @staticmethod
    def decode(elements):
        outcomes = []
        for node in elements:
            outcome = {name: node.get(name, "") for name in ATTRIBUTES}
            level = outcome["eqf_level"]
            outcome["eqf_level"] = int(level) if level.isdigit() else level
            for name in TEXTS:
                outcome[name] = text_of(node, name)
            outcomes.append(outcome)
        return outcomes
