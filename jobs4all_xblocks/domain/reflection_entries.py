"""Entries of a reflective log: their lifecycle, the learner's input and the trainer's review.

Lifecycle::

    draft --submit--> submitted --feedback--> reviewed (read-only)
      ^  autosave        |  edit = re-submit, history kept
      '-- delete         '-- the trainer may add feedback and revise judgements later

* A draft is saved as often as the learner likes (autosave); only the size is limited.
* Submitting checks the word limits of every prompt (and, if the author wants it, that an
  outcome is linked) and records *reflection* evidence for the linked outcomes.
* A submitted entry can still be edited (each save re-submits it and keeps the previous
  version in its history) until a trainer gives feedback; then it is read-only.
* Every save names the version it was based on. A save based on an older version (another
  tab saved in between) or on an entry that became read-only never overwrites anything: its
  text is kept as a new draft, so nothing the learner wrote is lost.
"""
from dataclasses import dataclass, field

from .problems import ProblemList, gettext_noop
from .reflection import WORDS_EMPTY, WORDS_LONG, WORDS_SHORT, count_words, word_status

DRAFT = "draft"
SUBMITTED = "submitted"
REVIEWED = "reviewed"
STATUSES = {
    DRAFT: gettext_noop("Draft"),
    SUBMITTED: gettext_noop("Submitted, awaiting feedback"),
    REVIEWED: gettext_noop("Feedback received"),
}
EDITABLE = frozenset({DRAFT, SUBMITTED})
SHARED_WITH_STAFF = (SUBMITTED, REVIEWED)

NOT_YET = "not_yet"
PARTLY = "partly"
DEMONSTRATED = "demonstrated"
JUDGEMENTS = {
    NOT_YET: gettext_noop("Not yet demonstrated"),
    PARTLY: gettext_noop("Partly demonstrated"),
    DEMONSTRATED: gettext_noop("Demonstrated"),
}
JUDGEMENT_SCORES = {NOT_YET: 0.0, PARTLY: 0.5, DEMONSTRATED: 1.0}

MAX_TITLE = 200
MAX_ANSWER_CHARS = 30000
MAX_FEEDBACK_CHARS = 10000
MAX_ENTRIES = 100

# What a save does (see :func:`save_action`).
UPDATE = "update"
UNCHANGED = "unchanged"
COPY = "copy"


def answer_pairs(prompts, answers):
    """``[(question, answer), ...]`` in the order of the prompts an entry was written for."""
    asked = dict(prompts)
    order = [prompt_id for prompt_id, _ in prompts] + [p for p in answers if p not in asked]
    return [(asked.get(prompt_id, prompt_id), answers.get(prompt_id, "")) for prompt_id in order]


@dataclass(frozen=True)
class Feedback:
    trainer_id: str
    text: str
    created: object
    entry_version: int = 0


@dataclass(frozen=True)
class Judgement:
    outcome_id: str
    judgement: str
    trainer_id: str
    updated: object

    @property
    def score(self):
        return JUDGEMENT_SCORES[self.judgement]


@dataclass(frozen=True)
class Revision:
    """A version of an entry as it was submitted."""
    version: int
    title: str
    answers: dict
    outcome_ids: tuple
    prompts: tuple
    saved_at: object

    def answer_pairs(self):
        return answer_pairs(self.prompts, self.answers)


@dataclass(frozen=True)
class Entry:
    id: int
    learner_id: str
    usage_key: str
    title: str
    status: str
    answers: dict
    outcome_ids: tuple
    prompts: tuple               # ((prompt id, question as the learner saw it), ...)
    version: int
    created: object
    updated: object
    submitted_at: object = None
    feedback_at: object = None
    feedback: tuple = ()
    judgements: tuple = ()
    history: tuple = ()          # earlier submitted versions, newest first

    @property
    def editable(self):
        return self.status in EDITABLE

    @property
    def deletable(self):
        return self.status == DRAFT

    @property
    def shared(self):
        """Visible to course staff (drafts are the learner's own)."""
        return self.status in SHARED_WITH_STAFF

    def judgement_of(self, outcome_id):
        return next((j.judgement for j in self.judgements if j.outcome_id == outcome_id), "")

    def answer_pairs(self):
        return answer_pairs(self.prompts, self.answers)


@dataclass(frozen=True)
class Draft:
    """What the learner sent, checked: the title, one answer per prompt, linked outcomes."""
    title: str
    answers: dict = field(default_factory=dict)
    outcome_ids: tuple = ()

    def same_as(self, entry):
        return (self.title, self.answers, tuple(self.outcome_ids)) == (entry.title, entry.answers,
                                                                          tuple(entry.outcome_ids))


def _text(value):
    return "" if value is None else str(value)


def clean_draft(raw, prompts, linkable):
    """A :class:`Draft` from the learner's input; raises DomainError listing every problem.

    ``prompts`` are the log's prompts (questions in the learner's language), ``linkable`` the
    outcome ids the learner may link. Only the size of the text is limited here: a draft may
    be short, long or empty.
    """
    problems = ProblemList()
    title = _text(raw.get("title")).strip()
    if len(title) > MAX_TITLE:
        problems.add(gettext_noop("The title is longer than {limit} characters."), field="title", limit=MAX_TITLE)
    answers_raw = raw.get("answers") or {}
    if not isinstance(answers_raw, dict):
        problems.add(gettext_noop("The answers must be a set of named texts."), field="answers")
        answers_raw = {}
    known = {prompt.id: prompt for prompt in prompts}
    answers = {}
    for prompt_id, value in answers_raw.items():
        if not isinstance(value, str):
            problems.add(gettext_noop("Every answer must be text."), field=str(prompt_id))
            continue
        if prompt_id not in known:
            if value.strip():
                problems.add(gettext_noop("The questions of this log have changed since you opened the page. "
                                          "Copy your text, then reload the page."), field="answers")
            continue
        if len(value) > MAX_ANSWER_CHARS:
            problems.add(gettext_noop('Your answer to "{prompt}" has {count} characters; at most {limit} can be '
                                      'saved. It was not saved: please shorten it (your text is still here).'),
                         field=prompt_id, prompt=known[prompt_id].text, count=len(value), limit=MAX_ANSWER_CHARS)
            continue
        if value.strip():
            answers[prompt_id] = value
    outcomes_raw = raw.get("outcome_ids") or []
    if not isinstance(outcomes_raw, list):
        problems.add(gettext_noop("The linked outcomes must be a list."), field="outcome_ids")
        outcomes_raw = []
    outcome_ids = []
    for value in outcomes_raw:
        if not isinstance(value, str) or value not in linkable:
            problems.add(gettext_noop('The outcome "{value}" cannot be linked to entries of this log.'),
                         field="outcome_ids", value=_text(value)[:40])
        elif value not in outcome_ids:
            outcome_ids.append(value)
    problems.raise_if_any()
    ordered = [o for o in linkable if o in outcome_ids]
    return Draft(title=title, answers={p.id: answers[p.id] for p in prompts if p.id in answers},
                 outcome_ids=tuple(ordered))


def check_submission(draft, prompts, require_outcome=False):
    """Raise DomainError unless ``draft`` may be submitted (word limits, linked outcome)."""
    problems = ProblemList()
    for prompt in prompts:
        count = count_words(draft.answers.get(prompt.id, ""))
        status = word_status(prompt, count)
        if status in (WORDS_EMPTY, WORDS_SHORT):
            problems.add(gettext_noop('Your answer to "{prompt}" is too short: {count} of at least {min} words.'),
                         field=prompt.id, prompt=prompt.text, count=count, min=prompt.min_words)
        elif status == WORDS_LONG:
            problems.add(gettext_noop('Your answer to "{prompt}" is too long: {count} words, at most {max}.'),
                         field=prompt.id, prompt=prompt.text, count=count, max=prompt.max_words)
    if not any(text.strip() for text in draft.answers.values()):
        problems.add(gettext_noop("Write your reflection before you submit the entry."), field="answers")
    if require_outcome and not draft.outcome_ids:
        problems.add(gettext_noop("Link the entry to at least one learning outcome before you submit it."),
                     field="outcome_ids")
    problems.raise_if_any()


def save_action(status, version, base_version, same_content, submit=False):
    """What to do with a save based on ``base_version`` of an entry now at ``version``.

    ``update`` it; leave it ``unchanged`` (nothing new: an autosave repeated, or a stale
    window whose text is already stored); or ``copy`` the text into a new draft because
    the entry changed meanwhile, became read-only, or is submitted and the save is a mere
    draft save (a submitted entry changes only through a checked re-submission).
    """
    if same_content:
        return UPDATE if submit and status == DRAFT else UNCHANGED
    if version != base_version:
        return COPY
    if status == DRAFT or (status == SUBMITTED and submit):
        return UPDATE            # changes to a submitted entry are saved with "Save changes" only
    return COPY


def status_after_save(status, submit):
    return SUBMITTED if submit or status == SUBMITTED else DRAFT


def clean_review(entry, raw):
    """``(feedback text, {outcome_id: judgement or ""})`` of a trainer's review of ``entry``.

    Judgements are only for outcomes the entry is linked to; "" withdraws one. The first
    review needs written feedback; later ones may only revise judgements. Raises
    DomainError listing every problem.
    """
    problems = ProblemList()
    if entry.status not in SHARED_WITH_STAFF:
        problems.add(gettext_noop("Only submitted entries can be reviewed."))
        problems.raise_if_any()
    text = _text(raw.get("feedback")).strip()
    if len(text) > MAX_FEEDBACK_CHARS:
        problems.add(gettext_noop("The feedback is longer than {limit} characters."), field="feedback",
                     limit=MAX_FEEDBACK_CHARS)
    judgements_raw = raw.get("judgements") or {}
    if not isinstance(judgements_raw, dict):
        problems.add(gettext_noop("The judgements must be a set of named values."), field="judgements")
        judgements_raw = {}
    changes = {}
    for outcome_id, value in judgements_raw.items():
        value = _text(value)
        if outcome_id not in entry.outcome_ids:
            problems.add(gettext_noop('The entry is not linked to the outcome "{value}".'),
                         field="judgements", value=_text(outcome_id)[:40])
        elif value and value not in JUDGEMENTS:
            problems.add(gettext_noop('Unknown judgement "{value}".'), field=f"judgement-{outcome_id}",
                         value=value[:40])
        elif value != entry.judgement_of(outcome_id):
            changes[outcome_id] = value
    if not entry.feedback and not text and not problems:
        problems.add(gettext_noop("Write your feedback to the learner first."), field="feedback")
    elif not text and not changes and not problems:
        problems.add(gettext_noop("Nothing to save: write more feedback or change a judgement."), field="feedback")
    problems.raise_if_any()
    return text, changes


def completion(submitted, required):
    """Completion of the log for a learner with ``submitted`` entries (0.0 to 1.0)."""
    if required <= 0:
        return 1.0
    return min(1.0, submitted / required)
