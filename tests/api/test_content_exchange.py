"""The exchange in the partner content API, its RSS feed and the partner widget's third kind."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from django.utils import timezone

from directory.models import Language, OrganisationIndexPage, OrganisationPage
from exchange.models import ExchangeEntryPage, ExchangeIndexPage

from .helpers import german, ids, publish, queries_for, translate

pytestmark = pytest.mark.django_db

EXCHANGE = "/api/content/exchange"


def organisation(title="Testverein Börse"):
    return publish(
        german(OrganisationIndexPage),
        OrganisationPage(title=title, short_description="Für Tests.", email="geheim@verein.example"),
    )


def entry(title="Testangebot", owner=None, languages=(), topics=(), days=30, **fields):
    page = ExchangeEntryPage(
        title=title,
        summary="Ein Eintrag für Tests.",
        organisation=owner or organisation(),
        valid_until=timezone.localdate() + datetime.timedelta(days=days),
        **fields,
    )
    page.tags.add(*topics)
    page.languages = list(Language.objects.filter(code__in=languages))
    return publish(german(ExchangeIndexPage), page)


def test_an_entry_has_the_documented_shape_and_no_contact_address(client, demo_site):
    page = entry("Saal frei", kind="room", place="spandau", languages=["tr"], topics=["Kultur"])
    data = client.get(f"{EXCHANGE}/{page.pk}").json()
    assert {"id", "url", "title", "meta", "direction", "kind", "summary", "topics", "languages", "place",
            "valid_until", "status", "organisation", "description", "matching_offers"} <= data.keys()  # fmt: skip
    assert (data["kind"], data["place"], data["languages"]) == ("room", "spandau", ["tr"])
    assert data["organisation"]["title"] == "Testverein Börse"
    assert "geheim@verein.example" not in str(data)


def test_lists_carry_current_entries_and_filter_by_direction_kind_and_place(client, demo_site):
    need = entry("Transporter gesucht", direction="need", kind="transport", place="staaken")
    expired = entry("Abgelaufen", direction="need", kind="transport", place="staaken", days=-1)
    found = ids(client.get(EXCHANGE, {"direction": "need", "kind": "transport", "place": "staaken", "limit": 100}))
    assert need.pk in found and expired.pk not in found
    assert need.pk not in ids(client.get(EXCHANGE, {"direction": "offer", "limit": 100}))


def test_an_unknown_filter_value_is_a_400_problem(client):
    response = client.get(EXCHANGE, {"kind": "rakete"})
    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"


def test_an_untranslated_entry_falls_back_to_german_and_says_so(client, demo_site):
    page = entry("Nur Deutsch")
    data = client.get(f"{EXCHANGE}/{page.pk}?lang=tr").json()
    assert (data["title"], data["meta"]["fallback"], data["meta"]["language"]) == ("Nur Deutsch", True, "de")


def test_a_translated_entry_is_served_in_its_language(client, demo_site):
    page = entry("Saal frei")
    translate(page, "en", "Hall available")
    data = client.get(f"{EXCHANGE}/{page.pk}?lang=en").json()
    assert (data["title"], data["meta"]["fallback"]) == ("Hall available", False)


def test_a_need_lists_its_matching_offers(client, demo_site):
    need = entry("Raum gesucht", direction="need", kind="room", topics=["Kultur"])
    offer = entry("Raum frei", direction="offer", kind="room", topics=["Kultur"])
    assert offer.pk in [item["id"] for item in client.get(f"{EXCHANGE}/{need.pk}").json()["matching_offers"]]


def test_responses_carry_an_etag_and_revalidate(client, demo_site):
    response = client.get(EXCHANGE)
    assert client.get(EXCHANGE, HTTP_IF_NONE_MATCH=response["ETag"]).status_code == 304


def test_the_list_takes_the_same_number_of_queries_for_more_entries(client, demo_site):
    url = f"{EXCHANGE}?lang=en&limit=100"
    before = queries_for(client, url)
    for number in range(5):
        entry(f"Noch ein Angebot {number}", languages=["ar", "tr"], topics=["Bildung", "Kultur"])
    assert queries_for(client, url) == before


def test_the_rss_feed_follows_language_and_filters(client, demo_site):
    page = entry("Beamer zu verleihen", kind="equipment")
    translate(page, "en", "Projector to lend")
    response = client.get("/api/embed/exchange.rss", {"lang": "en", "kind": "equipment"})
    assert response.status_code == 200
    feed = ET.fromstring(response.content)  # noqa: S314 - our own feed, rendered by the test's own server
    titles = [item.findtext("title") for item in feed.iter("item")]
    assert "Offer: Projector to lend" in titles
    assert all(title.startswith(("Offer", "Need")) for title in titles)
    assert client.get("/api/embed/exchange.rss", {"kind": "rakete"}).status_code == 400


def test_the_widget_shows_an_organisations_open_entries(client, demo_site):
    owner = organisation("Verein mit Angeboten")
    entry("Nähmaschinen zu verleihen", owner=owner, kind="equipment")
    entry("Alter Eintrag", owner=owner, days=-5)
    response = client.get(f"/api/embed/organisations/{owner.pk}/exchange/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Nähmaschinen zu verleihen" in html and "Alter Eintrag" not in html
    assert "frame-ancestors *" in response["Content-Security-Policy"]
