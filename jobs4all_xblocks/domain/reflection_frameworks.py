"""Reflection frameworks a reflective log can be built on, and the prompts of each.

* Gibbs' reflective cycle (1988): description, feelings, evaluation, analysis, conclusion,
  action plan;
* Rolfe, Freshwater and Jasper (2001): What? So what? Now what?;
* Kolb's experiential learning cycle (1984): concrete experience, reflective observation,
  abstract conceptualisation, active experimentation;
* free prompts: one open prompt with a few optional starter questions;
* custom: the author writes the prompts.

The texts below are English templates marked for translation: a log built on a framework
speaks the learner's language. An author may override the word limits (and, if wanted, the
wording) of a framework's prompts without turning the log into a custom one.
"""
from dataclasses import dataclass

from .problems import gettext_noop

GIBBS = "gibbs"
ROLFE = "rolfe"
KOLB = "kolb"
FREE = "free"
CUSTOM = "custom"

# A maximum of 0 means "no maximum".
DEFAULT_MIN_WORDS = 20
DEFAULT_MAX_WORDS = 400


@dataclass(frozen=True)
class Prompt:
    id: str
    text: str
    guidance: str = ""
    min_words: int = 0
    max_words: int = 0
    builtin: bool = False        # text and guidance are translatable framework templates

    def as_dict(self):
        return {"id": self.id, "text": self.text, "guidance": self.guidance,
                "min_words": self.min_words, "max_words": self.max_words}


@dataclass(frozen=True)
class Framework:
    key: str
    name: str
    description: str
    prompts: tuple = ()


def _prompt(prompt_id, text, guidance, min_words=DEFAULT_MIN_WORDS, max_words=DEFAULT_MAX_WORDS):
    return Prompt(prompt_id, text, guidance, min_words, max_words, builtin=True)


FRAMEWORKS = {
    GIBBS: Framework(GIBBS, gettext_noop("Gibbs' reflective cycle"), gettext_noop(
        "Six steps from what happened to what you will do if it happens again."), (
        _prompt("description", gettext_noop("Description: what happened?"), gettext_noop(
            "Describe the situation briefly: where and when it was, who was involved and what you and "
            "the others did.")),
        _prompt("feelings", gettext_noop("Feelings: what were you thinking and feeling?"), gettext_noop(
            "Note your reactions at the time and afterwards. What did you think then, and what do you "
            "think about it now?")),
        _prompt("evaluation", gettext_noop("Evaluation: what was good and what was bad about the experience?"),
                gettext_noop("What went well and what went less well, and for whom: you, the learner, "
                             "the employer?")),
        _prompt("analysis", gettext_noop("Analysis: what sense can you make of the situation?"), gettext_noop(
            "Why did it go this way? Link it to what you learned in this module, for example the qualities "
            "of a lasting partnership or the challenges employers report.")),
        _prompt("conclusion", gettext_noop("Conclusion: what else could you have done?"), gettext_noop(
            "What have you learned? What would you do differently in the same situation?")),
        _prompt("action_plan", gettext_noop("Action plan: if it arose again, what would you do?"), gettext_noop(
            "Name concrete steps, with whom and by when.")),
    )),
    ROLFE: Framework(ROLFE, gettext_noop("What? So what? Now what? (Rolfe)"), gettext_noop(
        "Three questions: describe, make sense of it, decide what to do next."), (
        _prompt("what", gettext_noop("What? Describe the situation."), gettext_noop(
            "What happened, what was your role, and what was the problem or the achievement?")),
        _prompt("so_what", gettext_noop("So what? What does it mean?"), gettext_noop(
            "What does it tell you about your practice, your relationships with employers or your "
            "learners? What have you learned?")),
        _prompt("now_what", gettext_noop("Now what? What will you do next?"), gettext_noop(
            "What will you do now, what do you need for it, and how will you know that it worked?")),
    )),
    KOLB: Framework(KOLB, gettext_noop("Kolb's experiential learning cycle"), gettext_noop(
        "From a concrete experience to a conclusion you will try out in practice."), (
        _prompt("experience", gettext_noop("Concrete experience: what did you do?"), gettext_noop(
            "Describe one experience from your practice as it happened.")),
        _prompt("observation", gettext_noop("Reflective observation: what did you notice?"), gettext_noop(
            "Look back at the experience from different points of view: yours, the learner's, the "
            "employer's. What stands out?")),
        _prompt("conceptualisation", gettext_noop("Abstract conceptualisation: what do you conclude?"),
                gettext_noop("Which ideas, models or rules explain what you noticed? What general lesson "
                             "do you draw?")),
        _prompt("experimentation", gettext_noop("Active experimentation: what will you try?"), gettext_noop(
            "Plan how you will test your conclusion in your practice, and when.")),
    )),
    FREE: Framework(FREE, gettext_noop("Free reflection"), gettext_noop(
        "One open prompt; the starter questions are optional."), (
        _prompt("reflection", gettext_noop("Your reflection"), gettext_noop(
            "Write freely about an experience from your practice that this module made you think about. "
            "You may use these questions: What happened? Why does it matter? What will you do next?"),
            min_words=50, max_words=1000),
    )),
    CUSTOM: Framework(CUSTOM, gettext_noop("Custom prompts"), gettext_noop(
        "Prompts written by the course author."), ()),
}
