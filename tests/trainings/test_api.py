"""Partners read series and sessions with free places from the page API; personal data never appears there."""

import json

import pytest

from .conftest import register_url, registration_data

pytestmark = pytest.mark.django_db

LISTING = "/api/v2/pages/?type=trainings.TrainingSeriesPage&fields=*&limit=50"


def test_api_lists_series_with_sessions_and_free_places(client, series, session):
    client.post(register_url(series, session), registration_data())
    items = client.get(LISTING).json()["items"]
    [ours] = [item for item in items if item["id"] == series.pk]
    [api_session] = ours["sessions"]
    assert api_session["uuid"] == str(session.uuid)
    assert api_session["capacity"] == 2
    assert api_session["free_places"] == 1
    assert api_session["status"] == "scheduled"
    assert ours["languages"] == ["de"]
    assert ours["kind"] == "training"


def test_api_never_contains_personal_data_of_registrations(client, series, session):
    client.post(
        register_url(series, session),
        registration_data(name="Geheime Person", email="geheim@example.org", accessibility_needs="Rollstuhl"),
    )
    for url in (LISTING, f"/api/v2/pages/{series.pk}/"):
        body = client.get(url).content.decode()
        for secret in ("Geheime Person", "geheim@example.org", "Rollstuhl", '"registrations"', "Brückenbauer"):
            assert secret not in body, (url, secret)


def test_api_shows_demo_series_in_english(client, demo_site):
    items = client.get(LISTING + "&locale=en").json()["items"]
    assert len(items) >= 6
    assert all(item["meta"]["locale"] == "en" for item in items)
    assert json.dumps(items).count('"free_places"') >= 6
