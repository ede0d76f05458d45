"""The exchange in a real browser without JavaScript: filters are a plain form, results are links."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db]  # one shared live server: conftest.demo_server


def test_visitor_filters_the_exchange_without_javascript(page_without_js, demo_server):
    page = page_without_js
    page.goto(f"{demo_server}/de/ressourcenboerse/")
    page.get_by_label("Angebote oder Gesuche").select_option("need")
    page.get_by_label("Art", exact=True).select_option("interpreting")
    page.get_by_role("button", name="Anzeigen").click()
    page.wait_for_url("**/de/ressourcenboerse/?*kind=interpreting*")
    assert page.locator(".exchange-card").count() == 1
    page.get_by_role("link", name="Sprachmittlung Dari für einen Elternabend gesucht").click()
    assert page.get_by_role("heading", name="Passende Angebote").is_visible()
    assert page.get_by_role("link", name="Ehrenamtliche Sprachmittlung Dari, Farsi und Paschtu").is_visible()
    page.get_by_role("link", name="Kontakt aufnehmen").click()
    page.get_by_role("button", name="Nachricht senden").click()
    assert page.get_by_text("Es wurde noch nichts gesendet").is_visible()
