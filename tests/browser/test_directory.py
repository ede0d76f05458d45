"""The organisation directory in a real browser: filters work without JavaScript; the map only enhances the list."""

import pytest
from django.test import override_settings

pytestmark = [pytest.mark.browser, pytest.mark.django_db]  # one shared live server: conftest.demo_server


def test_visitor_filters_the_directory_without_javascript(page_without_js, demo_server):
    page = page_without_js
    page.goto(f"{demo_server}/de/organisationen/")
    page.get_by_label("Gesprochene Sprache").select_option("vi")
    page.get_by_role("button", name="Ergebnisse anzeigen").click()
    page.wait_for_url("**/de/organisationen/?*language=vi*")
    assert page.locator(".org-card").count() == 1
    assert page.get_by_role("link", name="Seniorentreff Mekong").is_visible()
    page.get_by_role("link", name="Filter zurücksetzen").first.click()
    assert page.locator(".org-card").count() == 12


def test_without_javascript_the_map_stays_hidden_and_the_list_is_complete(page_without_js, demo_server):
    with override_settings(DIRECTORY_MAP_TILE_URL=f"{demo_server}/tiles/{{z}}/{{x}}/{{y}}.png"):
        page_without_js.goto(f"{demo_server}/de/organisationen/")
        assert not page_without_js.locator("#directory-map").is_visible()
        assert page_without_js.locator(".org-card").count() == 12


def test_with_javascript_the_map_shows_a_marker_per_organisation_even_when_tiles_fail(page, demo_server):
    # No tile server is reachable here: the tile URL points at this site, which answers 404 for every tile.
    with override_settings(DIRECTORY_MAP_TILE_URL=f"{demo_server}/tiles/{{z}}/{{x}}/{{y}}.png"):
        page.goto(f"{demo_server}/de/organisationen/")
        page.wait_for_selector(".leaflet-marker-icon")
        assert page.locator("#directory-map").is_visible()
        assert page.locator(".leaflet-marker-icon").count() == 12
        assert page.locator(".org-card").count() == 12
        assert not page.locator(".directory-map__fallback").is_visible()
