"""Downloadable toolkit templates: a Markdown source -> a standalone, printable HTML document.

The document opens in any browser (print it or save it as PDF) and in Word or LibreOffice
Writer, where it can be filled in and saved in the user's own format.
"""
from lxml import etree
from lxml.html import builder as E

from . import markup

STYLE = """
body { font-family: "Segoe UI", Arial, "DejaVu Sans", sans-serif; font-size: 11pt; line-height: 1.4;
       color: #1a1a1a; max-width: 60em; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 18pt; color: #163460; border-bottom: 2px solid #163460; padding-bottom: .2em; }
h2 { font-size: 14pt; color: #163460; margin-top: 1.6em; }
h3 { font-size: 12pt; }
table { border-collapse: collapse; width: 100%; margin: .6em 0 1.2em; page-break-inside: auto; }
th, td { border: 1px solid #555; padding: .35em .5em; vertical-align: top; text-align: left; }
th { background: #e8edf5; }
td { height: 2.2em; }
tr { page-break-inside: avoid; }
@media print { body { margin: 0; max-width: none; } h2 { page-break-after: avoid; } }
"""


def document(body, language):
    """The full HTML document around ``body`` (a ``<div>``); its first ``<h1>`` is the title."""
    heading = body.find(".//h1")
    title = heading.text_content().strip() if heading is not None else ""
    page = E.HTML(E.HEAD(E.META(charset="utf-8"),
                         E.META(name="viewport", content="width=device-width, initial-scale=1"),
                         E.TITLE(title), E.STYLE(STYLE)),
                  E.BODY(*body))
    page.set("lang", language)
    return "<!DOCTYPE html>\n" + etree.tostring(page, method="html", encoding="unicode") + "\n"


def render_download(download, section, ctx):
    """Write ``download`` translated to ``static/<file>``."""
    context = f"{section.label}/{download.source.relative_to(section.base).as_posix()}"
    body = markup.page(download.source, ctx.translate, context, note="downloadable template")
    ctx.tree.write_text(f"static/{download.file}", document(body, ctx.language))
