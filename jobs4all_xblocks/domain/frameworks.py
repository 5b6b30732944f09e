"""Fixed vocabularies of the JOBS4ALL methodology and the EU frameworks it uses.

Areas: the two-level employer-engagement pathway has six areas, 1.1-1.3 (Level 1) and
2.1-2.3 (Level 2). The published titles of areas 1.1 and 2.1 were not available to us; the
titles below are working titles that a course author can override on the pathway block.

EQF: learning outcomes are described in three domains (knowledge, skills, responsibility and
autonomy) on eight levels.
"""
from dataclasses import dataclass

from .problems import gettext_noop


@dataclass(frozen=True)
class Area:
    code: str
    title: str

    @property
    def level(self):
        return int(self.code.split(".")[0])


AREAS = (
    Area("1.1", gettext_noop("Foundations of VET-business partnership")),
    Area("1.2", gettext_noop("Strengthening inclusive VET")),
    Area("1.3", gettext_noop("Boosting digitalisation")),
    Area("2.1", gettext_noop("VET attractiveness, lifelong learning and employability")),
    Area("2.2", gettext_noop("Networking and lobbying")),
    Area("2.3", gettext_noop("Enhancing mobility and internationalisation")),
)
AREA_BY_CODE = {area.code: area for area in AREAS}
AREA_CODES = tuple(AREA_BY_CODE)

LEVELS = {
    1: gettext_noop("Level 1: supporting employers"),
    2: gettext_noop("Level 2: advising and partnering"),
}

KNOWLEDGE = "knowledge"
SKILLS = "skills"
RESPONSIBILITY_AUTONOMY = "responsibility_autonomy"
EQF_DOMAINS = {
    KNOWLEDGE: gettext_noop("Knowledge"),
    SKILLS: gettext_noop("Skills"),
    RESPONSIBILITY_AUTONOMY: gettext_noop("Responsibility and autonomy"),
}
# Spellings accepted on import (CSV files, older frameworks that still say "competence").
EQF_DOMAIN_ALIASES = {
    "k": KNOWLEDGE, "knowledge": KNOWLEDGE,
    "s": SKILLS, "skill": SKILLS, "skills": SKILLS,
    "ra": RESPONSIBILITY_AUTONOMY, "r/a": RESPONSIBILITY_AUTONOMY,
    "responsibility_autonomy": RESPONSIBILITY_AUTONOMY,
    "responsibility and autonomy": RESPONSIBILITY_AUTONOMY,
    "competence": RESPONSIBILITY_AUTONOMY, "c": RESPONSIBILITY_AUTONOMY,
}
EQF_LEVELS = range(1, 9)
