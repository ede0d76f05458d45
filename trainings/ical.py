"""iCalendar (RFC 5545) feeds of sessions, built with the ``icalendar`` package."""

from zoneinfo import ZoneInfo

from django.http import HttpResponse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from . import conf
from .links import absolute_url
from .models import Kind

BERLIN = ZoneInfo("Europe/Berlin")


def session_uid(session):
    """The same in every language and every feed, so a calendar never shows one session twice."""
    return f"{session.uuid}@{conf.calendar_uid_domain()}"


def session_event(session, page_url):
    page = session.page
    event = Event()
    event.add("uid", session_uid(session))
    event.add("dtstamp", timezone.now())
    event.add("last-modified", page.last_published_at or timezone.now())
    event.add("dtstart", timezone.localtime(session.start, BERLIN))
    event.add("dtend", timezone.localtime(session.end, BERLIN))
    event.add("summary", f"{_('Cancelled')}: {page.title}" if session.is_cancelled else page.title)
    description = [page.summary]
    if session.online_url:
        description.append(f"{_('Online')}: {session.online_url}")
    description.append(page_url)
    event.add("description", "\n\n".join(description))
    event.add("location", session.place or session.online_url)
    event.add("url", page_url)
    event.add("status", "CANCELLED" if session.is_cancelled else "CONFIRMED")
    event.add("categories", [str(Kind(page.kind).label)])
    return event


def build_calendar(sessions, request, name):
    """A calendar of ``sessions`` (whose ``page`` is loaded) with the Europe/Berlin VTIMEZONE; request may be None."""
    calendar = Calendar()
    calendar.add("prodid", f"-//{conf.calendar_uid_domain()}//trainings//DE")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", "Europe/Berlin")
    page_urls = {}
    for session in sessions:
        if session.page_id not in page_urls:
            page_urls[session.page_id] = absolute_url(session.page, request)
        calendar.add_component(session_event(session, page_urls[session.page_id]))
    calendar.add_missing_timezones()
    return calendar


def calendar_response(calendar, filename, download=False):
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    disposition = "attachment" if download else "inline"
    response["Content-Disposition"] = f'{disposition}; filename="{slugify(filename) or "calendar"}.ics"'
    response["Cache-Control"] = "public, max-age=900"
    return response
