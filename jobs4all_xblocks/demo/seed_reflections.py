"""Sample entries for the scenario "JOBS4ALL: Reflective log, module 2 (trainer review ...)".

``python -m jobs4all_xblocks.demo.seed_reflections`` (also run by ``python -m
jobs4all_xblocks.demo.seed``, i.e. ``make run``) writes entries of five sample learners
through the same evidence API the block uses: some await feedback, one has feedback and a
judgement, one learner has two entries and a private draft. It runs once per course.
"""
from datetime import timedelta

import django
from . import scenarios

SCENARIO_TITLE = "JOBS4ALL: Reflective log, module 2 (trainer review with several learners)"

WHAT, SO_WHAT, NOW_WHAT = "what", "so_what", "now_what"
SAMPLES = (
    {"student": "learner_01", "days_ago": 9, "title": "Amir's placement at the bakery",
     "outcomes": ["LO-2.3", "LO-2.4"],
     "answers": {
         WHAT: "Amir, a young refugee in our bakery course, lost his placement after two weeks. The owner said he "
               "was often late and did not understand instructions given quickly during the morning rush.",
         SO_WHAT: "The barrier on the employer side was time pressure and no one to explain tasks. On our side we had "
                  "not prepared the owner at all and had not checked Amir's bus connection at five in the morning.",
         NOW_WHAT: "Next time I will visit the company before the start, agree a contact person, and plan the first "
                   "week with written task cards in simple language. I will also check transport with the learner."},
     "feedback": "A very honest analysis. The written task cards are a good idea; think also about a short check-in "
                 "call with the owner at the end of week one, before problems grow.",
     "judgements": {"LO-2.3": "demonstrated", "LO-2.4": "partly"}},
    {"student": "learner_02", "days_ago": 5, "title": "Workshop for the garage owners",
     "outcomes": ["LO-2.2"],
     "answers": {
         WHAT: "I presented recognition of prior learning to three garage owners. They liked the idea but asked "
               "who pays for the assessment and how long it takes, and I could not answer precisely.",
         SO_WHAT: "Employers want concrete costs and timelines. Principles alone do not convince them; examples of "
                  "learners who were validated quickly would have helped much more than my slides.",
         NOW_WHAT: "I will prepare a one-page sheet with the costs, the steps and two short success stories, and "
                   "offer a second meeting to the owner who showed the most interest."}},
    {"student": "learner_03", "days_ago": 3, "title": "Gender balance in the electrician course",
     "outcomes": ["LO-2.1", "LO-2.4"],
     "answers": {
         WHAT: "Only one woman is in our electrician course this year. Two companies told me openly that they "
               "prefer male apprentices because of the physical work on building sites.",
         SO_WHAT: "The prejudice is about participants, not about the work itself. I realised that I did not "
                  "challenge the statement because I wanted to keep the companies as partners.",
         NOW_WHAT: "I will invite a female electrician from a partner company to our next employer meeting and "
                   "ask her to talk about her first year on building sites."}},
    {"student": "learner_04", "days_ago": 1, "title": "Guidance interview with Marta",
     "outcomes": ["LO-2.3"],
     "answers": {
         WHAT: "Marta has a hearing impairment and wants to work in a hotel kitchen. The first employer we asked "
               "said the kitchen is too loud and hectic for her to follow instructions safely.",
         SO_WHAT: "The employer saw only risks. I did not know which simple adjustments exist, such as visual "
                  "signals or a fixed buddy, so I could not offer a solution in the conversation.",
         NOW_WHAT: "I will ask our inclusion counsellor for a list of adjustments and go back to the employer with "
                   "a concrete proposal for a two-week trial with a buddy."}},
    {"student": "learner_02", "days_ago": 0, "title": "Follow-up with the interested garage",
     "outcomes": ["LO-2.2", "LO-2.3"],
     "answers": {
         WHAT: "I met the garage owner again with the one-page sheet. He agreed to take one adult learner whose "
               "mechanical experience from abroad will be validated during the placement.",
         SO_WHAT: "Concrete information changed the conversation completely. The owner was mainly afraid of "
                  "paperwork, and the sheet showed him that our centre does most of it.",
         NOW_WHAT: "I will share the sheet with my colleagues and collect two more success stories for it by the "
                   "end of the month."}},
)
DRAFT = {"student": "learner_05", "title": "Notes on a difficult call",
         "answers": {WHAT: "A draft the trainer must not see: it has not been submitted."}}


def scenario_keys():
    """(course key, usage key) of the log in the trainer-review scenario."""
    return scenarios.scenario_keys(SCENARIO_TITLE, "jobs4all_reflective_log")


def seed():
    """Write the sample entries once; returns the number of entries written."""
    # pylint: disable=import-outside-toplevel
    from django.utils import timezone

    from .. import evidence
    from ..blocks.lom import DEFAULT_OUTCOMES
    from ..domain.lom import parse_matrix
    from ..domain.mastery import MasteryConfig
    from ..domain.reflection_entries import Draft
    from ..domain.reflection_frameworks import FRAMEWORKS, ROLFE
    from ..models import ReflectionEntry
    from .services import anonymous_id

    course_key, usage_key = scenario_keys()
    if ReflectionEntry.objects.filter(course_key=course_key).exists():
        return 0
    if evidence.course_lom(course_key).matrix is None:
        evidence.publish_matrix(course_key, "workbench:seed", parse_matrix(DEFAULT_OUTCOMES), MasteryConfig())
    prompts = [(prompt.id, prompt.text) for prompt in FRAMEWORKS[ROLFE].prompts]
    now = timezone.now()
    trainer = anonymous_id("staff_1")
    for sample in SAMPLES:
        when = now - timedelta(days=sample["days_ago"], hours=2)
        saved = evidence.save_reflection(
            course_key=course_key, usage_key=usage_key, learner_id=anonymous_id(sample["student"]), entry_id=None,
            base_version=0, draft=Draft(sample["title"], sample["answers"], tuple(sample["outcomes"])),
            prompts=prompts, submit=True, when=when)
        if sample.get("feedback"):
            evidence.review_reflection(
                course_key=course_key, usage_key=usage_key, entry_id=saved.entry.id, base_version=saved.entry.version,
                trainer_id=trainer, feedback=sample["feedback"], judgements=sample["judgements"],
                when=when + timedelta(days=1))
    evidence.save_reflection(
        course_key=course_key, usage_key=usage_key, learner_id=anonymous_id(DRAFT["student"]), entry_id=None,
        base_version=0, draft=Draft(DRAFT["title"], DRAFT["answers"]), prompts=prompts, when=now)
    return len(SAMPLES) + 1


if __name__ == "__main__":
    django.setup()
    written = seed()
    print(f"Reflective log demo: {written} sample entries written." if written
          else "Reflective log demo entries already present.")
