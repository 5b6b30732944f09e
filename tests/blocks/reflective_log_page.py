"""A course page with a Learning Outcomes Matrix and a reflective log, for the block tests."""
import html as html_lib
import re
from dataclasses import dataclass

import pytest
from lxml import etree

from jobs4all_xblocks import evidence
from jobs4all_xblocks.blocks.reflective_log_olx import AllowedOutcomeCodec, ContextCodec, PromptCodec
from jobs4all_xblocks.demo.services import anonymous_id

COURSE = "log-course"
COURSE_KEY = "workbench:" + COURSE
ROLFE = ("what", "so_what", "now_what")


def words(count, word="practice"):
    return " ".join(f"{word}{n}" for n in range(count))


def answers(count=25, prompts=ROLFE):
    """Answers long enough for Rolfe's default limits (20 to 400 words)."""
    return {prompt_id: words(count, prompt_id.replace("_", "")) for prompt_id in prompts}


def log_xml(prompts=(), allowed=("LO-1.1", "LO-1.2", "LO-1.3"), context="<p>Think of one employer.</p>",
            **attributes):
    attributes = {"display_name": "Module 1 log", "framework": "rolfe", "required_entries": "2",
                  **{key: str(value) for key, value in attributes.items()}}
    node = etree.Element("jobs4all_reflective_log", **attributes)
    ContextCodec.encode(context, node)
    PromptCodec.encode(list(prompts), node)
    AllowedOutcomeCodec.encode(list(allowed), node)
    return etree.tostring(node, encoding="unicode")


def text_of(html):
    """The visible text of an HTML fragment, whitespace folded (what a reader sees)."""
    text = " ".join(html_lib.unescape(re.sub(r"<[^>]+>", " ", html)).split())
    return re.sub(r" ([,.;:)])", r"\1", text)


@dataclass
class LogPage:
    workbench: object
    lom: str
    log: str
    course_key: str = COURSE_KEY

    def call(self, handler, data=None, student="student_1", **kwargs):
        return self.workbench.call(self.log, handler, data, student=student, **kwargs)

    def save(self, student="student_1", entry_id=None, version=0, **fields):
        payload = {"entry_id": entry_id, "version": version, "title": "My entry", "answers": answers(),
                   "outcome_ids": ["LO-1.1"], **fields}
        return self.call("save_draft", payload, student=student)

    def submit(self, student="student_1", entry_id=None, version=0, **fields):
        payload = {"entry_id": entry_id, "version": version, "title": "My entry", "answers": answers(),
                   "outcome_ids": ["LO-1.1"], **fields}
        return self.call("submit_entry", payload, student=student)

    def render(self, student="student_1", lang="en"):
        return self.workbench.render(self.log, student=student, lang=lang)

    def block(self, student="student_1"):
        return self.workbench.block(self.log, student)

    def entries(self, student="student_1"):
        return evidence.reflection_entries(self.course_key, self.log, anonymous_id(student))

    def evidence(self, student="student_1"):
        return [(r.outcome_id, r.kind, r.attempt, r.score)
                for r in evidence.learner_evidence(self.course_key, anonymous_id(student))]

    def mastery(self, student="student_1"):
        return {outcome_id: m.state for outcome_id, m in evidence.learner_mastery(self.course_key, anonymous_id(student)).items()}


def make_page(workbench, with_lom=True, course=COURSE, **log_options):
    lom = "<jobs4all_lom/>" if with_lom else ""
    root = workbench.load(f"<vertical_demo>{lom}{log_xml(**log_options)}</vertical_demo>", course=course)
    page = LogPage(workbench, workbench.child(root, "jobs4all_lom") if with_lom else None,
                   workbench.child(root, "jobs4all_reflective_log"), "workbench:" + course)
    if with_lom:
        workbench.render(page.lom, student="staff_1")  # the LOM publishes the course's outcomes
    return page


@pytest.fixture
def page(workbench):
    return make_page(workbench)
