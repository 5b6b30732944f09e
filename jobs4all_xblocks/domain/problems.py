"""Validation problems that travel from the domain to the user, translated on the way.

The domain never translates: it marks English message templates with :func:`gettext_noop`
(so the extractor finds them) and keeps the values apart. The block renders a problem with
the active language's ``gettext`` and only then fills in the values.
"""
from dataclasses import dataclass, field


def gettext_noop(message):
    """Mark ``message`` for extraction; translation happens where it is shown."""
    return message


def ngettext_noop(singular, plural):
    """Mark a message with a plural form for extraction; shown with ``ngettext(*pair, count)``."""
    return singular, plural


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the input, precise enough for an author to fix it."""

    message: str
    params: dict = field(default_factory=dict)
    row: int | None = None       # 1-based row of a table (outcome, item, ...), if any
    field: str | None = None     # the name of the offending field, if any

    def render(self, gettext):
        """The message in the language of ``gettext``, values filled in."""
        return gettext(self.message).format(**self.params)

    def as_dict(self, gettext):
        return {"message": self.render(gettext), "row": self.row, "field": self.field}


class DomainError(ValueError):
    """Raised with every problem found, never just the first one."""

    def __init__(self, problems):
        self.problems = list(problems)
        super().__init__("; ".join(p.message.format(**p.params) for p in self.problems))

    @classmethod
    def single(cls, message, **params):
        return cls([Problem(message, params)])


class ProblemList(list):
    """Collects problems while validating; ``raise_if_any`` ends the validation."""

    def add(self, message, *, row=None, field=None, **params):
        if row is not None:
            params.setdefault("row", row)
        self.append(Problem(message, params, row=row, field=field))

    def raise_if_any(self):
        if self:
            raise DomainError(self)
