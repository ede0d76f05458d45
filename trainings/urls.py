"""Calendar files below a training page's URL (``…/calendar.ics``, ``…/session/<uuid>.ics``).

Include inside ``i18n_patterns`` *before* Wagtail's URLs: Wagtail's page URLs cannot contain a dot.
"""

from django.urls import re_path

from . import views

PAGE_PATH = r"(?P<page_path>(?:[\w\-]+/)*)"

urlpatterns = [
    re_path(rf"^{PAGE_PATH}calendar\.ics$", views.calendar_feed, name="trainings_calendar"),
    re_path(
        rf"^{PAGE_PATH}session/(?P<session_uuid>[0-9a-f]{{8}}-[0-9a-f]{{4}}-[0-9a-f]{{4}}-[0-9a-f]{{4}}-[0-9a-f]{{12}})\.ics$",
        views.session_calendar,
        name="trainings_session_calendar",
    ),
]
