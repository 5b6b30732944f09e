"""The matrix speaks the learner's language, with region variants falling back correctly."""
import re

import pytest

from jobs4all_xblocks import i18n

ENGLISH_UI = ["Learning outcome", "Your mastery", "Self-rating", "Next step", "Level 1: supporting employers",
              "EQF domain and level"]


@pytest.fixture
def lom(workbench):
    return workbench.child(workbench.load('<vertical_demo><jobs4all_lom/></vertical_demo>', course="i18n"),
                           "jobs4all_lom")


@pytest.mark.parametrize("language, catalog", [("de-de", "de"), ("pt-br", "pt"), ("es-419", "es"), ("el", "el"),
                                               ("pl", "pl")])
def test_learner_view_is_translated(workbench, lom, language, catalog):
    html = workbench.render(lom, lang=language)
    translation = i18n.translation(catalog)
    for text in ENGLISH_UI:
        translated = translation.gettext(text)
        assert translated != text, f"{text!r} has no {catalog} translation"
        assert translated in html.replace("&#x27;", "'")
        assert f">{text}<" not in html
    assert f'lang="{catalog}"' in html


@pytest.mark.parametrize("language", ["de", "el"])
def test_editor_loads_the_javascript_catalog(workbench, lom, language):
    fragment = workbench.fragment(lom, view="studio_view", student="staff_1", lang=language)
    urls = [resource.data for resource in fragment.resources if resource.kind == "url"]
    assert any(url.endswith(f"static/js/translations/{language}/textjs.js") for url in urls)
    assert urls.index(next(u for u in urls if "translations" in u)) < urls.index(
        next(u for u in urls if u.endswith("jobs4all-common.js")))


def test_english_needs_no_catalog_and_unknown_languages_fall_back_to_english(workbench, lom):
    assert i18n.js_catalog("en") is None and i18n.js_catalog("fr") is None
    html = workbench.render(lom, lang="fr")
    assert "Your mastery" in html and 'lang="en"' in html


def test_javascript_catalogs_define_the_namespace():
    for language in ("de", "pl", "pt", "es", "el"):
        text = (i18n.PACKAGE / i18n.js_catalog(language)).read_text(encoding="utf-8")
        assert "global.Jobs4AllI18N = Jobs4AllI18N" in text
        assert re.search(r'"Move \{name\} up": "[^"]+"', text)
