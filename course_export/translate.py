"""Translators: the builder asks one for every translatable segment it writes.

* :class:`English` returns the source text;
* :class:`Recorder` also remembers every segment (that is how ``extract`` finds them: it
  runs the real build, so exactly what reaches an archive is extracted);
* :class:`Catalog` looks segments up in ``translations/<lang>/LC_MESSAGES/course.po`` and
  remembers what is missing (untranslated, fuzzy or absent) or broken (markup changed).

A segment is identified by ``(context, text)``: the context names its place, such as
``m1/concepts.md`` or ``m1 assessment m1-q1 choice``.
"""
from dataclasses import dataclass

import polib

from . import DOMAIN, SOURCE_LANGUAGE, TRANSLATIONS


@dataclass(frozen=True)
class Segment:
    context: str
    text: str
    comment: str = ""          # for translators: what the segment is
    source: str = ""           # the source file it comes from
    flags: tuple = ()          # gettext flags, e.g. ("python-brace-format",)


def po_path(language, translations=TRANSLATIONS):
    return translations / language / "LC_MESSAGES" / f"{DOMAIN}.po"


class English:
    language = SOURCE_LANGUAGE

    def __call__(self, text, context, comment="", source="", flags=()):
        return self.lookup(Segment(context, text, comment, source, tuple(flags)))

    def lookup(self, segment):
        return segment.text

    def reject(self, segment, reason):
        """The translation of ``segment`` cannot be used (see :class:`Catalog`)."""
        raise AssertionError(f"English text rejected: {reason}: {segment.text[:80]}")

    def reject_text(self, text, context, reason):
        self.reject(Segment(context, text), reason)


class Recorder(English):
    def __init__(self):
        self.segments = {}

    def lookup(self, segment):
        key = (segment.context, segment.text)
        if segment.text and key not in self.segments:
            self.segments[key] = segment
        return segment.text


class Catalog(English):
    def __init__(self, language, translations=TRANSLATIONS):
        self.language = language
        self.path = po_path(language, translations)
        self.missing = {}
        self.broken = {}
        self.entries = {}
        if self.path.exists():
            for entry in polib.pofile(str(self.path), wrapwidth=0):
                if entry.msgstr and not entry.fuzzy and not entry.obsolete:
                    self.entries[(entry.msgctxt or "", entry.msgid)] = entry.msgstr

    def lookup(self, segment):
        if not segment.text:
            return segment.text
        key = (segment.context, segment.text)
        if key in self.entries:
            return self.entries[key]
        self.missing.setdefault(key, segment)
        return segment.text

    def reject(self, segment, reason):
        self.broken.setdefault((segment.context, segment.text), reason)


def translator_for(language, translations=TRANSLATIONS):
    return English() if language == SOURCE_LANGUAGE else Catalog(language, translations)
