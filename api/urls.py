from functools import wraps

from django.http import JsonResponse
from django.urls import include, path, re_path
from django.utils.translation import gettext as _

from .content.api import api as content_api
from .v2 import api_router


def unknown_endpoint(request, path=""):
    """Partners get a problem document for a mistyped URL, not the website's HTML 404 page."""
    body = {"type": "about:blank", "title": _("Not found"), "status": 404, "detail": _("No such endpoint.")}
    return JsonResponse(body, status=404, content_type="application/problem+json")


def answer_head_like_get(view):
    """HEAD is GET without the body (RFC 9110); django-ninja routes only the methods an operation declares.

    Answering it here, for every read-only endpoint at once, keeps HEAD out of the OpenAPI document, where it would
    double every operation. The headers (ETag, Content-Length, caching) are exactly those of the GET.
    """

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method != "HEAD":
            return view(request, *args, **kwargs)
        request.method = "GET"
        try:
            response = view(request, *args, **kwargs)
        finally:
            request.method = "HEAD"
        if not response.streaming:
            response["Content-Length"] = str(len(response.content))
            response.content = b""
        return response

    return wrapper


content_patterns, content_app, content_namespace = content_api.urls
for pattern in content_patterns:
    pattern.callback = answer_head_like_get(pattern.callback)

urlpatterns = [
    path("v2/", api_router.urls),
    path("content/", include((content_patterns, content_app), namespace=content_namespace)),
    path("embed/", include("api.embeds_urls")),
    re_path(r"^(?P<path>.*)$", unknown_endpoint),
]
