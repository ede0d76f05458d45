"""Errors as RFC 9457 problem documents, so partners get one machine-readable shape for every 4xx."""

from django.core.exceptions import ObjectDoesNotExist
from django.http import Http404
from django.utils.translation import gettext as _
from rest_framework import status
from rest_framework.response import Response
from rest_framework.views import exception_handler
from wagtail.api.v2.utils import BadRequestError

PROBLEM_CONTENT_TYPE = "application/problem+json"


def problem_response(status_code, title, detail="", **extra):
    body = {"type": "about:blank", "title": title, "status": status_code}
    if detail:
        body["detail"] = detail
    body.update(extra)
    # ``message`` keeps Wagtail API v2 clients that read the old error key working.
    body.setdefault("message", detail or title)
    return Response(body, status=status_code, content_type=PROBLEM_CONTENT_TYPE)


def problem_exception_handler(exc, context):
    """DRF's exception handler, reshaped into a problem document."""
    response = exception_handler(exc, context)
    if response is None:
        return None
    detail = response.data.get("detail", "") if isinstance(response.data, dict) else response.data
    problem = problem_response(response.status_code, response.status_text, str(detail))
    for header in ("Allow", "Retry-After", "WWW-Authenticate"):
        if header in response:
            problem[header] = response[header]
    return problem


class ProblemDetailsMixin:
    """Turns the API v2 views' own error answers (400 for bad parameters, 404) into problem documents.

    Parameters that Wagtail's filters pass on unchecked to the ORM (a non-numeric id, an out-of-range number)
    surface as ValueError, TypeError or OverflowError; they are the client's mistake, so they answer 400 too.
    """

    # Offsets beyond this are no real paging and overflow some databases' integers.
    max_offset = 1_000_000
    # Wagtail's search query parser recurses once per word; a long query is no real search and exhausts the stack.
    max_search_words = 32

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        # A NUL character cannot reach PostgreSQL (it refuses it deep inside search, locale or path lookups).
        if any("\x00" in value for values in request.GET.lists() for value in values[1]):
            raise BadRequestError(_("Query parameters must not contain NUL characters."))
        if len(request.GET.get("search", "").split()) > self.max_search_words:
            raise BadRequestError(_("search must not have more than %(max)d words") % {"max": self.max_search_words})

    def listing_view(self, request):
        offset = request.GET.get("offset", "0")
        if offset.isdigit() and int(offset) > self.max_offset:
            raise BadRequestError(_("offset must not be larger than %(max)d") % {"max": self.max_offset})
        return super().listing_view(request)

    def handle_exception(self, exc):
        # Http404, or a lookup by a parameter that names nothing (an unknown ?site=).
        if isinstance(exc, Http404 | ObjectDoesNotExist):
            return problem_response(status.HTTP_404_NOT_FOUND, _("Not found"), _("No such item."))
        if isinstance(exc, BadRequestError):
            return problem_response(status.HTTP_400_BAD_REQUEST, _("Bad request"), str(exc))
        if isinstance(exc, ValueError | TypeError | OverflowError):
            return problem_response(
                status.HTTP_400_BAD_REQUEST, _("Bad request"), _("A query parameter has an invalid value.")
            )
        return super().handle_exception(exc)
