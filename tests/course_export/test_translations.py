"""Course catalogs: extraction, refusal of incomplete languages, builds from a complete catalog."""
import json
import subprocess

import polib
import pytest

from course_export import TARGET_LANGUAGES, TRANSLATIONS
from course_export.build import IncompleteCatalog, build
from course_export.catalogs import collect, extract, template
from course_export.markup import signature


@pytest.fixture(scope="module")
def segments():
    return collect()


def test_segments_cover_pages_structure_outcomes_and_activities(segments):
    contexts = {segment.context for segment in segments}
    texts = {segment.text for segment in segments}
    assert {"course chapter start_here", "m1 unit concepts", "m1/concepts.md", "start/pathway.md",
            "m1/toolkit/partner-map.md", "LOM LO-1.1 title", "LOM LO-6.4 description"} <= contexts
    assert "Map and prioritise potential employer partners" in texts
    assert any(s.context == "m1 assessment m1-q1 choice" and s.text == "Time" for s in segments)
    assert any(s.context == "m1 reflective log m1-r1 guidance" for s in segments)
    assert any(s.context.startswith("pathway ") for s in segments)
    assert all(s.text == " ".join(s.text.split()) for s in segments), "segments are single-line"
    assert len({(s.context, s.text) for s in segments}) == len(segments)


def test_extract_writes_the_template_and_merges_every_language(tmp_path, segments):
    pot_path, count = extract(translations=tmp_path)
    assert count == len(segments)
    pot = polib.pofile(str(pot_path))
    assert len(pot) == count and all(entry.msgctxt for entry in pot)
    for language in TARGET_LANGUAGES:
        po = polib.pofile(str(tmp_path / language / "LC_MESSAGES" / "course.po"))
        assert po.metadata["Language"] == language
        assert len(po.untranslated_entries()) == count
    # A translation survives a re-extraction; nothing becomes fuzzy.
    po_path = tmp_path / "de" / "LC_MESSAGES" / "course.po"
    po = polib.pofile(str(po_path))
    po.find("Start here", msgctxt="course chapter start_here").msgstr = "Hier beginnen"
    po.save()
    extract(translations=tmp_path)
    po = polib.pofile(str(po_path))
    assert po.find("Start here", msgctxt="course chapter start_here").msgstr == "Hier beginnen"
    assert not po.fuzzy_entries()


def test_repository_catalogs_are_in_sync_and_pass_msgfmt_check(segments):
    pot = polib.pofile(str(TRANSLATIONS / "course.pot"))
    assert {(e.msgctxt, e.msgid) for e in pot} == {(s.context, s.text) for s in segments}, \
        "translations/course.pot is out of date: run `python -m course_export extract`"
    for language in TARGET_LANGUAGES:
        path = TRANSLATIONS / language / "LC_MESSAGES" / "course.po"
        subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(path)], check=True, capture_output=True)
        assert {(e.msgctxt, e.msgid) for e in polib.pofile(str(path)) if not e.obsolete} == \
            {(e.msgctxt, e.msgid) for e in pot}


def fake_translation(text):
    """A stand-in translation that keeps the markup."""
    return "⟦de⟧ " + text


def write_catalog(folder, segments, language="de", skip=0, fuzzy=0):
    target = folder / language / "LC_MESSAGES" / "course.po"
    target.parent.mkdir(parents=True, exist_ok=True)
    po = template(segments)
    po.metadata["Language"] = language
    for index, entry in enumerate(po):
        if index < skip:
            continue
        entry.msgstr = fake_translation(entry.msgid)
        if index < skip + fuzzy:
            entry.flags.append("fuzzy")
    po.save(str(target))
    return target


def test_english_always_builds_even_without_catalogs(tmp_path):
    assert build("en", dist=tmp_path / "dist", translations=tmp_path / "none").path.is_file()


def test_incomplete_language_is_refused_naming_what_is_missing(tmp_path, segments):
    write_catalog(tmp_path, segments, skip=3, fuzzy=2)
    with pytest.raises(IncompleteCatalog) as raised:
        build("de", dist=tmp_path / "dist", translations=tmp_path)
    message = str(raised.value)
    assert f"5 of {len(segments)} segments untranslated or fuzzy" in message
    assert "missing [course chapter start_here] Start here" in message
    assert len(raised.value.missing) == 5
    assert not (tmp_path / "dist" / "jobs4all-cpd-de.tar.gz").exists()


def test_complete_language_builds_its_own_run(tmp_path, segments):
    write_catalog(tmp_path, segments)
    result = build("de", dist=tmp_path / "dist", translations=tmp_path, keep=tmp_path / "course")
    assert result.run == "2026_DE" and result.path.name == "jobs4all-cpd-de.tar.gz"
    course = tmp_path / "course"
    settings = json.loads((course / "policies" / "2026_DE" / "policy.json").read_text())["course/2026_DE"]
    assert settings["language"] == "de" and settings["display_name"].startswith("⟦de⟧ ")
    page = (course / "html" / "m1_concepts_2.html").read_text(encoding="utf-8")
    assert "<h2>⟦de⟧ Why start with the partnership itself</h2>" in page
    assert '⟦de⟧ <a href="/static/' in (course / "html" / "m1_apply_1.html").read_text(encoding="utf-8")
    assert '<html lang="de">' in (course / "static" / "jobs4all-m1-partner-map.html").read_text(encoding="utf-8")
    lom = (course / "vertical" / "outcomes_lom.xml").read_text(encoding="utf-8")
    assert "<title>⟦de⟧ Map and prioritise potential employer partners</title>" in lom
    assessment = (course / "vertical" / "m1_reflect.xml").read_text(encoding="utf-8")
    assert "<text>⟦de⟧ Time</text>" in assessment


def test_translation_that_breaks_markup_is_refused(tmp_path, segments):
    target = write_catalog(tmp_path, segments)
    po = polib.pofile(str(target))
    entry = next(e for e in po if 'href="/static/' in e.msgid)
    entry.msgstr = "⟦de⟧ without the link"
    po.save()
    with pytest.raises(IncompleteCatalog) as raised:
        build("de", dist=tmp_path / "dist", translations=tmp_path)
    assert "with changed HTML tags" in str(raised.value) and "broken" in str(raised.value)


def test_cli_check_reports_each_language():
    result = subprocess.run([".venv/bin/python", "-m", "course_export", "check"], capture_output=True, text=True,
                            check=False, cwd=str(TRANSLATIONS.parent))
    lines = [line for line in result.stdout.splitlines() if not line.startswith(" ")]
    assert [line.split(":")[0] for line in lines] == list(TARGET_LANGUAGES)
    complete = all(": complete (" in line for line in lines)
    assert result.returncode == (0 if complete else 1)
