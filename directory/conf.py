"""The directory's settings, each with a default, so the app runs in any Wagtail site without configuration.

Read them through the functions below (not at import time), so ``override_settings`` in tests and a changed
environment take effect.

``DIRECTORY_PAGE_SIZE`` (20)
    Organisations per page of the directory listing.
``DIRECTORY_MAP_TILE_URL`` ("")
    Tile URL template of the map, e.g. ``https://tiles.example.org/{z}/{x}/{y}.png``. Empty: no map, the list
    alone (it is always there; the map only enhances it).
``DIRECTORY_MAP_ATTRIBUTION`` ("")
    Attribution shown on the map (HTML, as Leaflet expects), e.g. the tile provider's licence notice.
``DIRECTORY_ORGANISATION_EDITOR_PERMISSIONS`` (``["trainings.view_registration"]``)
    Model permissions (``app_label.codename``) every organisation's editor group gets besides its pages and
    collection; permissions of apps that are not installed are skipped. The rows they see are narrowed by the
    organisation rule (``directory.permissions.owned_by``).
``DIRECTORY_SIGNUP_RETENTION_DAYS`` (90)
    Days after a coordinator handled a sign-up before ``purge_signups`` deletes the submitter's name and e-mail.
``DIRECTORY_SIGNUP_RATE`` ("5/h")
    Sign-up form submissions per IP address (django-ratelimit syntax).
``DIRECTORY_IMPORT_MAX_ROWS`` (200)
    Rows a coordinator may import at once in the admin. Each row costs about 40 ms as a draft and 100 ms published
    (measured on SQLite, 100 rows), and the request must finish within the web server's timeout (gunicorn: 30 s).
    ``manage.py import_organisations`` has no limit.
"""

from django.conf import settings

DEFAULTS = {
    "DIRECTORY_PAGE_SIZE": 20,
    "DIRECTORY_MAP_TILE_URL": "",
    "DIRECTORY_MAP_ATTRIBUTION": "",
    "DIRECTORY_ORGANISATION_EDITOR_PERMISSIONS": ["trainings.view_registration"],
    "DIRECTORY_SIGNUP_RETENTION_DAYS": 90,
    "DIRECTORY_SIGNUP_RATE": "5/h",
    "DIRECTORY_IMPORT_MAX_ROWS": 200,
}


def get(name):
    return getattr(settings, name, DEFAULTS[name])


def page_size():
    return max(1, int(get("DIRECTORY_PAGE_SIZE")))


def map_tile_url():
    return get("DIRECTORY_MAP_TILE_URL") or ""


def map_attribution():
    return get("DIRECTORY_MAP_ATTRIBUTION") or ""


def organisation_editor_permissions():
    return list(get("DIRECTORY_ORGANISATION_EDITOR_PERMISSIONS"))


def signup_retention_days():
    return max(0, int(get("DIRECTORY_SIGNUP_RETENTION_DAYS")))


def signup_rate(group=None, request=None):
    """django-ratelimit calls it with ``(group, request)``; read at request time so settings overrides apply."""
    return get("DIRECTORY_SIGNUP_RATE")


def import_max_rows():
    return max(1, int(get("DIRECTORY_IMPORT_MAX_ROWS")))
