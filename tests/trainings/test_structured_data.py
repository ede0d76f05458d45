"""Each series page carries schema.org Event data for its upcoming sessions, safely embedded."""

import json
import re

import pytest

from trainings.models import TrainingSession

from .conftest import future_session, make_series

pytestmark = pytest.mark.django_db


def json_ld(response):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', response.content.decode(), re.S)
    assert len(blocks) == 1
    return json.loads(blocks[0])


def test_series_page_has_one_event_per_upcoming_session(client, demo_site):
    page = make_series(
        [
            future_session(days=2, capacity=10),
            future_session(days=9, place="", online_url="https://meet.example.org/y"),
            future_session(days=-9),
        ]
    )
    events = json_ld(client.get(page.url))
    assert [event["@type"] for event in events] == ["Event", "Event"]
    first, second = events
    assert first["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert first["location"]["@type"] == "Place"
    assert second["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert second["location"] == {"@type": "VirtualLocation", "url": "https://meet.example.org/y"}
    assert first["offers"]["price"] == "0.00"
    assert first["offers"]["priceCurrency"] == "EUR"
    assert first["organizer"]["name"] == "NARUD e.V."
    assert first["startDate"].endswith("+01:00")


def test_cancelled_session_is_announced_as_cancelled(client, demo_site):
    page = make_series([future_session(status=TrainingSession.Status.CANCELLED)])
    [event] = json_ld(client.get(page.url))
    assert event["eventStatus"] == "https://schema.org/EventCancelled"


def test_markup_in_texts_cannot_break_out_of_the_data_block(client, demo_site):
    page = make_series([future_session()], summary="</script><script>alert(1)</script> & mehr")
    content = client.get(page.url).content.decode()
    assert "<script>alert(1)" not in content
    [event] = json_ld(client.get(page.url))
    assert event["description"] == "</script><script>alert(1)</script> & mehr"
