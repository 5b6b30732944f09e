"""Ids the page shows for ordering steps and matching partners, so that it never gives the answer away.

Authors (and the course builder) number an ordering question's steps in the correct order
(s1, s2, ...) and the right partner of the term p1 is the option p1. Shown as they are, the
ids would be the answer key. Pages therefore show every step and option under a token: an
HMAC of the site's secret, the block, the learner, the question and the id. The order in
which steps and options are first shown is derived from the same key, so it cannot be
recomputed by the learner either. :meth:`Disguise.reveal` turns a submitted answer back
into real ids; unknown tokens are left as they are, so answer checking names them.
"""
import hashlib
import hmac

from .assessment import MATCHING, ORDERING


class Disguise:
    def __init__(self, secret, usage_key, learner_id=""):
        scope = f"{usage_key}\x1f{learner_id or ''}".encode("utf-8")
        self._key = hmac.new(str(secret).encode("utf-8"), scope, hashlib.sha256).digest()

    def token(self, item_id, real_id):
        digest = hmac.new(self._key, f"{item_id}\x1f{real_id}".encode("utf-8"), hashlib.sha256).hexdigest()
        return "t" + digest[:14]

    def seed(self, item_id):
        """A shuffle seed for the question that only the server can compute."""
        return self.token(item_id, "\x00order")

    def reveal(self, items, answers):
        """``answers`` with the tokens of ordering and matching questions replaced by real ids."""
        if not isinstance(answers, dict):
            return answers
        revealed = dict(answers)
        for item in items:
            value = answers.get(item.id)
            if item.type == ORDERING and isinstance(value, list):
                real = {self.token(item.id, step.id): step.id for step in item.steps}
                revealed[item.id] = [real.get(token, token) if isinstance(token, str) else token for token in value]
            elif item.type == MATCHING and isinstance(value, dict):
                real = {self.token(item.id, option.id): option.id for option in item.options()}
                revealed[item.id] = {term: real.get(token, token) if isinstance(token, str) else token
                                     for term, token in value.items()}
        return revealed
