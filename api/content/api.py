"""The partner content API at /api/content/: read-only, typed, described by OpenAPI 3.1 at /api/content/openapi.json."""

from django.http import Http404
from django.utils.translation import gettext as _
from ninja import NinjaAPI
from ninja.errors import HttpError, Throttled, ValidationError

from .common import ClientRateThrottle

PROBLEM_CONTENT_TYPE = "application/problem+json"

api = NinjaAPI(
    title="MigrAktiv Spandau! content API",
    version="1.0",
    description=(
        "Published content of the MigrAktiv Spandau! network for partner websites: organisations, working groups, "
        "trainings and their sessions, news, resources and the exchange of offers and needs. Read-only, no "
        "personal data. Every list takes `lang` "
        "(German is the source; missing translations fall back to German and say so), `limit` (max 100) and "
        "`offset`. Errors are RFC 9457 problem documents. Responses carry ETag and Last-Modified; revalidate "
        "with If-None-Match. Rate limit per client address: see 429 and Retry-After."
    ),
    urls_namespace="content_api",
    docs_url="/docs",
    openapi_url="/openapi.json",
    throttle=[ClientRateThrottle()],
)


def problem(request, status, title, detail="", **extra):
    body = {"type": "about:blank", "title": title, "status": status, "detail": detail, **extra}
    response = api.create_response(request, body, status=status)
    response["Content-Type"] = PROBLEM_CONTENT_TYPE
    return response


@api.exception_handler(ValidationError)
def invalid_parameters(request, exc):
    errors = [
        {"parameter": ".".join(str(part) for part in error.get("loc", [])[1:]), "message": error.get("msg", "")}
        for error in exc.errors
    ]
    return problem(request, 400, _("Bad request"), _("A query parameter has an invalid value."), errors=errors)


@api.exception_handler(Http404)
def not_found(request, exc):
    return problem(request, 404, _("Not found"), _("No such item."))


@api.exception_handler(Throttled)
def throttled(request, exc):
    response = problem(request, 429, _("Too many requests"), _("Please slow down and retry later."))
    response["Retry-After"] = str(max(1, int(exc.wait or 60)))
    return response


@api.exception_handler(HttpError)
def http_error(request, exc):
    return problem(request, exc.status_code, str(exc))


from . import (  # noqa: E402 - the routers need ``api`` defined above
    exchange,
    meta,
    news,
    organisations,
    resources,
    trainings,
)

api.add_router("/", meta.router)
api.add_router("/", organisations.router)
api.add_router("/", trainings.router)
api.add_router("/", news.router)
api.add_router("/", resources.router)
api.add_router("/", exchange.router)
