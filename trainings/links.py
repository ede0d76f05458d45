"""Absolute links to pages, from a request when there is one, else from WAGTAILADMIN_BASE_URL."""

from urllib.parse import urlencode, urljoin

from django.conf import settings


def absolute_url(page, request=None, subpage="", query=None):
    """The full URL of ``page`` (plus a sub-route such as "cancel/"), for e-mails, calendars and JSON-LD."""
    location = page.get_url(request) or "/"
    if subpage:
        location = location.rstrip("/") + "/" + subpage.lstrip("/")
    if query:
        location += "?" + urlencode(query)
    if request is not None:
        return request.build_absolute_uri(location)
    return urljoin(settings.WAGTAILADMIN_BASE_URL.rstrip("/") + "/", location)
