"""Command line: ``python -m course_export build|extract|check`` (see ``--help``)."""
import argparse
import sys

from . import DIST, LANGUAGES, TARGET_LANGUAGES
from .build import IncompleteCatalog, ValidationFailed, build, display
from .source import SourceError


def _build(args):
    languages = list(LANGUAGES) if args.all else args.lang
    if not languages:
        print("Name a language with --lang xx, or use --all.", file=sys.stderr)
        return 2
    failed = 0
    notes_shown = False
    for language in languages:
        try:
            result = build(language, dist=args.dist, strict=args.strict)
        except (IncompleteCatalog, ValidationFailed) as error:
            print(error, file=sys.stderr)
            failed += 1
            continue
        except SourceError as error:
            print(error, file=sys.stderr)
            return 1
        print(result.line(), flush=True)
        if result.notes and not notes_shown:
            print("  note: " + "\n  note: ".join(result.notes))
            notes_shown = True
    return 1 if failed else 0


def _extract(_args):
    from .catalogs import extract  # pylint: disable=import-outside-toplevel
    pot_path, count = extract()
    print(f"{display(pot_path)}: {count} segments; merged into {', '.join(TARGET_LANGUAGES)}")
    return 0


def _check(_args):
    from .catalogs import status  # pylint: disable=import-outside-toplevel
    incomplete = 0
    for language in TARGET_LANGUAGES:
        catalog, asked = status(language)
        if catalog.missing or catalog.broken:
            incomplete += 1
            print(IncompleteCatalog(catalog, asked, action=""))
        else:
            print(f"{language}: complete ({asked} segments)")
    return 1 if incomplete else 0


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m course_export", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    build_parser = commands.add_parser("build", help="build importable archives (.tar.gz)")
    build_parser.add_argument("--lang", action="append", choices=LANGUAGES, default=[],
                              help="a language to build (repeatable)")
    build_parser.add_argument("--all", action="store_true", help="build every language")
    build_parser.add_argument("--dist", default=str(DIST), help="output folder (default: course_export/dist)")
    build_parser.add_argument("--strict", action="store_true",
                              help="fail instead of leaving out blocks whose OLX format is pending")
    build_parser.set_defaults(run=_build)
    commands.add_parser("extract", help="update translations/course.pot and the course.po catalogs"
                        ).set_defaults(run=_extract)
    commands.add_parser("check", help="list untranslated or fuzzy segments per language").set_defaults(run=_check)
    args = parser.parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
