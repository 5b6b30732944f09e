"""Page helpers shared by the browser tests: opening scenarios, keyboard-only answering,
the UI strings of a language, and the check that no English UI string shows in another language.
"""
import re
from functools import lru_cache
from pathlib import Path

import polib
from lxml import etree, html as lxml_html

from jobs4all_xblocks.demo.scenarios import FOLDER
from jobs4all_xblocks.i18n import translation

ROOT = Path(__file__).resolve().parents[2]
CATALOGS = ROOT / "translations"
BLOCKS = ".j4a"                       # the root element of every JOBS4ALL block (not the workbench chrome)


def block(block_type):
    """Selector of the workbench wrapper of every block of ``block_type``."""
    return f'.xblock-v1[data-block-type="{block_type}"]'


def open_scenario(page, server, scenario, student="student_1", view="", lang=""):
    """Open a workbench scenario (``view``: "" for the learner view, "studio_view", "author_view")."""
    query = f"?student={student}" + (f"&lang={lang}" if lang else "")
    page.goto(f"{server.url}/scenario/{scenario}/{view + '/' if view else ''}{query}")
    page.wait_for_selector(BLOCKS)


def reload(page):
    page.reload()
    page.wait_for_selector(BLOCKS)


def duplicate_ids(page):
    """Element ids that occur more than once on the page."""
    ids = page.eval_on_selector_all("[id]", "nodes => nodes.map(n => n.id)")
    return sorted({i for i in ids if ids.count(i) > 1})


def script_errors(page, expected=()):
    """Console and script errors, except failed requests the test provoked (``expected`` statuses)."""
    pattern = "|".join(f"status of {status}" for status in expected)
    return [e for e in page.console_errors if not (pattern and re.search(pattern + r"|net::ERR_FAILED", e))]


def focused(page, attribute):
    """An attribute of the element that has the keyboard focus."""
    return page.evaluate("name => document.activeElement && document.activeElement.getAttribute(name)", attribute)


# ------------------------------------------------------------ answering with the keyboard
def steps(question):
    return [text.strip() for text in question.locator(".j4a-step-text").all_inner_texts()]


def order_with_keyboard(page, question, wanted, move_up="Move up"):
    """Bring the steps of an ordering question into ``wanted`` order with the Move up buttons and Enter."""
    for position, text in enumerate(wanted):
        while steps(question).index(text) > position:
            current = steps(question).index(text)
            question.locator(".j4a-step").nth(current).get_by_role("button", name=move_up).focus()
            page.keyboard.press("Enter")


def match_with_keyboard(page, question, pairs):
    """Answer a matching question with the keyboard only: Tab from term to term, arrow keys in each list.

    ``pairs``: ``{term: partner}`` in the order of the terms on the page."""
    selects = question.locator("select")
    selects.first.focus()
    for index, (term, partner) in enumerate(pairs.items()):
        select = selects.nth(index)
        assert question.get_by_label(term, exact=True).evaluate("(node, other) => node === other",
                                                                 select.element_handle())
        assert focused(page, "id") == select.get_attribute("id")
        page.keyboard.press("Home")
        for _ in range(select.locator("option").count()):
            if select.evaluate("s => s.options[s.selectedIndex].text") == partner:
                break
            page.keyboard.press("ArrowDown")
        assert select.evaluate("s => s.options[s.selectedIndex].text") == partner
        if index + 1 < len(pairs):
            page.keyboard.press("Tab")


# ------------------------------------------------------------ the UI in a language
def _fill(text, values):
    for name, value in values.items():
        text = text.replace(f"%({name})s", str(value)).replace("{" + name + "}", str(value))
    return text.replace("%%", "%")


class UI:
    """The blocks' UI strings in ``lang``, from the compiled catalogs the server uses.

    ``ui("Submit entry")``; ``ui("Continue writing “%(title)s”", title="x")``; ``ui.n(singular,
    plural, count, **values)``; ``ui.pattern("Saved at {time}")`` is a regular expression."""

    def __init__(self, lang):
        self.lang = lang
        self.domains = (translation(lang, "text"), translation(lang, "textjs"))

    def _get(self, msgid):
        for domain in self.domains:
            found = domain.gettext(msgid)
            if found != msgid:
                return found
        return msgid

    def __call__(self, msgid, **values):
        return _fill(self._get(msgid), values)

    def n(self, singular, plural, count, **values):
        for domain in self.domains:
            found = domain.ngettext(singular, plural, count)
            if found not in (singular, plural):
                return _fill(found, dict(values, count=count))
        return _fill(singular if count == 1 else plural, dict(values, count=count))

    def pattern(self, msgid):
        parts = re.split(r"(%\(\w+\)s|\{\w+\})", self._get(msgid))
        return re.compile("^" + "".join(".+?" if i % 2 else re.escape(p) for i, p in enumerate(parts)) + "$")


# ------------------------------------------------------------ no English UI strings in another language
PLACEHOLDER = re.compile(r"\{\w*\}|%\(\w+\)[sd]|%[sd]|<[^>]+>")
EDGE = " \t\n:;,.!?“”\"'‘’()–-—…/"
VISIBLE_TEXT = """roots => {
  const visible = node => node && node.checkVisibility({visibilityProperty: true});
  const parts = [];
  for (const root of roots) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      const parent = text.parentElement;
      if (!parent || ['SCRIPT', 'STYLE', 'TEMPLATE'].includes(parent.tagName)) continue;
      if (visible(parent.tagName === 'OPTION' ? parent.closest('select') : parent)) parts.push(text.textContent);
    }
    for (const node of root.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
      if (!visible(node)) continue;
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
        if (node.hasAttribute(name)) parts.push(node.getAttribute(name));
      }
    }
  }
  return parts.join(' ');
}"""


def _normal(text):
    return " ".join(text.replace("\u00a0", " ").split())


def _fragments(msgid):
    """The literal parts of a message (placeholders and tags cut out) with two words or more."""
    for part in PLACEHOLDER.split(msgid.replace("%%", "%")):
        part = _normal(part).strip(EDGE)
        if len(part.split()) >= 2 and re.search(r"[A-Za-z]{2}", part):
            yield part


@lru_cache(maxsize=None)
def english_fragments():
    """``{fragment: msgid}`` of every message of the English catalogs (text.po, textjs.po)."""
    found = {}
    for domain in ("text", "textjs"):
        for entry in polib.pofile(str(CATALOGS / "en" / "LC_MESSAGES" / f"{domain}.po")):
            for msgid in (entry.msgid, entry.msgid_plural):
                for fragment in _fragments(msgid or ""):
                    found.setdefault(fragment, msgid)
    return found


@lru_cache(maxsize=None)
def target_text(lang):
    """Every translation of the ``lang`` catalogs, normalised: English text kept by the translators
    (such as "CSV" or "EQF level 5" where a language keeps it) is not an English leftover."""
    texts = []
    for domain in ("text", "textjs"):
        for entry in polib.pofile(str(CATALOGS / lang / "LC_MESSAGES" / f"{domain}.po")):
            texts.append(entry.msgstr)
            texts.extend(entry.msgstr_plural.values())
    return _normal("\n".join(texts))


@lru_cache(maxsize=None)
def author_text(scenario_file):
    """The author's content of a demo scenario (course text in English, not UI): its text and attributes."""
    tree = etree.fromstring((FOLDER / scenario_file).read_bytes())
    parts = []
    for node in tree.iter():
        if not isinstance(node.tag, str):
            continue
        parts.extend(node.attrib.values())
        for text in (node.text, node.tail):
            if text and "<" in text:
                parts.append(lxml_html.fromstring(f"<div>{text}</div>").text_content())
            elif text:
                parts.append(text)
    return _normal("\n".join(parts))


def english_in(text, lang, scenario_file):
    """The English UI strings (catalog fragments of two words or more) that occur in ``text``."""
    text = _normal(text)
    authored, kept = author_text(scenario_file), target_text(lang)
    return sorted(fragment for fragment in english_fragments()
                  if fragment in text and fragment not in authored and fragment not in kept)


def english_on_page(page, lang, scenario_file, scope=BLOCKS):
    """The English UI strings visible (or read out) in the blocks of the page."""
    text = page.eval_on_selector_all(scope, VISIBLE_TEXT)
    return english_in(text, lang, scenario_file)


def text_of_html(document):
    """The text of an HTML document (its title and body)."""
    tree = lxml_html.fromstring(document)
    return " ".join([tree.findtext(".//title") or "", tree.body.text_content()])


def broken_references(page):
    """Labels and ARIA references of the blocks that point to no element, or to an element of another block."""
    return page.eval_on_selector_all(BLOCKS, """roots => {
      const broken = [];
      for (const root of roots) {
        const wrapper = root.closest('.xblock-v1') || root;
        for (const node of root.querySelectorAll('[for], [aria-labelledby], [aria-describedby], [aria-controls]')) {
          for (const name of ['for', 'aria-labelledby', 'aria-describedby', 'aria-controls']) {
            for (const id of (node.getAttribute(name) || '').split(/\\s+/).filter(Boolean)) {
              const target = document.getElementById(id);
              if (!target || !wrapper.contains(target)) broken.push(`${name}="${id}"`);
            }
          }
        }
      }
      return broken;
    }""")
