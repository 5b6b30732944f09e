"""The course's outcomes: the foundation's LOM CSV is their single source."""
from importlib.resources import files

from jobs4all_xblocks.domain.lom_csv import import_csv

LOM_CSV = "data/jobs4all_lom.csv"


def load_outcomes():
    """The outcomes as dicts (id, title, description, module, area, level, eqf_domain, ...), in CSV order."""
    text = files("jobs4all_xblocks").joinpath(LOM_CSV).read_text(encoding="utf-8")
    return import_csv(text).as_dicts()


def by_id(outcomes):
    return {outcome["id"]: outcome for outcome in outcomes}
