"""The exchange's visitor pages: filters in the URL, pagination, German fallback, matches and bounded queries."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from exchange.models import Direction, Kind

pytestmark = pytest.mark.django_db


def titles(response):
    return [entry.title for entry in response.context["items"].object_list]


def test_the_exchange_lists_current_entries_only(client, exchange, make_entry):
    make_entry("Gültiger Eintrag")
    make_entry("Abgelaufener Eintrag", days=-2)
    response = client.get(exchange.url)
    assert response.status_code == 200
    assert "Gültiger Eintrag" in titles(response)
    assert "Abgelaufener Eintrag" not in titles(response)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("direction=need", "Gesuch Transporter"),
        ("kind=transport", "Gesuch Transporter"),
        ("topic=ankommen", "Gesuch Transporter"),
        ("language=uk", "Gesuch Transporter"),
        ("place=staaken", "Gesuch Transporter"),
        ("q=transporter", "Gesuch Transporter"),
    ],
)
def test_each_filter_narrows_the_list(client, exchange, make_entry, query, expected):
    make_entry(
        "Gesuch Transporter",
        direction=Direction.NEED,
        kind=Kind.TRANSPORT,
        topics=["Ankommen"],
        languages=["uk"],
        place="staaken",
    )
    make_entry("Angebot Saal", kind=Kind.ROOM, topics=["Kultur"], languages=["tr"], place="gatow")
    found = titles(client.get(f"{exchange.url}?{query}"))
    assert expected in found
    assert "Angebot Saal" not in found


def test_unknown_filter_values_are_ignored_with_a_notice(client, exchange, make_entry):
    make_entry("Irgendein Angebot")
    response = client.get(f"{exchange.url}?kind=rakete&place=mond&topic=%00&page=abc&q=" + "x" * 500)
    assert response.status_code == 200
    assert "einen Wert, den wir nicht kennen" in response.content.decode()


def test_the_list_is_paginated_and_keeps_the_filters(client, exchange, make_entry, settings):
    settings.EXCHANGE_PER_PAGE = 2
    for number in range(3):
        make_entry(f"Raum {number}", place="kladow")
    response = client.get(f"{exchange.url}?place=kladow")
    assert response.context["paginator"].count == 3
    assert "place=kladow&amp;page=2" in response.content.decode()


def test_untranslated_entries_appear_in_german_on_the_english_exchange(client, exchange, make_entry):
    make_entry("Nur auf Deutsch")
    english = exchange.get_translation(Locale.objects.get(language_code="en"))
    response = client.get(english.url)
    html = response.content.decode()
    assert "Nur auf Deutsch" in titles(response)
    assert 'lang="de"' in html and "German original" in html


def test_an_english_translation_replaces_the_german_entry(client, exchange, make_entry, translate):
    entry = make_entry("Saal frei")
    translate(entry, "Hall available")
    english = exchange.get_translation(Locale.objects.get(language_code="en"))
    found = titles(client.get(english.url))
    assert "Hall available" in found and "Saal frei" not in found


def queries_for(client, url):
    client.get(url)  # warm-up: caches (topic labels, sites) equal for both measurements
    with CaptureQueriesContext(connection) as context:
        client.get(url)
    return [query["sql"] for query in context.captured_queries]


def test_the_listing_takes_the_same_number_of_queries_for_many_entries(client, exchange, make_entry):
    make_entry(topics=["Bildung"], languages=["ar"])
    few = queries_for(client, exchange.url)
    for _ in range(6):
        make_entry(topics=["Bildung", "Kultur"], languages=["ar", "tr"])
    many = queries_for(client, exchange.url)
    assert len(many) == len(few), set(many) - set(few)


def test_a_need_shows_fitting_offers_and_links_the_organisation(client, make_entry):
    need = make_entry("Raum gesucht", direction=Direction.NEED, kind=Kind.ROOM, topics=["Kultur"])
    offer = make_entry("Saal frei", kind=Kind.ROOM, topics=["Kultur"])
    assert offer in need.matches()
    html = client.get(need.url).content.decode()
    assert "Saal frei" in html
    assert need.organisation.url in html
    assert '"@type": "Demand"' in html
    assert need.organisation.email not in html


def test_a_closed_entry_stays_readable_with_a_notice_and_no_contact_button(client, make_entry):
    entry = make_entry("Vergeben", status="agreed")
    html = client.get(entry.url).content.decode()
    assert "hat einen Partner gefunden" in html
    assert "contact/" not in html
