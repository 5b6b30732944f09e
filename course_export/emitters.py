"""One function per component kind: append the component's OLX to its unit (``parent``).

Every emitter has the signature ``emit(parent, component, place, ctx)`` (see
:class:`course_export.olx.Place` and ``Context``) and is registered with
``@emitter(kind)``. Containers that wrap a unit's components (the Level-2 gate) are
registered in ``GATES`` and return the element the components go into.

Our blocks are written inline in the ``<vertical>``, as Studio exports them, using the
blocks' own OLX codecs. A block whose OLX format is not available yet, or that is not installed,
raises :class:`PendingBlock` (a ``NotImplementedError``): the builder leaves that component out and
says so (``--strict`` makes it an error); it never invents a format.
"""
from importlib.metadata import entry_points

from lxml import etree
from lxml.html import builder as E

from . import ASSESSMENT_TAG, GATE_TAG, LOM_TAG, PATHWAY_TAG, REFLECTIVE_LOG_TAG
from . import markup

EMITTERS = {}
GATES = {}
XBLOCK_FAMILY = "xblock.v1"


class PendingBlock(NotImplementedError):
    def __init__(self, tag):
        super().__init__(f"the OLX format of <{tag}> is not available yet")
        self.tag = tag


def emitter(kind, registry=EMITTERS):
    def register(function):
        registry[kind] = function
        return function
    return register


def installed(tag):
    """Whether ``tag`` is an installed XBlock (an ``xblock.v1`` entry point)."""
    return bool(entry_points(group="xblock.v1", name=tag))


def xblock_element(parent, tag, url_name, **attributes):
    """``<tag url_name=... xblock-family="xblock.v1" ...>`` appended to ``parent``.

    Raises :class:`PendingBlock` while the block is not installed: its codec alone does not
    make it importable (Open edX would turn the tag into an invisible block).
    """
    if not installed(tag):
        raise PendingBlock(tag)
    node = etree.SubElement(parent, tag, url_name=url_name)
    node.set("xblock-family", XBLOCK_FAMILY)
    for name, value in attributes.items():
        node.set(name, str(value))
    return node


def html_component(parent, url_name, display_name, body, ctx):
    """An ``html`` component: pointer in the unit, ``html/<url_name>.xml`` + ``.html``."""
    etree.SubElement(parent, "html", url_name=url_name)
    ctx.tree.write_xml(f"html/{url_name}.xml", etree.Element("html", filename=url_name, display_name=display_name))
    ctx.tree.write_text(f"html/{url_name}.html", body)


def _page_title(component, place, ctx):
    if not component.title:
        return place.title
    return ctx.translate(component.title, f"{place.section.label}/{component.value} title", comment="component title")


@emitter("page")
def page(parent, component, place, ctx):
    context = f"{place.section.label}/{component.value}"
    root = markup.page(component.path(), ctx.translate, context)
    ctx.static_links.extend((context, target) for target in markup.static_links(root))
    html_component(parent, place.url_name, _page_title(component, place, ctx), markup.to_html(root), ctx)


# ------------------------------------------------------------------ the module overview box
def outcome_texts(outcome, ctx):
    t = ctx.translate
    return (t(outcome["title"], f"LOM {outcome['id']} title", comment="learning outcome (LOM CSV)"),
            t(outcome["description"], f"LOM {outcome['id']} description", comment="learning outcome description"))


DOMAIN_LABELS = {"knowledge": "Knowledge", "skills": "Skills", "responsibility_autonomy": "Responsibility and autonomy"}


def domain_label(domain, ctx):
    return ctx.translate(DOMAIN_LABELS.get(domain, domain), "EQF domain", comment="EQF domain of a learning outcome")


def _overview_tree(section, ctx):
    t = ctx.translate
    module = section.module
    outcomes = {o["id"]: o for o in ctx.outcomes}
    area = t("This module covers area {area} of the JOBS4ALL pathway.", "module overview", flags=("python-brace-format",))
    paragraphs = [E.P(area.format(area=module.area))]
    if module.working_title:
        paragraphs.append(E.P(t("The title of this area is a working title.", "module overview")))
    items = []
    for outcome_id in module.outcomes:
        title, _ = outcome_texts(outcomes[outcome_id], ctx)
        level = t("{domain}, EQF level {level}", "module overview", flags=("python-brace-format",))
        items.append(E.LI(E.STRONG(outcome_id), " ", title, " (",
                          level.format(level=outcomes[outcome_id]["eqf_level"],
                                       domain=domain_label(outcomes[outcome_id]["eqf_domain"], ctx)), ")"))
    hours = module.hours
    hour_line = t("{hours} h", "module overview hours", comment="a number of hours", flags=("python-brace-format",))
    study = [(t("Face-to-face workshop", "module overview hours"), hours["face_to_face"]),
             (t("Self-directed study", "module overview hours"), hours["self_directed"]),
             (t("Assessment", "module overview hours"), hours["assessment"])]
    return E.DIV(
        E.CLASS("j4a-module-overview"),
        *paragraphs,
        E.H3(t("Learning outcomes of this module", "module overview")),
        E.UL(*items),
        E.H3(t("Study time", "module overview")),
        E.UL(*[E.LI(f"{label}: ", hour_line.format(hours=f"{value:g}")) for label, value in study]),
    )


@emitter("overview")
def overview(parent, component, place, ctx):
    if not place.section.module:
        raise ValueError(f"{place.url_name}: an overview belongs to a module")
    body = etree.tostring(_overview_tree(place.section, ctx), method="html", encoding="unicode") + "\n"
    title = ctx.translate("In this module", "module overview", comment="component title")
    html_component(parent, place.url_name, title, body, ctx)


# ------------------------------------------------------------------ our blocks
@emitter("lom")
def lom(parent, component, place, ctx):
    from jobs4all_xblocks.blocks.lom_olx import OutcomeCodec  # pylint: disable=import-outside-toplevel
    options = component.value if isinstance(component.value, dict) else {}
    name = ctx.translate(options.get("display_name", "Learning Outcomes Matrix"), "LOM display_name",
                         comment="title of the Learning Outcomes Matrix block")
    node = xblock_element(parent, LOM_TAG, place.url_name, display_name=name)
    outcomes = []
    for outcome in ctx.outcomes:
        title, description = outcome_texts(outcome, ctx)
        outcomes.append(dict(outcome, title=title, description=description))
    OutcomeCodec.encode(outcomes, node)


def translated_assessment(component, place, ctx):
    """The assessment source with every text translated (neutral format, see activities.py)."""
    from .activities import load_assessment  # pylint: disable=import-outside-toplevel
    data, _ = load_assessment(component.path())
    label = f"{place.section.label} assessment"

    def t(text, where, comment):
        return ctx.translate(" ".join(text.split()), f"{label} {where}", comment=comment, source=_rel(component))

    data["display_name"] = t(data["display_name"], "display_name", "assessment title")
    for item in data["items"]:
        where = item["id"]
        item["prompt"] = t(item["prompt"], f"{where} prompt", f"question ({item['type']})")
        item["explanation"] = t(item["explanation"], f"{where} explanation", "explanation shown after answering")
        for choice in item.get("choices", []):
            choice["text"] = t(choice["text"], f"{where} choice", "answer option")
            choice["feedback"] = t(choice["feedback"], f"{where} choice feedback", "feedback on this option")
        item["steps"] = [t(step, f"{where} step", "a step to put in order") for step in item.get("steps", [])]
        for pair in item.get("pairs", []):
            pair["left"] = t(pair["left"], f"{where} match term", "term to match")
            pair["right"] = t(pair["right"], f"{where} match partner", "partner of a term")
        item["distractors"] = [t(d, f"{where} match partner", "partner that matches no term")
                               for d in item.get("distractors", [])]
    return data


def translated_reflective_log(component, place, ctx):
    """The reflective-log source with every text translated."""
    from .activities import load_reflective_log  # pylint: disable=import-outside-toplevel
    data, _ = load_reflective_log(component.path())
    label = f"{place.section.label} reflective log"

    def t(text, where, comment):
        return ctx.translate(" ".join(text.split()), f"{label} {where}", comment=comment, source=_rel(component))

    data["display_name"] = t(data["display_name"], "display_name", "reflective log title")
    data["introduction"] = t(data["introduction"], "introduction", "introduction to the reflective log")
    for prompt in data["prompts"]:
        prompt["question"] = t(prompt["question"], f"{prompt['id']} question", "reflection prompt")
        prompt["guidance"] = t(prompt["guidance"], f"{prompt['id']} guidance", "guidance for the prompt")
    return data


def translated_pathway(ctx):
    """``content/pathway.yaml`` with its texts translated."""
    data = dict(ctx.course.pathway)
    source = "course_export/content/pathway.yaml"

    def t(text, where, comment):
        return ctx.translate(" ".join(str(text).split()), f"pathway {where}", comment=comment, source=source)

    data["display_name"] = t(data.get("display_name", "Your JOBS4ALL pathway"), "display_name", "pathway title")
    data["levels"] = [dict(level, title=t(level["title"], f"level {level['number']} title", "level title"))
                      for level in data.get("levels", [])]
    return data


def pathway_areas(data, ctx):
    """One area per module of the course: code, module label, blended hours, translated title."""
    areas = []
    for section in sorted((s for s in ctx.course.sections() if s.module), key=lambda s: s.module.area):
        module, hours = section.module, section.module.hours
        areas.append({"code": module.area, "module": f"M{module.number}", "hours_f2f": float(hours["face_to_face"]),
                      "hours_self": float(hours["self_directed"]), "hours_assessment": float(hours["assessment"]),
                      "optional": module.area in data.get("optional_areas", []),
                      "title": ctx.translate(section.title, f"{section.label} module title", comment="module title")})
    return areas


def _rel(component):
    from .source import rel  # pylint: disable=import-outside-toplevel
    return rel(component.path())


def paragraph_html(text):
    """Plain source text as one HTML paragraph (escaped by lxml)."""
    if not text:
        return ""
    return etree.tostring(E.P(text), method="html", encoding="unicode")


ITEM_TYPES = {"single_choice": "single", "multiple_response": "multiple", "ordering": "ordering",
              "matching": "matching", "confidence": "rating"}


def assessment_items(data):
    """Neutral items -> the item dicts of ``jobs4all_assessment`` (see its ``assessment_olx``)."""
    items = []
    for source in data["items"]:
        kind = ITEM_TYPES[source["type"]]
        item = {"id": source["id"], "type": kind, "prompt": paragraph_html(source["prompt"])}
        if kind != "rating":
            item["points"] = source["points"]
        item["outcomes"] = [{"id": outcome, "weight": weight} for outcome, weight in source["outcomes"].items()]
        if "choices" in source:
            item["choices"] = [{"id": f"c{n}", "text": c["text"], "correct": c["correct"],
                                "feedback": paragraph_html(c["feedback"])}
                               for n, c in enumerate(source["choices"], start=1)]
        if source.get("steps"):
            item["steps"] = [{"id": f"s{n}", "text": step} for n, step in enumerate(source["steps"], start=1)]
        if source.get("pairs"):
            item["pairs"] = [{"id": f"p{n}", "term": pair["left"], "match": pair["right"]}
                             for n, pair in enumerate(source["pairs"], start=1)]
            item["distractors"] = [{"id": f"d{n}", "text": text}
                                   for n, text in enumerate(source.get("distractors", []), start=1)]
        item["explanation"] = paragraph_html(source["explanation"])
        items.append(item)
    return items


@emitter("assessment")
def assessment(parent, component, place, ctx):
    """``<jobs4all_assessment>`` through the block's own codec (``blocks/assessment_olx.py``)."""
    data = translated_assessment(component, place, ctx)
    try:
        from jobs4all_xblocks.blocks.assessment_olx import ItemCodec  # pylint: disable=import-outside-toplevel
    except ImportError as missing:
        raise PendingBlock(ASSESSMENT_TAG) from missing
    node = xblock_element(parent, ASSESSMENT_TAG, place.url_name, display_name=data["display_name"])
    ItemCodec.encode(assessment_items(data), node)


@emitter("reflective_log")
def reflective_log(parent, component, place, ctx):
    """``<jobs4all_reflective_log>`` (custom prompts) through the block's own codecs."""
    data = translated_reflective_log(component, place, ctx)
    try:
        from jobs4all_xblocks.blocks.reflective_log_olx import (  # pylint: disable=import-outside-toplevel
            AllowedOutcomeCodec, ContextCodec, PromptCodec)
    except ImportError as missing:
        raise PendingBlock(REFLECTIVE_LOG_TAG) from missing
    node = xblock_element(parent, REFLECTIVE_LOG_TAG, place.url_name, display_name=data["display_name"],
                          framework="custom")
    ContextCodec.encode(paragraph_html(data["introduction"]), node)
    PromptCodec.encode([{"id": p["id"], "min_words": p["min_words"] or None, "max_words": p["max_words"] or None,
                         "text": p["question"], "guidance": p["guidance"]} for p in data["prompts"]], node)
    outcomes = list(dict.fromkeys(o for p in data["prompts"] for o in p["outcomes"]))
    AllowedOutcomeCodec.encode(outcomes, node)


@emitter("pathway")
def pathway(parent, component, place, ctx):
    """``<jobs4all_pathway>`` through the block's own codecs (``blocks/pathway_olx.py``)."""
    data = translated_pathway(ctx)
    try:
        from jobs4all_xblocks.blocks.pathway_olx import AreaCodec, RulesCodec  # pylint: disable=import-outside-toplevel
    except ImportError as missing:
        raise PendingBlock(PATHWAY_TAG) from missing
    node = xblock_element(parent, PATHWAY_TAG, place.url_name, display_name=data["display_name"])
    AreaCodec.encode(pathway_areas(data, ctx), node)
    RulesCodec.encode(dict(data.get("unlock") or {}), node)


@emitter("level2_gate", registry=GATES)
def level2_gate(vertical, place, ctx):
    """``<jobs4all_level2_gate>`` around a Level-2 unit's components (ordinary child elements)."""
    data = translated_pathway(ctx)
    title = next((level["title"] for level in data["levels"] if level["number"] == 2), place.title)
    return xblock_element(vertical, GATE_TAG, place.url_name, display_name=title)
