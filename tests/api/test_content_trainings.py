"""Training series and sessions in the partner content API; never registrations."""

import pytest
from django.utils import timezone

from trainings.models import TrainingSession

from .helpers import FEW, MANY, ids, make_private, organisation, queries_for_full_list, series

pytestmark = pytest.mark.django_db

SERIES = "/api/content/training-series"
SESSIONS = "/api/content/sessions"
EVERY_LIST = [
    "/api/content/organisations",
    "/api/content/working-groups",
    SERIES,
    SESSIONS,
    "/api/content/news",
    "/api/content/resources",
]


def test_sessions_are_flat_upcoming_and_in_date_order(client, demo_site):
    items = client.get(f"{SESSIONS}?limit=100").json()["items"]
    starts = [item["start"] for item in items]
    assert starts == sorted(starts)
    assert all(item["end"] >= timezone.localtime().isoformat() for item in items)
    assert len({item["series"]["id"] for item in items}) > 1


def test_session_times_carry_the_berlin_offset(client, demo_site):
    start = client.get(SESSIONS).json()["items"][0]["start"]
    assert start.endswith(("+01:00", "+02:00"))


def test_a_date_range_includes_past_sessions(client, demo_site):
    past = TrainingSession.objects.canonical().past().first()
    day = timezone.localtime(past.start).date().isoformat()
    uuids = [item["uuid"] for item in client.get(SESSIONS, {"from": day, "to": day}).json()["items"]]
    assert str(past.uuid) in uuids


def test_sessions_filter_by_kind_and_series(client, demo_site):
    page = series("Workshop Test", sessions=2, kind="workshop")
    items = client.get(SESSIONS, {"kind": "workshop", "series": page.pk}).json()["items"]
    assert len(items) == 2
    assert {item["series"]["kind"] for item in items} == {"workshop"}


def test_a_malformed_date_is_a_400_problem(client):
    response = client.get(SESSIONS, {"from": "2026-02-30"})
    assert response.status_code == 400
    assert response.json()["errors"][0]["parameter"] == "from"


def test_free_places_are_counted_without_revealing_registrations(client, demo_site):
    page = series("Fortbildung mit Anmeldungen")
    session = page.sessions.get()
    session.register(name="Zeynep Registrantin", email="zeynep.registrantin@example.org", language="de")
    items = client.get(SESSIONS, {"series": page.pk}).json()["items"]
    assert items[0]["free_places"] == 9
    for url in [*EVERY_LIST, f"{SERIES}/{page.pk}"]:
        content = client.get(url, {"limit": 100}).content.decode()
        assert "Registrantin" not in content
        assert "zeynep.registrantin@example.org" not in content


def test_sessions_of_drafts_and_private_series_never_appear(client, demo_site):
    draft = series("Entwurfsfortbildung", live=False)
    private = series("Interne Fortbildung")
    make_private(private)
    listed = {item["series"]["id"] for item in client.get(f"{SESSIONS}?limit=100").json()["items"]}
    assert not {draft.pk, private.pk} & listed
    assert not {draft.pk, private.pk} & set(ids(client.get(f"{SERIES}?limit=100")))
    assert client.get(f"{SERIES}/{private.pk}").status_code == 404


@pytest.mark.parametrize("url", [SERIES, SESSIONS])
@pytest.mark.parametrize("lang", ["de", "en"])
def test_training_lists_cost_the_same_queries_for_few_and_many_items(client, demo_site, url, lang):
    for number in range(MANY):
        series(f"Mengenfortbildung {number:03}")
    few = queries_for_full_list(client, url, FEW, lang=lang)
    assert queries_for_full_list(client, url, MANY, lang=lang) == few


def test_sessions_and_series_filter_by_organising_organisation(client, demo_site):
    organiser = organisation("Veranstalterverein (Demo)")
    page = series("Fortbildung des Vereins", organiser=organiser)
    assert {item["series"]["id"] for item in client.get(SESSIONS, {"organisation": organiser.pk}).json()["items"]} == {
        page.pk
    }
    data = client.get(SERIES, {"organisation": organiser.pk}).json()
    assert [(item["id"], item["organisation_id"]) for item in data["items"]] == [(page.pk, organiser.pk)]
