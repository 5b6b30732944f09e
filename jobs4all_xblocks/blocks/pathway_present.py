"""How the pathway is shown: template contexts and JSON built from the domain's status.

Shared by the pathway block (map, cohort, CPD record) and the Level-2 gate (what is still
missing). Labels are translated here; titles written by authors are shown as written.
"""
from django.utils.formats import number_format

from ..domain import pathway_eval as ev
from ..domain.frameworks import AREA_BY_CODE, LEVELS
from ..domain.pathway import MODES
from ..domain.problems import gettext_noop as N_

CSS = ("css/jobs4all.css", "css/pathway.css")
STATES = {
    ev.COMPLETED: (N_("Completed"), "●"),
    ev.IN_PROGRESS: (N_("In progress"), "◐"),
    ev.NOT_STARTED: (N_("Not started"), "○"),
    ev.NO_OUTCOMES: (N_("No outcomes in this course yet"), "–"),
}
RULES = {
    # xgettext:no-python-format
    (True, True): N_("Level 2 opens when you have achieved at least {threshold} % of the outcomes of areas {areas} "
                     "and submitted a reflective entry linked to each of these areas."),
    # xgettext:no-python-format
    (True, False): N_("Level 2 opens when you have achieved at least {threshold} % of the outcomes of areas {areas}."),
    (False, True): N_("Level 2 opens when you have submitted a reflective entry linked to each of the areas {areas}."),
}
OPEN_TO_ALL = N_("Level 2 is open to every learner.")


def hours_text(value):
    """Hours as the active language writes numbers: 3, 2.5 (2,5 in German)."""
    return number_format(int(value) if value == int(value) else value)


class PathwayPresenter:
    def __init__(self, block, config):
        self.block = block
        self.gettext = block.gettext
        self.config = config

    # ------------------------------------------------------------ labels
    def area_title(self, code):
        area = self.config.area(code)
        return area.title or self.gettext(AREA_BY_CODE[code].title)

    def rules_text(self):
        rules = self.config.rules
        if rules.open_to_all:
            return self.gettext(OPEN_TO_ALL)
        message = RULES[(rules.threshold > 0, rules.reflection_per_area)]
        return self.gettext(message).format(threshold=rules.threshold, areas=", ".join(rules.required_areas))

    def hours(self, area):
        return {"modes": [{"label": self.gettext(MODES[mode]), "value": hours_text(getattr(area, mode))}
                          for mode in MODES],
                "total": hours_text(area.hours)}

    def links(self, activities):
        return [{"title": activity.title, "url": self.block.link_to(activity.usage_key)} for activity in activities]

    # ------------------------------------------------------------ the map
    def area_config(self, config):
        return {"code": config.code, "title": self.area_title(config.code), "module": config.module,
                "optional": config.optional, "hours": self.hours(config)}

    def area(self, area):
        label, icon = STATES[area.state]
        return dict(self.area_config(area.config), state=area.state, state_label=self.gettext(label), icon=icon,
                    achieved=area.achieved, total=area.total, reflections=area.reflections,
                    percent=int(100 * area.achieved // area.total) if area.total else 0, required=area.required)

    def levels(self, status):
        return [{"level": level, "title": self.gettext(LEVELS[level]), "areas": [self.area(a) for a in areas],
                 "locked": level == 2 and not status.unlocked}
                for level, areas in status.levels()]

    # ------------------------------------------------------------ what is missing, what to do next
    def missing(self, status, activities):
        """What the learner still needs for Level 2, with links to where to do it."""
        missing = status.missing
        outcomes = [{"id": o.id, "title": o.title, "area": o.area,
                     "links": self.links(ev.work_activities(o.id, activities))} for o in missing.outcomes]
        reflections = [{"code": code, "title": self.area_title(code),
                        "links": self.links(ev.reflection_logs(status.area(code), activities))}
                       for code in missing.reflection_areas]
        return {
            "ready": status.ready, "unlocked": status.unlocked, "needed": missing.outcomes_needed,
            "outcomes": outcomes, "reflections": reflections, "achieved": status.achieved,
            "counted": status.counted, "required": status.needed, "threshold": status.threshold,
            "percent": status.percent, "rules": self.rules_text(),
        }

    def next_step(self, step):
        if step is None:
            return None
        context = {"kind": step.kind, "area": step.area, "area_title": self.area_title(step.area) if step.area else "",
                   "outcome": step.outcome, "link": None}
        if step.activity is not None:
            context["link"] = {"title": step.activity.title, "url": self.block.link_to(step.activity.usage_key)}
        return context

    # ------------------------------------------------------------ staff
    def cohort(self, cohort):
        rows = [{"code": area.code, "title": self.area_title(area.code), "level": area.level,
                 "completed": cohort.completed[area.code], "reflected": cohort.reflected[area.code],
                 "percent": cohort.share(cohort.completed[area.code])} for area in self.config.areas]
        return {"learners": cohort.learners, "unlocked": cohort.unlocked,
                "unlocked_percent": cohort.share(cohort.unlocked), "rows": rows}

    # ------------------------------------------------------------ data (mobile apps)
    def status_json(self, status, activities):
        step = self.next_step(ev.next_step(status, activities))
        missing = self.missing(status, activities)
        return {
            "unlocked": status.unlocked,
            "ready": status.ready,
            "rules": missing["rules"],
            "areas": [{key: value for key, value in self.area(area).items() if key not in ("hours", "icon")}
                      for area in status.areas],
            "missing": {"outcomes_needed": missing["needed"], "outcome_ids": [o["id"] for o in missing["outcomes"]],
                        "reflection_areas": [r["code"] for r in missing["reflections"]]},
            "next_step": {"kind": step["kind"], "area": step["area"],
                          "outcome_id": step["outcome"].id if step["outcome"] else None,
                          "url": step["link"]["url"] if step["link"] else None} if step else None,
        }
