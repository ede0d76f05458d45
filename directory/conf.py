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


def page_size():
    """Organisations per page of the directory listing (``DIRECTORY_PAGE_SIZE``, default 20)."""
    return max(1, int(getattr(settings, "DIRECTORY_PAGE_SIZE", 20)))


def map_tile_url():
    """Tile URL template of the map (``DIRECTORY_MAP_TILE_URL``); empty: no map."""
    return getattr(settings, "DIRECTORY_MAP_TILE_URL", "") or ""


def map_attribution():
    """Attribution shown on the map, HTML as Leaflet expects (``DIRECTORY_MAP_ATTRIBUTION``)."""
    return getattr(settings, "DIRECTORY_MAP_ATTRIBUTION", "") or ""


def organisation_editor_permissions():
    """Model permissions every organisation's editor group gets (``DIRECTORY_ORGANISATION_EDITOR_PERMISSIONS``)."""
    return list(getattr(settings, "DIRECTORY_ORGANISATION_EDITOR_PERMISSIONS", ["trainings.view_registration"]))


def signup_retention_days():
    """Days after handling before a sign-up's personal data is deleted (``DIRECTORY_SIGNUP_RETENTION_DAYS``, 90)."""
    return max(0, int(getattr(settings, "DIRECTORY_SIGNUP_RETENTION_DAYS", 90)))


def signup_rate(group=None, request=None):
    """Sign-up form submissions per IP address (``DIRECTORY_SIGNUP_RATE``, django-ratelimit syntax, "5/h").

    django-ratelimit calls it with ``(group, request)``; read at request time so settings overrides apply.
    """
    return getattr(settings, "DIRECTORY_SIGNUP_RATE", "5/h")


def import_max_rows():
    """Rows a coordinator may import at once in the admin (``DIRECTORY_IMPORT_MAX_ROWS``, default 200)."""
    return max(1, int(getattr(settings, "DIRECTORY_IMPORT_MAX_ROWS", 200)))
