"""JSON handlers with translated errors.

Every handler answers JSON. Bad input gets a 4xx with a message in the learner's language
and changes nothing: malformed JSON, a body that is not an object, an oversized request, a
wrong method, missing rights. Domain validation problems come back as a list, each with
the row and field it concerns, so editors can point at them.
"""
import functools
import json
import math

from webob import Response
from xblock.core import XBlock

from ..domain.problems import DomainError
from ..domain.problems import gettext_noop as N_
from .masquerade import viewed_learner

MAX_BODY = 256 * 1024


def _refuse(constant):
    raise ValueError(f"{constant} is not a number")


def _finite_float(text):
    number = float(text)
    if not math.isfinite(number):
        raise ValueError(f"{text} is too large")
    return number


def parse_json(body):
    """Decode a request body; ValueError for anything that is not plain, finite JSON."""
    return json.loads(body.decode("utf-8"), parse_constant=_refuse, parse_float=_finite_float)


class ApiError(Exception):
    """Raise from a handler: ``status`` and an English message (translated on the way out)."""

    def __init__(self, status, message, **params):
        super().__init__(message)
        self.status = status
        self.message = message
        self.params = params


def text_response(block, status, message, **params):
    """A plain-text answer (an error of a download handler) in the learner's language."""
    return Response(body=block.gettext(message).format(**params).encode("utf-8"), status=status,
                    content_type="text/plain", charset="utf-8")


def csv_response(text, filename):
    """A CSV download; the byte-order mark lets spreadsheets open UTF-8 with the right accents."""
    return Response(body=("\ufeff" + text).encode("utf-8"), content_type="text/csv", charset="utf-8",
                    content_disposition=f'attachment; filename="{filename}"')


def json_response(payload, status=200):
    return Response(json.dumps(payload), status=status, content_type="application/json", charset="utf-8")


def json_api(*, methods=("POST",), staff_only=False, author_only=False, learner_only=False, read_only=False,
             max_body=MAX_BODY):
    """Decorate ``func(self, data, suffix)`` as a JSON handler (see module docstring).

    ``data`` is the decoded JSON object for POST, the query parameters for GET. A ``learner_only``
    handler that is not ``read_only`` writes the learner's work: it refuses course staff who are
    viewing the course as a specific learner, so that nothing lands in that learner's record.
    """
    def decorate(func):
        @XBlock.handler
        @functools.wraps(func)
        def wrapper(self, request, suffix=""):
            gettext = self.translation().gettext

            def error(status, message, **params):
                return json_response({"error": gettext(message).format(**params)}, status=status)

            if request.method not in methods:
                response = error(405, N_("This address does not accept {method} requests."), method=request.method)
                response.allow = list(methods)
                return response
            if staff_only and not self.is_staff():
                return error(403, N_("Only course staff can do this."))
            if author_only and not self.can_author():
                return error(403, N_("Only course authors can change this component."))
            if learner_only and not self.learner_id:
                return error(403, N_("Please sign in to save your work."))
            if learner_only and not read_only and request.method == "POST" and viewed_learner(self):
                return error(403, N_("You are viewing the course as another learner: nothing was saved."))
            if request.method == "POST":
                if len(request.body) > max_body:
                    return error(413, N_("The request is too large (more than {limit} KB). Nothing was changed."),
                                 limit=max_body // 1024)
                try:
                    data = parse_json(request.body)
                except (UnicodeDecodeError, ValueError):
                    return error(400, N_("The request could not be read (it is not valid JSON). Nothing was changed."))
                if not isinstance(data, dict):
                    return error(400, N_("The request must be a JSON object. Nothing was changed."))
            else:
                data = {key: value[0] if isinstance(value, list) and len(value) == 1 else value
                        for key, value in request.GET.dict_of_lists().items()}
            try:
                result = func(self, data, suffix)
            except ApiError as failure:
                return error(failure.status, failure.message, **failure.params)
            except DomainError as failure:
                return json_response({
                    "error": gettext(N_("Nothing was saved: please correct the problems listed.")),
                    "problems": [problem.as_dict(gettext) for problem in failure.problems],
                }, status=400)
            if isinstance(result, Response):
                return result
            return json_response(result)
        return wrapper
    return decorate
