"""A learner's progress through the matrix, ready for a view (LOM, pathway, CPD record)."""
from dataclasses import dataclass, field

from .frameworks import AREA_BY_CODE
from .mastery import ACHIEVED, IN_PROGRESS, NOT_STARTED


@dataclass(frozen=True)
class OutcomeProgress:
    outcome: object              # lom.Outcome
    mastery: object | None       # mastery.Mastery, None without evidence
    activities: tuple = ()       # where evidence for it can be earned

    @property
    def state(self):
        return self.mastery.state if self.mastery else NOT_STARTED

    @property
    def percent(self):
        if self.mastery is None or self.mastery.level is None:
            return None
        return int(round(self.mastery.level * 100))

    @property
    def self_rating(self):
        return self.mastery.self_rating if self.mastery else None

    @property
    def needs_work(self):
        return self.state != ACHIEVED


@dataclass(frozen=True)
class AreaProgress:
    code: str
    rows: tuple

    @property
    def level(self):
        return AREA_BY_CODE[self.code].level

    @property
    def achieved(self):
        return sum(1 for row in self.rows if row.state == ACHIEVED)


@dataclass(frozen=True)
class MatrixProgress:
    levels: tuple                # ((level, (AreaProgress, ...)), ...)
    counts: dict = field(default_factory=dict)

    @property
    def total(self):
        return sum(self.counts.values())

    @property
    def rows(self):
        return [row for _, areas in self.levels for area in areas for row in area.rows]


def matrix_progress(matrix, mastery_by_id, activities_by_id=None):
    """Group the outcomes by level and area with the learner's mastery of each."""
    activities_by_id = activities_by_id or {}
    counts = {NOT_STARTED: 0, IN_PROGRESS: 0, ACHIEVED: 0}
    levels = []
    for level, areas in matrix.by_level_and_area():
        area_rows = []
        for code, outcomes in areas:
            rows = tuple(OutcomeProgress(o, mastery_by_id.get(o.id), tuple(activities_by_id.get(o.id, ())))
                         for o in outcomes)
            for row in rows:
                counts[row.state] += 1
            area_rows.append(AreaProgress(code, rows))
        levels.append((level, tuple(area_rows)))
    return MatrixProgress(tuple(levels), counts)
