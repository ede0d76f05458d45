"""In a real Chromium without JavaScript: filter the programme, register for a session, see the confirmation."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db]  # one shared live server: conftest.demo_server


def test_visitor_filters_and_registers_for_a_training_without_javascript(page_without_js, demo_server):
    page = page_without_js
    page.goto(f"{demo_server}/de/fortbildungen/")
    page.select_option("select[name=kind]", "workshop")
    page.click("button:has-text('Termine anzeigen')")
    assert "kind=workshop" in page.url
    page.click("text=Öffentlichkeitsarbeit und Social Media für Vereine")
    page.click("a.button:has-text('Anmelden')")
    page.fill("input[name=name]", "Leyla Demir")
    page.fill("input[name=email]", "leyla@example.org")
    page.click("button:has-text('Jetzt anmelden')")
    assert "Bitte stimmen Sie der Speicherung" in page.content()  # consent is required
    page.check("input[name=consent]")
    page.click("button:has-text('Jetzt anmelden')")
    assert page.locator("h1").inner_text() == "Sie sind angemeldet"
