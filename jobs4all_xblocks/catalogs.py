"""Maintain the package's gettext catalogs: ``python -m jobs4all_xblocks.catalogs extract|compile|check``.

* ``extract``: collect the messages of Python code and templates (domain ``text``) and of
  JavaScript (domain ``textjs``) with Django's ``makemessages``, then merge them into
  ``translations/<lang>/LC_MESSAGES/<domain>.po`` with GNU gettext (no fuzzy guesses: a new
  message stays visibly untranslated until a translator handles it). The English catalogs are
  regenerated with msgstr = msgid.
* ``compile``: ``msgfmt --check`` every catalog into ``.mo`` and build the JavaScript catalogs
  ``static/js/translations/<lang>/textjs.js`` (django-statici18n, namespace ``Jobs4AllI18N``).
* ``check``: fail when a catalog has untranslated or fuzzy messages or when a compiled
  file is older than its source.

Needs Django settings (``make`` sets the demo's) and GNU gettext (Debian ``gettext``).
"""
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from .i18n import JS_DOMAIN, JS_NAMESPACE, LANGUAGES, TEXT_DOMAIN

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "jobs4all_xblocks"
TRANSLATIONS = ROOT / "translations"
JS_SOURCES = ROOT / "static" / "js"
JS_CATALOGS = JS_SOURCES / "translations"
IGNORE = ["demo/*", "static/*", "translations/*", "migrations/*", "catalogs.py", "__pycache__/*"]


def po_path(language, domain):
    return TRANSLATIONS / language / "LC_MESSAGES" / f"{domain}.po"


def _run(*command):
    subprocess.run(command, check=True)


def _make_pot(source_dir, django_domain, ignore):
    """Run makemessages in ``source_dir``; return the text of the resulting template."""
    import django  # pylint: disable=import-outside-toplevel
    from django.core.management import call_command  # pylint: disable=import-outside-toplevel
    from django.core.management.commands import makemessages  # pylint: disable=import-outside-toplevel
    from django.test.utils import override_settings  # pylint: disable=import-outside-toplevel

    class MakeMessages(makemessages.Command):
        # Blocks mark messages translated later (field labels, API errors) with N_ = gettext_noop.
        xgettext_options = [*makemessages.Command.xgettext_options, "--keyword=N_", "--keyword=ngettext_noop:1,2"]

    django.setup()
    previous = os.getcwd()
    with tempfile.TemporaryDirectory() as tmp:
        locale_dir = Path(tmp) / "locale"
        locale_dir.mkdir()
        try:
            os.chdir(source_dir)
            with override_settings(LOCALE_PATHS=[str(locale_dir)]):
                call_command(MakeMessages(), locale=["en"], domain=django_domain, keep_pot=True,
                             ignore_patterns=ignore, add_location="file", verbosity=0, symlinks=False)
        finally:
            os.chdir(previous)
        return (locale_dir / f"{django_domain}.pot").read_text(encoding="utf-8")


def _merge(pot_text, domain):
    with tempfile.NamedTemporaryFile("w", suffix=".pot", delete=False, encoding="utf-8") as pot:
        pot.write(pot_text.replace("charset=CHARSET", "charset=UTF-8")
                  .replace("Project-Id-Version: PACKAGE VERSION", "Project-Id-Version: jobs4all-xblocks"))
    try:
        for language in LANGUAGES:
            target = po_path(language, domain)
            target.parent.mkdir(parents=True, exist_ok=True)
            if language == "en" or not target.exists():
                _run("msginit", "--no-translator", "--no-wrap", "-l", language, "-i", pot.name, "-o", str(target))
            else:
                _run("msgmerge", "--quiet", "--update", "--backup=none", "--no-fuzzy-matching", "--no-wrap",
                     str(target), pot.name)
                _run("msgattrib", "--no-obsolete", "--no-wrap", "-o", str(target), str(target))
    finally:
        os.unlink(pot.name)


def extract():
    _merge(_make_pot(PACKAGE, "django", IGNORE), TEXT_DOMAIN)
    _merge(_make_pot(JS_SOURCES, "djangojs", ["translations/*"]), JS_DOMAIN)


def compile_catalogs():
    from django.test.utils import override_settings  # pylint: disable=import-outside-toplevel
    import django  # pylint: disable=import-outside-toplevel

    for language in LANGUAGES:
        for domain in (TEXT_DOMAIN, JS_DOMAIN):
            source = po_path(language, domain)
            _run("msgfmt", "--check", "-o", str(source.with_suffix(".mo")), str(source))
    django.setup()
    from statici18n.management.commands.compilejsi18n import Command  # pylint: disable=import-outside-toplevel
    with override_settings(LOCALE_PATHS=[str(TRANSLATIONS)]):
        for language in LANGUAGES:
            if language == "en":
                continue
            Command().handle(locale=language, domain=JS_DOMAIN, packages=["jobs4all_xblocks"],
                             outputdir=str(JS_CATALOGS), outputformat="js", namespace=JS_NAMESPACE, verbosity=0)


def problems():
    """Untranslated or fuzzy messages and stale compiled files, one line each."""
    found = []
    for language in LANGUAGES:
        for domain in (TEXT_DOMAIN, JS_DOMAIN):
            source = po_path(language, domain)
            result = subprocess.run(["msgfmt", "--statistics", "-o", os.devnull, str(source)],
                                    capture_output=True, text=True, check=False)
            stats = result.stderr.strip()
            if result.returncode or "untranslated" in stats or "fuzzy" in stats:
                found.append(f"{source.relative_to(ROOT)}: {stats}")
            compiled = source.with_suffix(".mo")
            if not compiled.exists() or compiled.stat().st_mtime < source.stat().st_mtime - 1:
                found.append(f"{compiled.relative_to(ROOT)}: missing or older than its .po (run make translations)")
    return found


def main(argv):
    command = argv[1] if len(argv) > 1 else ""
    if command == "extract":
        extract()
    elif command == "compile":
        compile_catalogs()
    elif command == "check":
        found = problems()
        print("\n".join(found) or "All catalogs complete and compiled.")
        return 1 if found else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
