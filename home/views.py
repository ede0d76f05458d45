import sys

from django.conf import settings
from django.db import connection
from django.db.utils import DatabaseError, InterfaceError, OperationalError
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.template import loader
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET


@never_cache
@require_GET
def healthz(request):
    """Liveness and readiness for the container's HEALTHCHECK and a load balancer: is the database reachable?"""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return JsonResponse({"status": "error", "database": "unreachable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


def rate_limited(request, exception):
    """What a visitor sees when django-ratelimit stops them (too many form submissions from one address)."""
    response = render(request, "429.html", status=429)
    response["Retry-After"] = "60"
    return response


def server_error(request):
    """Django's 500 handler: a database that cannot be reached is a 503 with Retry-After, not a server error.

    It answers in the language of the URL and renders without touching the database (no context processors), so it
    works while PostgreSQL is down; the content APIs get a problem document instead of an HTML page.
    """
    exception = sys.exc_info()[1]
    unavailable = isinstance(exception, OperationalError | InterfaceError)
    status = 503 if unavailable else 500
    language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    with translation.override(language):
        if request.path_info.startswith("/api/"):
            title = _("Service unavailable") if unavailable else _("Server error")
            detail = _("Please try again in a minute.") if unavailable else _("An error occurred on our side.")
            response = JsonResponse(
                {"type": "about:blank", "title": title, "status": status, "detail": detail, "message": detail},
                status=status,
                content_type="application/problem+json",
            )
        else:
            template = "503.html" if unavailable else "500.html"
            response = HttpResponse(loader.render_to_string(template, {"LANGUAGE_CODE": language}), status=status)
        response["Content-Language"] = language
    if unavailable:
        response["Retry-After"] = str(getattr(settings, "DATABASE_RETRY_AFTER_SECONDS", 30))
    return response
