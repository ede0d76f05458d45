"""iCalendar feeds (RFC 5545) for a series, the whole programme and one session; they parse back cleanly."""

from datetime import timedelta

import pytest
from icalendar import Calendar

from trainings.models import TrainingSession

from .conftest import future_session, make_series, translate

pytestmark = pytest.mark.django_db


def events(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = Calendar.from_ical(response.content)
    return calendar, list(calendar.walk("VEVENT"))


@pytest.fixture
def hybrid_series(demo_site):
    return make_series(
        [
            future_session(days=3, online_url="https://meet.example.org/abc"),
            future_session(days=10, status=TrainingSession.Status.CANCELLED),
            future_session(days=-30),
        ],
        title="Kalendertest",
    )


def test_series_feed_lists_upcoming_sessions_with_uid_url_location_and_berlin_time(client, hybrid_series):
    calendar, found = events(client.get(f"{hybrid_series.url}calendar.ics"))
    sessions = TrainingSession.objects.filter(page=hybrid_series).order_by("start")
    assert len(found) == 2  # the past session is not in the feed
    first = found[0]
    assert str(first["UID"]) == f"{sessions[1].uuid}@migraktiv-spandau"
    assert first["DTSTART"].params["TZID"] == "Europe/Berlin"
    assert first.decoded("DTSTART") == sessions[1].start
    assert str(first["URL"]) == f"http://testserver{hybrid_series.url}"
    assert "Rathaus Spandau" in str(first["LOCATION"])
    assert "https://meet.example.org/abc" in str(first["DESCRIPTION"])
    assert calendar.walk("VTIMEZONE")[0]["TZID"] == "Europe/Berlin"


def test_cancelled_session_is_marked_cancelled_in_the_feed(client, hybrid_series):
    _calendar, found = events(client.get(f"{hybrid_series.url}calendar.ics"))
    statuses = [str(event["STATUS"]) for event in found]
    assert statuses == ["CONFIRMED", "CANCELLED"]


def test_uid_is_the_same_in_every_language(client, hybrid_series):
    english = translate(hybrid_series)
    _c, german_events = events(client.get(f"{hybrid_series.url}calendar.ics"))
    _c, english_events = events(client.get(f"{english.url}calendar.ics"))
    assert [str(e["UID"]) for e in german_events] == [str(e["UID"]) for e in english_events]
    assert str(english_events[0]["SUMMARY"]) == "Kalendertest (EN)"
    assert str(english_events[0]["URL"]).startswith("http://testserver/en/")


def test_programme_feed_holds_every_upcoming_session_of_its_language(client, demo_site, hybrid_series):
    _c, found = events(client.get("/de/fortbildungen/calendar.ics"))
    upcoming = TrainingSession.objects.published().canonical().upcoming().count()
    assert len(found) == upcoming
    assert len({str(event["UID"]) for event in found}) == len(found)


def test_programme_feed_can_be_narrowed_to_sessions_held_in_one_language(client, demo_site):
    make_series([future_session()], languages=["ti"], title="Auf Tigrinya")
    _c, found = events(client.get("/de/fortbildungen/calendar.ics?language=ti"))
    assert [str(event["SUMMARY"]) for event in found] == ["Auf Tigrinya"]


def test_english_programme_feed_is_in_english(client, demo_site):
    _c, found = events(client.get("/en/trainings/calendar.ics"))
    summaries = {str(event["SUMMARY"]) for event in found}
    assert "Network meeting of migrant organisations" in summaries


def test_one_session_downloads_as_an_ics_file(client, hybrid_series):
    session = TrainingSession.objects.filter(page=hybrid_series).order_by("start")[1]
    response = client.get(f"{hybrid_series.url}session/{session.uuid}.ics")
    _c, [event] = events(response)
    assert response["Content-Disposition"].startswith("attachment;")
    assert event.decoded("DTEND") - event.decoded("DTSTART") == timedelta(hours=2)


def test_unknown_session_or_page_answers_404(client, hybrid_series):
    assert client.get(f"{hybrid_series.url}session/00000000-0000-4000-8000-000000000000.ics").status_code == 404
    assert client.get("/de/gibt-es-nicht/calendar.ics").status_code == 404
    assert client.get("/de/impressum/calendar.ics").status_code == 404


def test_unpublished_series_has_no_feed(client, hybrid_series):
    url = f"{hybrid_series.url}calendar.ics"
    hybrid_series.unpublish()
    assert client.get(url).status_code == 404
