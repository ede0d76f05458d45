from django.http import JsonResponse
from django.urls import include, path, re_path
from django.utils.translation import gettext as _

from .content.api import api as content_api
from .v2 import api_router


def unknown_endpoint(request, path=""):
    """Partners get a problem document for a mistyped URL, not the website's HTML 404 page."""
    body = {"type": "about:blank", "title": _("Not found"), "status": 404, "detail": _("No such endpoint.")}
    return JsonResponse(body, status=404, content_type="application/problem+json")


urlpatterns = [
    path("v2/", api_router.urls),
    path("content/", content_api.urls),
    path("embed/", include("api.embeds_urls")),
    re_path(r"^(?P<path>.*)$", unknown_endpoint),
]
