"""OLX of an assessment: one readable ``<item>`` element per question.

    <jobs4all_assessment display_name="Module 1: check your understanding" weight="1.0"
                         max_attempts="2" show_answers="after_last_attempt">
      <item id="q-first-challenge" type="single" points="1">
        <prompt><![CDATA[<p>Which challenge did the Local Experts Groups rank first?</p>]]></prompt>
        <outcome id="LO-1.1" weight="2"/>
        <choice id="time" correct="true">
          <text>Time</text>
          <feedback><![CDATA[<p>Right: building common ground takes time.</p>]]></feedback>
        </choice>
        <choice id="money"><text>Financial aspects</text></choice>
        <explanation><![CDATA[<p>Time came first ...</p>]]></explanation>
      </item>
      <item id="q-steps" type="ordering" points="1">
        <prompt>Put the steps in order.</prompt>
        <outcome id="LO-1.2"/>
        <step id="sector">Decide which industries to approach</step>   (in the correct order)
        <step id="research">Research candidate companies</step>
      </item>
      <item id="q-match" type="matching" points="1">
        <prompt>Match each finding with its dimension.</prompt>
        <outcome id="LO-1.1"/>
        <pair id="opp"><term>Tailored education</term><match>Opportunities</match></pair>
        <pair id="chal"><term>Time</term><match>Challenges</match></pair>
        <distractor id="none">Not part of the survey</distractor>
      </item>
      <item id="q-confidence" type="rating">
        <prompt>How confident are you that you can do this?</prompt>
        <outcome id="LO-1.2"/>
        <outcome id="LO-1.4"/>
      </item>
    </jobs4all_assessment>

Rules: an outcome's ``weight`` and a choice's ``correct`` are written only when they differ
from the defaults (1 and false); author HTML (prompt, feedback, explanation) is written as
CDATA so that it stays readable. Values are kept as written, so an invalid file still
imports and the block's ``validate`` tells the author what to fix instead of losing data.
Export -> import -> export gives the identical document.
"""
from lxml import etree

from .olx import add_text, text_of

LISTS = (("choices", "choice"), ("steps", "step"), ("pairs", "pair"), ("distractors", "distractor"))


def _number(value):
    """A number read from OLX (int-like numbers as floats), or the text as written."""
    try:
        return float(value)
    except (TypeError, ValueError):
        return value


def _format(value):
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _html(parent, tag, text):
    """``<tag>`` with ``text`` as CDATA when it holds markup, as plain text otherwise."""
    if not text:
        return
    node = etree.SubElement(parent, tag)
    node.text = etree.CDATA(text) if ("<" in text or "&" in text) and "]]>" not in text else text


def _encode_entry(parent, tag, entry):
    node = etree.SubElement(parent, tag, id=str(entry.get("id", "")))
    if tag == "choice":
        if entry.get("correct") is True:
            node.set("correct", "true")
        add_text(node, "text", entry.get("text") or "")
        _html(node, "feedback", entry.get("feedback") or "")
    elif tag == "pair":
        add_text(node, "term", entry.get("term") or "")
        add_text(node, "match", entry.get("match") or "")
    else:
        node.text = entry.get("text") or ""


def _decode_entry(node, tag):
    entry = {"id": node.get("id", "")}
    if tag == "choice":
        entry.update(text=text_of(node, "text"), correct=node.get("correct", "").lower() in ("true", "1"),
                     feedback=text_of(node, "feedback"))
    elif tag == "pair":
        entry.update(term=text_of(node, "term"), match=text_of(node, "match"))
    else:
        entry["text"] = (node.text or "").strip()
    return entry


class ItemCodec:
    tag = "item"

    @staticmethod
    def encode(items, parent):
        for item in items or []:
            node = etree.SubElement(parent, "item", id=str(item.get("id", "")), type=str(item.get("type", "")))
            if "points" in item:
                node.set("points", _format(item["points"]))
            _html(node, "prompt", item.get("prompt") or "")
            for mapping in item.get("outcomes") or []:
                outcome = etree.SubElement(node, "outcome", id=str(mapping.get("id", "")))
                if mapping.get("weight", 1) != 1:
                    outcome.set("weight", _format(mapping["weight"]))
            for name, tag in LISTS:
                for entry in item.get(name) or []:
                    _encode_entry(node, tag, entry)
            _html(node, "explanation", item.get("explanation") or "")

    @staticmethod
    def decode(elements):
        items = []
        for node in elements:
            item = {"id": node.get("id", ""), "type": node.get("type", "")}
            if node.get("points") is not None:
                item["points"] = _number(node.get("points"))
            item["prompt"] = text_of(node, "prompt")
            item["outcomes"] = [{"id": o.get("id", ""), "weight": _number(o.get("weight", 1))}
                                for o in node.findall("outcome")]
            for name, tag in LISTS:
                entries = node.findall(tag)
                if entries:
                    item[name] = [_decode_entry(entry, tag) for entry in entries]
            item["explanation"] = text_of(node, "explanation")
            items.append(item)
        return items
