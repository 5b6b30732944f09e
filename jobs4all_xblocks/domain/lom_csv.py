"""CSV import and export of a Learning Outcomes Matrix.

Two formats are read:

* the JOBS4ALL format written by :func:`export_csv` (header ``id,title,description,module,
  area,level,eqf_domain,eqf_level,ecvet_unit``; extra or reordered columns are fine);
* Moodle's competency-framework CSV (``tool_lpimportcsv``: ``Parent ID number, ID number,
  Short name, Description, ...``), so that an institution can bring an existing framework.
  Leaf competencies become outcomes; grouping competencies above them give the module
  (top-level ID number) and, when their ID number or name carries an area code such as
  ``1.2``, the JOBS4ALL area. What Moodle does not know (area, EQF domain and level) comes
  from defaults the author chooses in the editor.

Commas, semicolons and tabs are all accepted as separators (spreadsheets in de/pl/es/pt
often write semicolons); a UTF-8 byte-order mark is ignored.
"""
import csv
import io
import re

from .frameworks import AREA_BY_CODE, KNOWLEDGE, RESPONSIBILITY_AUTONOMY, SKILLS
from .lom import parse_matrix
from .problems import DomainError, ProblemList, gettext_noop
from .text import html_to_text

COLUMNS = ("id", "title", "description", "module", "area", "level", "eqf_domain", "eqf_level", "ecvet_unit")
MAX_CSV_BYTES = 1_000_000

HEADER_ALIASES = {
    "lo id": "id", "outcome id": "id", "id": "id",
    "title": "title", "outcome": "title", "learning outcome": "title",
    "description": "description", "module": "module", "area": "area", "level": "level",
    "eqf_domain": "eqf_domain", "domain": "eqf_domain", "dom": "eqf_domain", "eqf domain": "eqf_domain",
    "eqf_level": "eqf_level", "eqf": "eqf_level", "eqf level": "eqf_level",
    "ecvet_unit": "ecvet_unit", "ecvet unit": "ecvet_unit", "ecvet": "ecvet_unit",
}
MOODLE_REQUIRED = ("ID number", "Short name")
MOODLE_TAXONOMY_DOMAINS = {
    "skill": SKILLS, "practice": SKILLS, "proficiency": SKILLS,
    "behaviour": RESPONSIBILITY_AUTONOMY, "behavior": RESPONSIBILITY_AUTONOMY, "value": RESPONSIBILITY_AUTONOMY,
}
AREA_IN_TEXT = re.compile(r"(?<![\d.])([12]\.[123])(?![\d])")
EQF_IN_TEXT = re.compile(r"\bEQF[\s-]*([1-8])\b", re.IGNORECASE)


def export_csv(matrix):
    """The matrix as CSV text in the JOBS4ALL format (UTF-8, comma-separated)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for o in matrix.outcomes:
        writer.writerow([o.id, o.title, o.description, o.module, o.area, o.level, o.eqf_domain,
                         o.eqf_level, o.ecvet_unit])
    return out.getvalue()


def _reader(text):
    if len(text.encode("utf-8")) > MAX_CSV_BYTES:
        raise DomainError.single(gettext_noop("The CSV file is larger than {limit} MB."), limit=1)
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise DomainError.single(gettext_noop("The CSV file is empty."))
    first_line = text.splitlines()[0]
    try:
        dialect = csv.Sniffer().sniff(first_line, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return csv.DictReader(io.StringIO(text), dialect=dialect)


def is_moodle(fieldnames):
    return all(name in (fieldnames or []) for name in MOODLE_REQUIRED)


def import_csv(text, *, default_area="", default_domain=KNOWLEDGE, default_eqf_level=5):
    """A :class:`~.lom.Matrix` from CSV text in either format; raises DomainError."""
    reader = _reader(text)
    try:
        rows = list(reader)
    except csv.Error as error:
        raise DomainError.single(gettext_noop("The CSV file cannot be read: {error}."), error=str(error))
    if is_moodle(reader.fieldnames):
        return parse_matrix(moodle_rows(rows, default_area=default_area, default_domain=default_domain,
                                        default_eqf_level=default_eqf_level))
    mapping = {}
    for name in reader.fieldnames or []:
        key = HEADER_ALIASES.get((name or "").strip().lower())
        if key:
            mapping[name] = key
    if "id" not in mapping.values() or "title" not in mapping.values():
        raise DomainError.single(gettext_noop(
            "The CSV file needs a header row with at least the columns id and title "
            "(or a Moodle competency framework export)."))
    outcomes = []
    for row in rows:
        if not any((value or "").strip() for value in row.values() if isinstance(value, str)):
            continue  # blank line
        outcome = {key: row.get(name, "") for name, key in mapping.items()}
        outcome.setdefault("area", default_area)
        outcome.setdefault("eqf_domain", default_domain)
        outcome.setdefault("eqf_level", default_eqf_level)
        outcomes.append(outcome)
    return parse_matrix(outcomes)


def moodle_rows(rows, *, default_area="", default_domain=KNOWLEDGE, default_eqf_level=5):
    """Outcome dicts from the rows of a Moodle competency-framework CSV."""
    problems = ProblemList()
    taxonomies = []
    competencies = {}
    order = []
    for line, row in enumerate(rows, start=2):
        if (row.get("Is framework") or "").strip() == "1":
            taxonomies = [t.strip().lower() for t in (row.get("Taxonomy") or "").split(",")]
            continue
        number = (row.get("ID number") or "").strip()
        if not number:
            continue
        competencies[number] = dict(row, _line=line)
        order.append(number)
    parents = {n: (competencies[n].get("Parent ID number") or "").strip() for n in order}
    has_children = {p for p in parents.values() if p}

    def ancestors(number):
        chain, seen = [], {number}
        while parents.get(number) and parents[number] in competencies and parents[number] not in seen:
            number = parents[number]
            seen.add(number)
            chain.append(number)
        return chain

    outcomes = []
    for number in order:
        if number in has_children:
            continue
        row = competencies[number]
        lineage = [number] + ancestors(number)
        labels = [f"{n} {competencies[n].get('Short name') or ''}" for n in lineage]
        area = next((m.group(1) for label in labels for m in [AREA_IN_TEXT.search(label)]
                     if m and m.group(1) in AREA_BY_CODE), default_area)
        eqf = next((m.group(1) for label in labels for m in [EQF_IN_TEXT.search(label)] if m),
                   default_eqf_level)
        depth = len(lineage) - 1
        taxonomy = taxonomies[depth] if depth < len(taxonomies) else ""
        description = row.get("Description") or ""
        if (row.get("Description format") or "1").strip() == "1":
            description = html_to_text(description)
        if not area:
            problems.add(gettext_noop(
                'Line {line}: the JOBS4ALL area of competency "{value}" is unknown; '
                "choose a default area for the import."), line=row["_line"], value=number)
        outcomes.append({
            "id": number,
            "title": (row.get("Short name") or "").strip(),
            "description": description.strip(),
            "module": lineage[-1] if len(lineage) > 1 else "",
            "area": area,
            "eqf_domain": MOODLE_TAXONOMY_DOMAINS.get(taxonomy, default_domain),
            "eqf_level": eqf,
        })
    if not outcomes and not problems:
        problems.add(gettext_noop("The Moodle framework contains no competencies."))
    problems.raise_if_any()
    return outcomes
