"""Build one language: source -> checks -> OLX tree -> validation -> reproducible archive."""
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from . import CONTENT, DIST, ROOT, TRANSLATIONS
from .archive import pack
from .checks import check_course
from .olx import Context, Tree, write_course
from .outcomes import load_outcomes
from .source import load_course
from .translate import Catalog, translator_for
from .validate import block_errors, missing_static, olx_errors

SHOWN_MISSING = 5


class IncompleteCatalog(Exception):
    """A language's catalog lacks translations (or has broken ones): the builder refuses it."""

    def __init__(self, catalog, asked, action="refusing to build: "):
        self.language = catalog.language
        self.missing = list(catalog.missing.values())
        self.broken = dict(catalog.broken)
        lines = [f"{self.language}: {action}{display(catalog.path)} has "
                 f"{len(self.missing)} of {asked} segments untranslated or fuzzy"
                 + (f" and {len(self.broken)} with changed HTML tags" if self.broken else "")]
        for segment in self.missing[:SHOWN_MISSING]:
            lines.append(f"    missing [{segment.context}] {shorten(segment.text)}")
        if len(self.missing) > SHOWN_MISSING:
            lines.append(f"    ... and {len(self.missing) - SHOWN_MISSING} more (run `python -m course_export check`)")
        for (context, text), reason in list(self.broken.items())[:SHOWN_MISSING]:
            lines.append(f"    broken  [{context}] {shorten(text)}: {reason}")
        super().__init__("\n".join(lines))


class ValidationFailed(Exception):
    def __init__(self, language, problems):
        self.language = language
        self.problems = problems
        super().__init__(f"{language}: the archive is not valid:\n    " + "\n    ".join(problems))


@dataclass
class Result:
    language: str
    run: str
    path: Path
    sha256: str
    units: int
    components: int
    omitted: list = field(default_factory=list)
    notes: list = field(default_factory=list)

    def line(self):
        pending = ""
        if self.omitted:
            tags = sorted({tag for tag, _ in self.omitted})
            pending = f"; left out {len(self.omitted)} pending block(s): {', '.join(tags)}"
        return (f"{self.language}: {display(self.path)}  run {self.run}, {self.units} units, "
                f"{self.components} components, sha256 {self.sha256[:16]}{pending}")


def display(path):
    try:
        return str(Path(path).resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def shorten(text, width=90):
    return text if len(text) <= width else text[:width - 1] + "…"


class CountingCatalog(Catalog):
    """A catalog that also counts the distinct segments asked for."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.asked = set()

    def lookup(self, segment):
        if segment.text:
            self.asked.add((segment.context, segment.text))
        return super().lookup(segment)


def render(language, folder, translate, *, content=CONTENT, strict=False):
    """Write the run of ``language`` into ``folder``; returns the :class:`Context` used."""
    course = load_course(content)
    outcomes = load_outcomes()
    notes = check_course(course, outcomes)
    ctx = Context(course=course, language=language, translate=translate, tree=Tree(folder),
                  outcomes=outcomes, strict=strict)
    write_course(ctx)
    ctx.notes = course.notes + notes
    return ctx


def build(language, *, dist=DIST, content=CONTENT, translations=TRANSLATIONS, strict=False, keep=None):
    """Build ``dist/jobs4all-cpd-<language>.tar.gz``; returns a :class:`Result`.

    Raises :class:`IncompleteCatalog`, :class:`ValidationFailed` or ``SourceError``.
    ``keep``: a folder to keep the unpacked ``course/`` tree in (for tests and inspection).
    """
    translate = translator_for(language, translations)
    if isinstance(translate, Catalog):
        translate = CountingCatalog(language, translations)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(keep) if keep else Path(tmp) / "course"
        if folder.exists():
            shutil.rmtree(folder)
        ctx = render(language, folder, translate, content=content, strict=strict)
        if isinstance(translate, Catalog) and (translate.missing or translate.broken):
            raise IncompleteCatalog(translate, len(translate.asked))
        problems = olx_errors(folder) + block_errors(folder) + missing_static(folder, ctx.static_links)
        if problems:
            raise ValidationFailed(language, problems)
        target = Path(dist) / f"jobs4all-cpd-{language}.tar.gz"
        digest = pack(folder, target)
        units = len(list((folder / "vertical").glob("*.xml")))
        components = sum(len(element) for element in _verticals(folder))
    return Result(language=language, run=ctx.run, path=target, sha256=digest, units=units,
                  components=components, omitted=ctx.omitted, notes=ctx.notes)


def _verticals(folder):
    from lxml import etree  # pylint: disable=import-outside-toplevel
    return [etree.parse(str(path)).getroot() for path in sorted((folder / "vertical").glob("*.xml"))]
