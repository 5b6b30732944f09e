"""The JOBS4ALL CPD course: content source -> one importable Open edX archive per language.

    python -m course_export build --lang de      # or --all; writes course_export/dist/*.tar.gz
    python -m course_export extract              # segments -> translations/course.pot -> course.po
    python -m course_export check                # which catalogs are incomplete

The source format is described in ``course_export/content/README.md``. Modules, one job each:
``source`` (YAML -> course model), ``activities`` (assessment and reflective-log YAML),
``checks`` (rules across the source), ``translate`` (English / catalog / recording
translators), ``markup`` (Markdown -> translated HTML), ``catalogs`` (POT/PO maintenance),
``olx`` (the OLX tree), ``emitters`` (one function per component kind), ``toolkit``
(downloadable templates), ``validate`` (olxcleaner + our blocks' ``parse_xml``), ``archive``
(reproducible tar.gz) and ``build`` (one language, end to end).
"""
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
ROOT = PACKAGE_DIR.parent
CONTENT = PACKAGE_DIR / "content"
DIST = PACKAGE_DIR / "dist"
TRANSLATIONS = ROOT / "translations"
SOURCE_LANGUAGE = "en"
TARGET_LANGUAGES = ("de", "pl", "pt", "es", "el")
LANGUAGES = (SOURCE_LANGUAGE, *TARGET_LANGUAGES)
DOMAIN = "course"

# Tags of our XBlocks, as listed in every run's advanced_modules.
LOM_TAG = "jobs4all_lom"
ASSESSMENT_TAG = "jobs4all_assessment"
REFLECTIVE_LOG_TAG = "jobs4all_reflective_log"
PATHWAY_TAG = "jobs4all_pathway"
GATE_TAG = "jobs4all_level2_gate"
OUR_TAGS = (LOM_TAG, ASSESSMENT_TAG, REFLECTIVE_LOG_TAG, PATHWAY_TAG, GATE_TAG)
