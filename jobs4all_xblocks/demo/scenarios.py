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


def scenario_keys(title, block_type, index=0):
    """``(course key, usage key)`` the workbench gives the ``index``-th ``block_type`` of the
    scenario called ``title`` (for seeding demo data into it)."""
    from django.template.defaultfilters import slugify  # pylint: disable=import-outside-toplevel
    slug = slugify(title)
    return "workbench:" + slug, f"{slug}.{block_type}.d{index}.u0"
