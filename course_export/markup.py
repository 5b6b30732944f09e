"""Markdown pages -> HTML with every block-level segment translated.

A segment is the inline content of a paragraph, heading, list item, table cell or
definition, as HTML (``Time is <strong>scarce</strong>.``), whitespace collapsed. Its
translation replaces that content; it must keep the same inline tags and attributes
(translators may reorder them), otherwise the translator is told to reject it.
"""
import html
import re

import markdown
from lxml import etree
from lxml import html as lxml_html

from .source import rel

EXTENSIONS = ["tables", "sane_lists", "attr_list", "def_list"]
KINDS = {
    "p": "paragraph", "li": "list item", "td": "table cell", "th": "table heading",
    "dt": "term", "dd": "definition", "caption": "table caption", "figcaption": "caption",
    **{f"h{n}": "heading" for n in range(1, 7)},
}
SEGMENT_TAGS = frozenset(KINDS)
BLOCK_TAGS = SEGMENT_TAGS | {"ul", "ol", "dl", "table", "thead", "tbody", "tfoot", "tr", "blockquote", "div",
                             "pre", "hr", "section", "figure"}
SPACES = re.compile(r"\s+")


def render_markdown(text):
    """The page as a ``<div>`` element holding the rendered HTML."""
    body = markdown.markdown(text, extensions=EXTENSIONS, output_format="html")
    return lxml_html.fragment_fromstring(body, create_parent="div")


def _inline_children(element):
    children = []
    for child in element:
        if not isinstance(child.tag, str):
            continue
        if child.tag in BLOCK_TAGS:
            break
        children.append(child)
    return children


def inline_html(element):
    """The inline content of ``element`` (text and inline children up to the first block)."""
    parts = [html.escape(element.text or "", quote=False)]
    parts += [etree.tostring(child, method="html", encoding="unicode", with_tail=True)
              for child in _inline_children(element)]
    return SPACES.sub(" ", "".join(parts)).strip()


def signature(fragment):
    """The inline tags of an HTML fragment and their attributes, as a sorted list."""
    holder = lxml_html.fragment_fromstring(fragment or "", create_parent="div")
    return sorted((el.tag, tuple(sorted(el.attrib.items()))) for el in holder.iter() if el is not holder)


def _comment(element, text, note):
    tags = sorted({tag for tag, _ in signature(text)})
    comment = KINDS[element.tag]
    if note:
        comment = f"{note}: {comment}"
    if tags:
        comment += "; keep the HTML tags " + ", ".join(f"<{tag}>" for tag in tags)
    return comment


def _replace_inline(element, fragment):
    new = lxml_html.fragment_fromstring(fragment, create_parent="div")
    for child in _inline_children(element):
        element.remove(child)
    element.text = new.text
    for index, child in enumerate(list(new)):
        element.insert(index, child)


def translate_tree(root, translate, context, source, note=""):
    """Translate every segment under ``root`` in place with ``translate`` (see :mod:`.translate`)."""
    for element in list(root.iter()):
        if not isinstance(element.tag, str) or element.tag not in SEGMENT_TAGS:
            continue
        text = inline_html(element)
        if not any(char.isalpha() for char in text):
            continue  # empty, or only numbers and punctuation: nothing to translate
        translated = translate(text, context, comment=_comment(element, text, note), source=source)
        if translated != text and signature(translated) != signature(text):
            translate.reject_text(text, context, "the translation changes the HTML tags or links")
            translated = text
        _replace_inline(element, translated)
    return root


def to_html(root):
    """The children of ``root`` serialised as an HTML fragment."""
    parts = [html.escape(root.text or "", quote=False)]
    parts += [etree.tostring(child, method="html", encoding="unicode", with_tail=True) for child in root]
    return "".join(parts).strip() + "\n"


def static_links(root):
    """``/static/...`` targets of links and images under ``root``."""
    found = []
    for element in root.iter("a", "img"):
        target = element.get("href") or element.get("src") or ""
        if target.startswith("/static/"):
            found.append(target[len("/static/"):])
    return found


def page(path, translate, context, note=""):
    """The Markdown file at ``path`` rendered and translated: a ``<div>`` element."""
    root = render_markdown(path.read_text(encoding="utf-8"))
    return translate_tree(root, translate, context, source=rel(path), note=note)
