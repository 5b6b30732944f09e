"""A reflective log's settings: prompts from a framework or the author, word counts, limits.

The author's ``prompts`` list means two things:

* with a framework (Gibbs, Rolfe, Kolb, free), optional *overrides* of that framework's
  prompts, matched by id: other word limits and, if wanted, other wording;
* with ``custom``, the prompts themselves.

Words are counted the same way here and in the browser (``static/js/reflective-log.js``):
a word is a run of non-space characters that contains at least one letter or digit, so
dashes and lone punctuation do not count.
"""
import re
from dataclasses import dataclass

from .lom import ID_PATTERN as OUTCOME_ID_PATTERN
from .problems import ProblemList, gettext_noop, ngettext_noop
from .reflection_frameworks import CUSTOM, FRAMEWORKS, Prompt
from .text import html_to_text, sanitize_html
from .numbers import whole_number

PROMPT_ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]{0,39}$")
MAX_PROMPTS = 12
MAX_PROMPT_TEXT = 500
MAX_GUIDANCE = 2000
MAX_WORD_LIMIT = 5000
MAX_CONTEXT = 20000
MAX_DISPLAY_NAME = 200
MAX_REQUIRED_ENTRIES = 50
MAX_ALLOWED_OUTCOMES = 200

WORDS_EMPTY = "empty"
WORDS_SHORT = "short"
WORDS_OK = "ok"
WORDS_LONG = "long"


def count_words(text):
    """Words in ``text``: runs of non-space characters with at least one letter or digit."""
    return sum(1 for token in str(text or "").split() if any(char.isalnum() for char in token))


def word_status(prompt, count):
    """``empty``, ``short`` (below the minimum), ``long`` (above the maximum) or ``ok``."""
    if count == 0:
        return WORDS_EMPTY if prompt.min_words else WORDS_OK
    if count < prompt.min_words:
        return WORDS_SHORT
    if prompt.max_words and count > prompt.max_words:
        return WORDS_LONG
    return WORDS_OK


@dataclass(frozen=True)
class LogSettings:
    display_name: str
    context: str                 # sanitised author HTML
    framework: str
    prompts: tuple               # resolved Prompt objects, in order
    stored_prompts: tuple        # what the block stores: overrides or custom prompts (dicts)
    allowed_outcomes: tuple
    required_entries: int
    require_outcome: bool


def _text(value):
    return "" if value is None else str(value).strip()


WORD_LIMIT_MESSAGES = {
    "min_words": gettext_noop("Prompt {row}: the minimum number of words must be a whole number from 0 to {max}."),
    "max_words": gettext_noop("Prompt {row}: the maximum number of words must be a whole number from 0 to {max}."),
}


def _word_limit(value, row, name, problems):
    """An optional word limit (None when the author left it empty)."""
    if _text(value) == "":
        return None
    number = whole_number(value, 0, MAX_WORD_LIMIT)
    if number is None:
        problems.add(WORD_LIMIT_MESSAGES[name], row=row, field=name, max=MAX_WORD_LIMIT)
    return number


def _clean_prompt(raw, row, problems, base=None):
    """One prompt from author input; ``base`` is the framework prompt it overrides, if any."""
    before = len(problems)
    if not isinstance(raw, dict):
        problems.add(gettext_noop("Prompt {row}: a prompt must be a set of named fields."), row=row)
        return None
    prompt_id = _text(raw.get("id")) or (base.id if base else f"p{row}")  # as in resolve_prompts
    if not PROMPT_ID_PATTERN.match(prompt_id):
        problems.add(gettext_noop('Prompt {row}: the id "{value}" may only contain lower-case letters, digits, '
                                  '"-" and "_" (at most 40 characters).'), row=row, field="id", value=prompt_id)
    text = _text(raw.get("text"))
    guidance = _text(raw.get("guidance"))
    if not text and base is None:
        problems.add(gettext_noop("Prompt {row}: the question is missing."), row=row, field="text")
    if len(text) > MAX_PROMPT_TEXT:
        problems.add(gettext_noop("Prompt {row}: the question is longer than {limit} characters."),
                     row=row, field="text", limit=MAX_PROMPT_TEXT)
    if len(guidance) > MAX_GUIDANCE:
        problems.add(gettext_noop("Prompt {row}: the guidance is longer than {limit} characters."),
                     row=row, field="guidance", limit=MAX_GUIDANCE)
    min_words = _word_limit(raw.get("min_words"), row, "min_words", problems)
    max_words = _word_limit(raw.get("max_words"), row, "max_words", problems)
    min_words = (base.min_words if base else 0) if min_words is None else min_words
    max_words = (base.max_words if base else 0) if max_words is None else max_words
    if max_words and min_words > max_words:
        problems.add(gettext_noop("Prompt {row}: the minimum ({min}) is above the maximum ({max}) number of "
                                  "words."), row=row, field="min_words", min=min_words, max=max_words)
    if len(problems) > before:
        return None
    if base is not None:
        return Prompt(prompt_id, text or base.text, guidance or base.guidance, min_words, max_words,
                      builtin=not text and not guidance and base.builtin), \
            {"id": prompt_id, "text": text, "guidance": guidance, "min_words": min_words, "max_words": max_words}
    prompt = Prompt(prompt_id, text, guidance, min_words, max_words)
    return prompt, prompt.as_dict()


def resolve_prompts(framework, raw_prompts, problems):
    """``(prompts, stored)`` of a framework with the author's overrides, or of custom prompts."""
    if framework not in FRAMEWORKS:
        problems.add(gettext_noop('Unknown reflection framework "{value}". Use one of {choices}.'),
                     field="framework", value=framework, choices=", ".join(FRAMEWORKS))
        return (), ()
    raw_prompts = raw_prompts or []
    if not isinstance(raw_prompts, (list, tuple)):
        problems.add(gettext_noop("The prompts must be a list."), field="prompts")
        return (), ()
    if len(raw_prompts) > MAX_PROMPTS:
        problems.add(gettext_noop("A log can have at most {limit} prompts; this one has {count}."),
                     field="prompts", limit=MAX_PROMPTS, count=len(raw_prompts))
        return (), ()
    base = {p.id: p for p in FRAMEWORKS[framework].prompts}
    cleaned, seen = {}, {}
    for row, raw in enumerate(raw_prompts, start=1):
        prompt_id = (_text(raw.get("id")) if isinstance(raw, dict) else "") or f"p{row}"
        if framework != CUSTOM and prompt_id not in base:
            problems.add(gettext_noop('Prompt {row}: the framework has no prompt "{value}".'),
                         row=row, field="id", value=prompt_id)
            continue
        if prompt_id in seen:
            problems.add(gettext_noop('Prompt id "{value}" is used twice (prompts {first} and {row}).'),
                         row=row, field="id", value=prompt_id, first=seen[prompt_id])
            continue
        seen[prompt_id] = row
        result = _clean_prompt(raw, row, problems, base.get(prompt_id) if framework != CUSTOM else None)
        if result is not None:
            cleaned[prompt_id] = result
    if framework == CUSTOM:
        if not raw_prompts:
            problems.add(gettext_noop("Add at least one prompt."), field="prompts")
        return tuple(p for p, _ in cleaned.values()), tuple(s for _, s in cleaned.values())
    prompts = tuple(cleaned[p.id][0] if p.id in cleaned else p for p in base.values())
    stored = tuple(s for prompt_id, (_, s) in cleaned.items() if _is_override(base[prompt_id], s))
    return prompts, stored


def _is_override(base, stored):
    return bool(stored["text"] or stored["guidance"]) or \
        (stored["min_words"], stored["max_words"]) != (base.min_words, base.max_words)


def _clean_outcomes(raw, known, problems):
    if raw is None:
        return ()
    if isinstance(raw, str):
        raw = raw.replace(",", " ").split()
    if not isinstance(raw, (list, tuple)):
        problems.add(gettext_noop("The allowed outcomes must be a list of outcome ids."), field="allowed_outcomes")
        return ()
    ids = []
    for value in raw:
        outcome_id = _text(value)
        if not OUTCOME_ID_PATTERN.match(outcome_id) or (known is not None and outcome_id not in known):
            problems.add(gettext_noop('"{value}" is not an outcome of the course\'s Learning Outcomes Matrix.'),
                         field="allowed_outcomes", value=outcome_id)
        elif outcome_id not in ids:
            ids.append(outcome_id)
    if len(ids) > MAX_ALLOWED_OUTCOMES:
        problems.add(gettext_noop("At most {limit} outcomes can be allowed."), field="allowed_outcomes",
                     limit=MAX_ALLOWED_OUTCOMES)
    return tuple(ids)


def _flag(value):
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "on")
    return bool(value)


def parse_settings(raw, known_outcomes=None):
    """:class:`LogSettings` from author input; raises DomainError listing every problem.

    ``known_outcomes``: the outcome ids of the course's matrix (None when it has none yet,
    then any well-formed id is accepted).
    """
    problems = ProblemList()
    if not isinstance(raw, dict):
        problems.add(gettext_noop("The settings must be a set of named fields."))
        problems.raise_if_any()
    display_name = _text(raw.get("display_name"))
    if not display_name or len(display_name) > MAX_DISPLAY_NAME:
        problems.add(gettext_noop("The display name must have 1 to {limit} characters."),
                     field="display_name", limit=MAX_DISPLAY_NAME)
    context = sanitize_html(_text(raw.get("context")))
    if len(context) > MAX_CONTEXT:
        problems.add(gettext_noop("The introduction is longer than {limit} characters."),
                     field="context", limit=MAX_CONTEXT)
    framework = _text(raw.get("framework"))
    prompts, stored = resolve_prompts(framework, raw.get("prompts"), problems)
    known = set(known_outcomes) if known_outcomes is not None else None
    allowed = _clean_outcomes(raw.get("allowed_outcomes"), known, problems)
    required = whole_number(_text(raw.get("required_entries")) or "1", 1, MAX_REQUIRED_ENTRIES)
    if required is None:
        problems.add(gettext_noop("The number of entries needed for completion must be a whole number from 1 to "
                                  "{limit}."), field="required_entries", limit=MAX_REQUIRED_ENTRIES)
    require_outcome = _flag(raw.get("require_outcome"))
    if require_outcome and known is not None and not known:
        problems.add(gettext_noop("Entries cannot require a linked outcome: the course's Learning Outcomes Matrix "
                                  "has no outcomes."), field="require_outcome")
    problems.raise_if_any()
    return LogSettings(display_name, context, framework, prompts, stored, allowed, required, require_outcome)


def context_text(context_html):
    """The readable text of the author's introduction (for search)."""
    return html_to_text(context_html)


def translate_prompts(framework, prompts, gettext):
    """The prompts in the language of ``gettext``: a framework's own wording is translated,
    an author's wording is shown as written."""
    base = {p.id: p for p in FRAMEWORKS.get(framework, FRAMEWORKS[CUSTOM]).prompts}
    shown = []
    for prompt in prompts:
        original = base.get(prompt.id)
        text = gettext(prompt.text) if original and prompt.text == original.text else prompt.text
        guidance = prompt.guidance
        if original and guidance and guidance == original.guidance:
            guidance = gettext(guidance)
        shown.append(Prompt(prompt.id, text, guidance, prompt.min_words, prompt.max_words, prompt.builtin))
    return tuple(shown)


LIMITS_BOTH = ngettext_noop("Write {min} to {max} word.", "Write {min} to {max} words.")
LIMITS_MIN = ngettext_noop("Write at least {min} word.", "Write at least {min} words.")
LIMITS_MAX = ngettext_noop("Write at most {max} word.", "Write at most {max} words.")


def limits_text(prompt, translation):
    """The word limits of ``prompt`` as a sentence in the language of ``translation`` (a gettext
    translation), "" without limits."""
    if prompt.min_words and prompt.max_words:
        return translation.ngettext(*LIMITS_BOTH, prompt.max_words).format(min=prompt.min_words,
                                                                           max=prompt.max_words)
    if prompt.min_words:
        return translation.ngettext(*LIMITS_MIN, prompt.min_words).format(min=prompt.min_words)
    if prompt.max_words:
        return translation.ngettext(*LIMITS_MAX, prompt.max_words).format(max=prompt.max_words)
    return ""
