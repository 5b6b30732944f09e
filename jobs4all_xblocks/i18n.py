"""Translations of the package, the same in the LMS, Studio and the workbench.

Catalogs live in ``translations/<lang>/LC_MESSAGES/`` (plain codes: en, de, pl, pt, es, el):
``text`` for Python and templates, ``textjs`` for JavaScript (compiled to
``static/js/translations/<lang>/textjs.js``), ``course`` for the course content.
Region variants fall back to the plain language (de_DE -> de, pt_BR -> pt, es_419 -> es),
the way gettext expands locales. This mirrors edx-platform's lookup of a bundled
``translations/`` folder, so blocks translate identically in every runtime.
"""
import gettext
from importlib.resources import files

from django.utils.translation import get_language, to_locale

LANGUAGES = ("en", "de", "pl", "pt", "es", "el")
TEXT_DOMAIN = "text"
JS_DOMAIN = "textjs"
JS_NAMESPACE = "Jobs4AllI18N"
PACKAGE = files("jobs4all_xblocks")


def active_language():
    return get_language() or "en"


def translation(language=None, domain=TEXT_DOMAIN):
    """The gettext translation of ``domain`` for ``language`` (default: the active one)."""
    locale = to_locale(language or active_language())
    return gettext.translation(domain, str(PACKAGE / "translations"), [locale], fallback=True)


def js_catalog(language=None):
    """Package path of the JavaScript catalog for ``language``, or None (English needs none)."""
    language = language or active_language()
    for candidate in dict.fromkeys((to_locale(language), language.split("-")[0].split("_")[0].lower())):
        path = f"static/js/translations/{candidate}/{JS_DOMAIN}.js"
        if candidate != "en" and (PACKAGE / path).is_file():
            return path
    return None


def language_code(language=None):
    """The plain language of the catalog in use (``de`` for ``de-de``), for ``lang`` attributes."""
    base = (language or active_language()).replace("_", "-").split("-")[0].lower()
    return base if base in LANGUAGES else "en"
