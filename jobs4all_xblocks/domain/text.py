"""Text hygiene: author HTML through an allow-list sanitiser, HTML to plain text.

Learner text is never HTML: templates escape it. Author HTML (guidance, explanations,
feedback) is sanitised with ``nh3`` (the maintained successor of ``bleach``) before it is
stored and again before it is shown.
"""
import html

import nh3

ALLOWED_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "caption", "code", "dd", "dl", "dt", "em", "h3", "h4",
    "h5", "h6", "hr", "i", "img", "li", "ol", "p", "pre", "q", "s", "small", "span", "strong",
    "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul",
}
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title", "hreflang", "lang"},
    "abbr": {"title"},
    "img": {"src", "alt", "width", "height"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan", "scope"},
    "*": {"lang", "dir"},
}
URL_SCHEMES = {"http", "https", "mailto"}


def sanitize_html(value):
    """Author HTML reduced to a safe allow-list (no scripts, handlers, styles or iframes)."""
    return nh3.clean(
        value or "",
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer",
        strip_comments=True,
    )


def html_to_text(value):
    """The readable text of an HTML fragment, whitespace folded."""
    stripped = nh3.clean(value or "", tags=set(), clean_content_tags={"script", "style"})
    return " ".join(html.unescape(stripped).split())


# A cell starting with one of these is a formula in Excel or LibreOffice ("CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_cell(value):
    """``value`` as CSV cell text that a spreadsheet shows as text, never runs as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text
