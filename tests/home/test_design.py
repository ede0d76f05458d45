"""What the design promises in the HTML itself: service links, the accessibility statement in every language, valid
machine-readable dates, descriptions that exist, a route link, no stray full stops."""

import re

import pytest
from django.conf import settings
from wagtail.models import Page

from directory.models import OrganisationPage
from home.models import StandardPage


def test_footer_links_to_imprint_privacy_and_accessibility_statement(client, demo_site):
    content = client.get("/en/").content.decode()
    footer = re.search(r'<footer class="site-footer">.*?</footer>', content, re.S).group(0)
    assert 'href="/en/imprint/"' in footer
    assert 'href="/en/privacy/"' in footer
    assert 'href="/en/accessibility/">Accessibility statement</a>' in footer


@pytest.mark.parametrize("code", [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE])
def test_accessibility_statement_is_translated_into_every_content_language(client, demo_site, code):
    statement = StandardPage.objects.get(slug="barrierefreiheit", locale__language_code="de")
    translation = Page.objects.get(translation_key=statement.translation_key, locale__language_code=code)
    response = client.get(translation.url)
    assert response.status_code == 200
    assert 'role="note"' not in response.content.decode()  # a real translation, not the German fallback


def test_sign_language_page_shows_a_labelled_placeholder_and_the_transcript(client, demo_site):
    content = client.get("/de/gebaerdensprache/").content.decode()
    assert "Platzhalter: Das Video in Deutscher Gebärdensprache wird vorbereitet." in content
    assert "<summary>Transkript</summary>" in content


def test_header_links_the_sign_language_page(client, demo_site):
    header = re.search(r'<header class="site-header">.*?</header>', client.get("/de/").content.decode(), re.S)
    assert 'href="/de/gebaerdensprache/"' in header.group(0)


def test_time_elements_carry_valid_datetimes_without_microseconds(client, demo_site):
    content = client.get("/de/fortbildungen/").content.decode()
    values = re.findall(r'<time datetime="([^"]+)"', content)
    assert values
    for value in values:
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2})?", value), value


def test_every_aria_describedby_points_to_an_element_on_the_page(client, demo_site):
    for url in ("/de/organisationen/", "/de/fortbildungen/"):
        content = client.get(url).content.decode()
        for reference in re.findall(r'aria-describedby="([^"]+)"', content):
            for element_id in reference.split():
                assert f'id="{element_id}"' in content, (url, element_id)


def test_the_carriers_name_is_not_followed_by_a_second_full_stop(client, demo_site):
    for code in ("de", "en", "ar", "pl"):
        assert "e.V.." not in client.get(f"/{code}/").content.decode()


def test_organisation_page_offers_a_route_instead_of_raw_coordinates(client, demo_site):
    organisation = OrganisationPage.objects.live().filter(latitude__isnull=False, locale__language_code="de").first()
    content = client.get(organisation.url).content.decode()
    assert "https://www.openstreetmap.org/directions?route=%3B" in content
    assert "Route planen" in content
    assert f"{organisation.latitude:.5f}, {organisation.longitude:.5f}" not in content


def test_home_page_shows_calls_to_action_next_dates_and_supporters(client, demo_site):
    content = client.get("/de/").content.decode()
    assert "Organisation finden" in content
    assert 'id="next-sessions-heading"' in content
    assert 'id="new-organisations-heading"' in content
    assert "Bezirksamt Spandau von Berlin" in content
