"""Visitors filter the directory by topic, language, neighbourhood and text, without JavaScript."""

import csv
import io
import re

import pytest
from django.test import override_settings

from .conftest import make_organisation

pytestmark = pytest.mark.django_db

URL = "/de/organisationen/"


def card_titles(response):
    return re.findall(r'<h2 class="card__title"><a href="[^"]*">([^<]*)</a></h2>', response.content.decode())


def test_directory_lists_every_demo_organisation_alphabetically(client, demo_site):
    titles = card_titles(client.get(URL))
    assert len(titles) == 12
    assert titles == sorted(titles, key=str.lower)


def test_filter_by_topic(client, demo_site):
    titles = card_titles(client.get(URL, {"topic": "arbeit-und-ausbildung"}))
    assert titles == ["Ausbildungslotsen Siemensstadt"]


def test_filter_by_language_spoken(client, demo_site):
    titles = card_titles(client.get(URL, {"language": "vi"}))
    assert titles == ["Seniorentreff Mekong"]


def test_filter_by_neighbourhood(client, demo_site):
    titles = card_titles(client.get(URL, {"neighbourhood": "wilhelmstadt"}))
    assert titles == ["Forum Ostafrika Spandau", "Nachbarschaftsbrücke Wilhelmstadt"]


def test_free_text_finds_name_description_and_topic(client, demo_site):
    assert card_titles(client.get(URL, {"q": "mekong"})) == ["Seniorentreff Mekong"]
    assert "Lernwerkstatt Havelkinder" in card_titles(client.get(URL, {"q": "Hausaufgabenhilfe"}))
    assert "Kulturforum Anatolien Spandau" in card_titles(client.get(URL, {"q": "kultur"}))


def test_filters_combine(client, demo_site):
    titles = card_titles(client.get(URL, {"topic": "bildung", "language": "ar", "neighbourhood": "haselhorst"}))
    assert titles == ["Eltern-Netzwerk Haselhorst"]


def test_combined_filters_that_match_nothing_say_so_and_offer_a_reset(client, demo_site):
    response = client.get(URL, {"topic": "sport", "language": "vi"})
    content = response.content.decode()
    assert response.status_code == 200
    assert card_titles(response) == []
    assert "Keine Organisation passt zu Ihren Filtern." in content
    assert f'<a class="button" href="{URL}">' in content


def test_filters_stay_in_the_url_of_the_pagination_links(client, demo_site):
    with override_settings(DIRECTORY_PAGE_SIZE=2):
        content = client.get(URL, {"topic": "bildung"}).content.decode()
    assert 'href="?topic=bildung&amp;page=2"' in content


def test_pagination_links_the_ends_and_the_neighbours_not_every_page(client, demo_site):
    with override_settings(DIRECTORY_PAGE_SIZE=1):  # twelve demo organisations: twelve pages
        content = client.get(URL, {"page": 6}).content.decode()
    numbers = re.findall(r'href="\?page=(\d+)"[^>]*>(?:<span class="visually-hidden">[^<]*</span>)?\d+<', content)
    linked = {int(number) for number in numbers}
    assert linked == {1, 4, 5, 6, 7, 8, 12}
    assert content.count('<span aria-hidden="true">…</span>') == 2


def test_filter_form_shows_the_chosen_values(client, demo_site):
    content = client.get(URL, {"language": "uk", "q": "Nachbar"}).content.decode()
    assert '<option value="uk" selected>' in content
    assert 'value="Nachbar"' in content


@pytest.mark.parametrize(
    "query",
    [
        {"topic": "gibt-es-nicht"},
        {"language": "klingonisch"},
        {"neighbourhood": "mitte"},
        {"q": "x" * 500},
        {"language": "<script>alert(1)</script>"},
    ],
)
def test_unknown_filter_values_are_ignored_with_a_message_not_an_error(client, demo_site, query):
    response = client.get(URL, query)
    assert response.status_code == 200
    assert 'role="alert"' in response.content.decode()
    assert card_titles(response)


def test_an_unknown_topic_is_named_in_the_message(client, demo_site):
    content = client.get(URL, {"topic": "gibt-es-nicht"}).content.decode()
    assert "Es gibt kein Thema „gibt-es-nicht“; es wurde ignoriert." in content


@pytest.mark.parametrize("page", ["abc", "0", "-1", "999", "1.5", ""])
def test_bad_page_numbers_show_a_page_of_results(client, demo_site, page):
    with override_settings(DIRECTORY_PAGE_SIZE=5):
        response = client.get(URL, {"page": page})
    assert response.status_code == 200
    assert len(card_titles(response)) in (2, 5)


def test_the_page_size_comes_from_the_settings(client, demo_site):
    with override_settings(DIRECTORY_PAGE_SIZE=5):
        first = card_titles(client.get(URL))
        third = card_titles(client.get(URL, {"page": 3}))
    assert len(first) == 5
    assert len(third) == 2


def test_the_result_count_is_announced(client, demo_site):
    content = client.get(URL, {"neighbourhood": "kladow"}).content.decode()
    assert "1 Organisation gefunden" in content


def test_the_english_directory_shows_english_descriptions(client, demo_site):
    content = client.get("/en/organisations/").content.decode()
    assert "Speaking German without exam pressure" in content
    assert "Deutsch sprechen ohne Prüfungsdruck" not in content


def test_an_untranslated_organisation_appears_in_german_in_the_english_directory(client, german_directory):
    make_organisation(german_directory, title="Neu gegründete Initiative", topics=["Bildung"])
    content = client.get("/en/organisations/").content.decode()
    assert "Neu gegründete Initiative" in content
    # The German title says it is German; the card's labels stay English.
    assert re.search(r'<a href="/de/[^"]+" lang="de" dir="ltr">Neu gegründete Initiative</a>', content)


def test_a_draft_organisation_is_not_listed(client, german_directory):
    page = make_organisation(german_directory, title="Noch nicht veröffentlicht")
    page.unpublish()
    assert "Noch nicht veröffentlicht" not in client.get(URL).content.decode()


# --- CSV export -----------------------------------------------------------------------------------------------


def csv_rows(response):
    text = response.content.decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text)))


def test_csv_export_has_a_header_and_one_row_per_organisation(client, demo_site):
    response = client.get(URL + "csv/")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert 'filename="organisationen.csv"' in response["Content-Disposition"]
    rows = csv_rows(response)
    assert rows[0][:3] == ["Name", "Profilseite", "Kurzbeschreibung"]
    assert len(rows) == 13


def test_csv_export_honours_the_filters(client, demo_site):
    rows = csv_rows(client.get(URL + "csv/", {"language": "vi"}))
    assert [row[0] for row in rows[1:]] == ["Seniorentreff Mekong"]


def test_csv_link_carries_the_current_filters(client, demo_site):
    content = client.get(URL, {"language": "vi", "page": "1"}).content.decode()
    assert f'href="{URL}csv/?language=vi"' in content


def test_csv_export_contains_only_public_fields(client, demo_site):
    header = csv_rows(client.get(URL + "csv/"))[0]
    assert "E-Mail" in header
    assert not any(column.lower() == "id" or "revision" in column.lower() for column in header)


def test_csv_cells_that_look_like_formulas_are_neutralised(client, german_directory):
    make_organisation(german_directory, title='=HYPERLINK("http://evil.example")', short_description="+49 ist gut")
    rows = csv_rows(client.get(URL + "csv/", {"q": "HYPERLINK"}))
    assert rows[1][0] == '\'=HYPERLINK("http://evil.example")'
    assert rows[1][2] == "'+49 ist gut"


# --- Map -------------------------------------------------------------------------------------------------------


def map_data(response):
    import json

    match = re.search(
        r'<script id="directory-map-data" type="application/json">(.*?)</script>', response.content.decode()
    )
    return json.loads(match.group(1)) if match else None


def test_a_repeated_filter_parameter_uses_one_value_without_failing(client, demo_site):
    response = client.get(URL + "?topic=bildung&topic=kultur")
    assert response.status_code == 200
    assert card_titles(response)


def test_without_a_tile_url_there_is_no_map_only_the_list(client, demo_site):
    with override_settings(DIRECTORY_MAP_TILE_URL=""):
        response = client.get(URL)
    content = response.content.decode()
    assert map_data(response) is None
    assert "leaflet" not in content
    assert len(card_titles(response)) == 12


@override_settings(
    DIRECTORY_MAP_TILE_URL="https://tiles.example.org/{z}/{x}/{y}.png", DIRECTORY_MAP_ATTRIBUTION="© Test"
)
def test_with_a_tile_url_the_map_gets_every_filtered_organisation_with_coordinates(client, demo_site):
    response = client.get(URL, {"neighbourhood": "wilhelmstadt"})
    markers = map_data(response)
    assert {marker["name"] for marker in markers} == {"Forum Ostafrika Spandau", "Nachbarschaftsbrücke Wilhelmstadt"}
    marker = next(m for m in markers if m["name"] == "Forum Ostafrika Spandau")
    assert marker["url"] == "/de/organisationen/forum-ostafrika-spandau/"
    assert 52.33 <= marker["lat"] <= 52.68 and 13.08 <= marker["lon"] <= 13.77
    assert marker["neighbourhood"] == "Wilhelmstadt"


@override_settings(DIRECTORY_MAP_TILE_URL="https://tiles.example.org/{z}/{x}/{y}.png")
def test_the_map_is_hidden_until_its_script_starts_and_uses_only_self_hosted_files(client, demo_site):
    content = client.get(URL).content.decode()
    assert re.search(
        r'<div id="directory-map"[^>]*data-tile-url="https://tiles.example.org/\{z\}/\{x\}/\{y\}.png"[^>]* hidden>',
        content,
    )
    assert '<script src="/static/directory/vendor/leaflet/leaflet.js' in content
    assert '<script src="/static/directory/map.js' in content
    assert "unpkg" not in content and "cdn" not in content.lower()


@override_settings(DIRECTORY_MAP_TILE_URL="https://tiles.example.org/{z}/{x}/{y}.png")
def test_organisations_without_coordinates_are_listed_but_not_on_the_map(client, german_directory):
    make_organisation(german_directory, title="Ohne Koordinaten", latitude=None, longitude=None)
    response = client.get(URL, {"q": "Ohne Koordinaten"})
    assert card_titles(response) == ["Ohne Koordinaten"]
    assert map_data(response) is None  # no marker at all: no map


def test_the_directory_page_has_no_inline_scripts_or_styles(client, demo_site):
    with override_settings(DIRECTORY_MAP_TILE_URL="https://tiles.example.org/{z}/{x}/{y}.png"):
        content = client.get(URL).content.decode()
    assert "style=" not in content
    assert not re.search(r"<script(?![^>]*(src=|type=\"application/(ld\+)?json\"))", content)
    assert " onclick=" not in content
