import logging
import secrets
import sys
from functools import wraps

from axes.handlers.proxy import AxesProxyHandler
from django.conf import settings
from django.contrib.auth.signals import user_login_failed
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import connection
from django.db.utils import InterfaceError, OperationalError
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.template import loader
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

logger = logging.getLogger(__name__)


@never_cache
@require_GET
def healthz(request):
    """Liveness for the container's HEALTHCHECK: the process answers. It checks no dependency on purpose, so an
    outage of the database or cache never gets healthy web containers restarted; ``/readyz`` reports those."""
    return JsonResponse({"status": "ok"})


def _database_ready():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def _cache_ready():
    token = secrets.token_hex(8)
    cache.set("readyz-probe", token, 30)
    if cache.get("readyz-probe") != token:
        raise RuntimeError("the cache did not return what was just stored")


def _storage_ready():
    # Write and delete a small file: a read-only volume or a bucket without write access fails here, not on the
    # next editor's upload.
    name = default_storage.save("readyz/probe.txt", ContentFile(b"ok"))
    default_storage.delete(name)


READINESS_CHECKS = {"database": _database_ready, "cache": _cache_ready, "storage": _storage_ready}


@never_cache
@require_GET
def readyz(request):
    """Readiness for a load balancer: may this process get traffic? Checks the database, the cache and the media
    storage, and answers 503 naming the ones that failed (details go to the log, not to the caller)."""
    results = {}
    for name, check in READINESS_CHECKS.items():
        try:
            check()
        except Exception:
            logger.exception("Readiness check %s failed", name)
            results[name] = "error"
        else:
            results[name] = "ok"
    ready = all(result == "ok" for result in results.values())
    return JsonResponse({"status": "ok" if ready else "error", **results}, status=200 if ready else 503)


def rate_limited(request, exception):
    """What a visitor sees when django-ratelimit stops them (too many form submissions from one address)."""
    response = render(request, "429.html", status=429)
    response["Retry-After"] = "60"
    return response


def locked_out(request, original_response=None, credentials=None):
    """What django-axes answers after too many wrong passwords (admin login or a page password)."""
    response = render(request, "429.html", {"lockout": True}, status=429)
    response["Retry-After"] = str(int(settings.AXES_COOLOFF_TIME * 3600))
    return response


def limit_password_attempts(view, scope):
    """Wrap one of Wagtail's password forms (a page's or a collection's) in django-axes' brute-force limit.

    Wagtail checks these passwords without Django's authentication, so axes never hears of them; this reports each
    wrong password as a failed login for the credentials ``<scope>:<restriction id>``, keyed like every other
    lockout on the client address, and refuses further tries while that pair is locked.
    """

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        restriction_id = kwargs.get("page_view_restriction_id", kwargs.get("restriction_id"))
        credentials = {"username": f"{scope}:{restriction_id}"}
        if request.method == "POST" and AxesProxyHandler.is_locked(request, credentials):
            return locked_out(request, credentials=credentials)
        response = view(request, *args, **kwargs)
        # Wagtail redirects after a right password and shows the form again after a wrong one.
        if request.method == "POST" and response.status_code == 200:
            user_login_failed.send(sender=__name__, credentials=credentials, request=request)
        return response

    return wrapper


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
