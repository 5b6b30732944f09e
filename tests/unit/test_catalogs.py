"""Every catalog is complete, valid and compiled; no English is left in the five translations."""
import re
import shutil
import subprocess
from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("de", "pl", "pt", "es", "el")
DOMAINS = ("text", "textjs", "course")
# Words that are the same in the target language or must stay as they are (names, codes).
SAME_EVERYWHERE = {"CSV", "ECVET", "Europass", "DigComp", "DigCompEdu", "Erasmus+", "ID", "JOBS4ALL", "Moodle"}


PLACEHOLDER = re.compile(r"%\([a-z_]+\)s|\{[a-z_]+\}|<[^>]+>")


def words(text):
    """The real words of a message: no placeholders, tags, numbers or one-letter units."""
    return [w for w in re.findall(r"[^\W\d_]{2,}", PLACEHOLDER.sub(" ", text)) if w not in SAME_EVERYWHERE]


def catalog(language, domain):
    return polib.pofile(str(ROOT / "translations" / language / "LC_MESSAGES" / f"{domain}.po"))


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("domain", DOMAINS)
def test_catalog_is_complete(language, domain):
    po = catalog(language, domain)
    assert po.percent_translated() == 100, [e.msgid for e in po.untranslated_entries()][:10]
    assert po.fuzzy_entries() == []


@pytest.mark.skipif(not shutil.which("msgfmt"), reason="GNU gettext (msgfmt) is not installed")
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("domain", DOMAINS)
def test_msgfmt_check_passes(language, domain):
    path = ROOT / "translations" / language / "LC_MESSAGES" / f"{domain}.po"
    result = subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("domain", DOMAINS)
def test_no_english_left_behind(language, domain):
    left = [e.msgid for e in catalog(language, domain)
            if e.msgstr.strip() == e.msgid.strip() and len(words(e.msgid)) >= 2]
    assert left == []


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("domain", ("text", "textjs"))
def test_compiled_catalog_matches_its_source(language, domain):
    source = catalog(language, domain)
    compiled = polib.mofile(str(ROOT / "translations" / language / "LC_MESSAGES" / f"{domain}.mo"))
    expected = {(e.msgctxt, e.msgid): e.msgstr or e.msgstr_plural for e in source if e.translated()}
    found = {(e.msgctxt, e.msgid): e.msgstr or e.msgstr_plural for e in compiled if e.msgid}
    assert found == expected, "run `make translations` to recompile"
