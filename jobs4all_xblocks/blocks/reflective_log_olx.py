"""OLX of a reflective log: the introduction, the prompts and the outcomes learners may link.

    <jobs4all_reflective_log display_name="Reflect on module 1" framework="rolfe" required_entries="2">
      <context><![CDATA[<p>Pick one employer relationship you have ...</p>]]></context>
      <prompt id="what" min_words="30" max_words="300"/>          <!-- a framework prompt's limits -->
      <allowed_outcome id="LO-1.1"/>
      <allowed_outcome id="LO-1.3"/>
    </jobs4all_reflective_log>

With ``framework="custom"`` each ``<prompt>`` is a whole prompt::

      <prompt id="p1" min_words="50" max_words="500">
        <text>Which employer did you contact, and why?</text>
        <guidance>Think of the sector, the focal person and the decision-maker.</guidance>
      </prompt>

Values are kept as written, so an invalid file still imports and the block tells the author
what to fix (see the block's ``validate``).
"""
from lxml import etree

from .olx import add_text, text_of


def _number(value):
    value = (value or "").strip()
    return int(value) if value.isdigit() else value


class ContextCodec:
    """The author's introduction (HTML), as character data."""
    tag = "context"

    @staticmethod
    def encode(value, parent):
        if value:
            etree.SubElement(parent, "context").text = etree.CDATA(value)

    @staticmethod
    def decode(elements):
        return (elements[0].text or "").strip()


class PromptCodec:
    tag = "prompt"

    @staticmethod
    def encode(prompts, parent):
        for prompt in prompts or []:
            node = etree.SubElement(parent, "prompt")
            for name in ("id", "min_words", "max_words"):
                if prompt.get(name) not in (None, ""):
                    node.set(name, str(prompt[name]))
            add_text(node, "text", prompt.get("text") or "")
            add_text(node, "guidance", prompt.get("guidance") or "")

    @staticmethod
    def decode(elements):
        prompts = []
        for node in elements:
            prompt = {"id": node.get("id", ""), "text": text_of(node, "text"), "guidance": text_of(node, "guidance")}
            for name in ("min_words", "max_words"):
                if node.get(name) is not None:
                    prompt[name] = _number(node.get(name))
            prompts.append(prompt)
        return prompts


class AllowedOutcomeCodec:
    tag = "allowed_outcome"

    @staticmethod
    def encode(outcome_ids, parent):
        for outcome_id in outcome_ids or []:
            etree.SubElement(parent, "allowed_outcome").set("id", str(outcome_id))

    @staticmethod
    def decode(elements):
        return [node.get("id", "").strip() for node in elements if node.get("id", "").strip()]
