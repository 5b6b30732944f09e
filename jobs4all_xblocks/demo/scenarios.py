"""Workbench scenarios of the JOBS4ALL blocks, kept as XML files in ``scenarios/``.

A file ``<block>-<n>-<slug>.xml`` starts with a comment line ``<!-- title -->``; each
scenario page counts as one course (see ``IdentityMixin.course_key``).
"""
from importlib.resources import files

FOLDER = files("jobs4all_xblocks") / "demo" / "scenarios"


def load(block):
    """``[(title, xml), ...]`` of the scenarios whose file name starts with ``block-``."""
    scenarios = []
    for path in sorted((p for p in FOLDER.iterdir() if p.name.startswith(block + "-") and p.name.endswith(".xml")),
                       key=lambda p: p.name):
        xml = path.read_text(encoding="utf-8")
        first = xml.split("\n", 1)[0].strip()
        title = first[4:-3].strip() if first.startswith("<!--") else path.stem
        scenarios.append((title, xml.split("\n", 1)[1] if first.startswith("<!--") else xml))
    return scenarios
