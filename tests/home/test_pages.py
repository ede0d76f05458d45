"""What a visitor sees: every language, its direction, navigation, switcher, footer and friendly errors."""

import re

import pytest
from django.conf import settings
from wagtail.models import Locale

pytestmark = pytest.mark.django_db

RTL = {"ar", "fa"}


def html_tag(response):
    return re.search(r"<html[^>]*>", response.content.decode()).group(0)


def test_root_redirects_to_german_home(client, demo_site):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/de/"


def test_root_redirects_to_browser_language_when_it_is_a_content_language(client, demo_site):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="tr,en;q=0.8")
    assert response["Location"] == "/tr/"


@pytest.mark.parametrize("code", [code for code, _name in settings.LANGUAGES])
def test_home_page_answers_in_every_language_with_lang_and_direction(client, demo_site, code):
    response = client.get(f"/{code}/")
    assert response.status_code == 200
    tag = html_tag(response)
    assert f'lang="{code}"' in tag
    assert f'dir="{"rtl" if code in RTL else "ltr"}"' in tag


def test_english_home_page_shows_the_english_translation(client, demo_site):
    content = client.get("/en/").content.decode()
    assert "connects migrant organisations" in content
    assert "vernetzt Migrant*innenorganisationen" not in content


def test_untranslated_language_shows_german_content_with_a_notice(client, demo_site):
    content = client.get("/ru/ueber-die-initiative/").content.decode()
    assert "Gemeinsam erreichen wir mehr Menschen in Spandau." in content
    assert 'role="note"' in content
    assert '<main id="main" tabindex="-1">' in content  # the interface around the German text stays Russian
    assert '<div class="stream" lang="de" dir="ltr">' in content  # only the German text says it is German


def test_translated_page_has_no_fallback_notice(client, demo_site):
    assert 'role="note"' not in client.get("/en/").content.decode()


def test_language_switcher_links_to_the_same_page_in_other_languages(client, demo_site):
    content = client.get("/en/about-the-initiative/").content.decode()
    assert 'href="/de/ueber-die-initiative/" lang="de"' in content
    assert 'href="/en/about-the-initiative/" lang="en"' in content


def test_language_switcher_marks_languages_without_translation(client, demo_site):
    content = client.get("/de/ueber-die-initiative/").content.decode()
    russian = re.search(r'<a href="([^"]*)" lang="ru"[^>]*class="([^"]*)"', content, re.S)
    assert russian.group(1) == "/ru/ueber-die-initiative/"
    assert "is-untranslated" in russian.group(2)


def test_untranslated_page_falls_back_to_german_with_a_notice_instead_of_404(client, demo_site):
    response = client.get("/pl/ueber-die-initiative/")
    assert response.status_code == 200
    content = response.content.decode()
    assert '<h1><bdi lang="de" dir="ltr">Über die Initiative</bdi></h1>' in content
    assert "Ta strona nie jest jeszcze dostępna w Twoim języku." in content
    assert 'lang="pl"' in html_tag(response)


def test_fallback_also_works_when_the_language_has_a_home_page_but_not_this_page(client, demo_site):
    assert demo_site.has_translation(Locale.objects.get(language_code="ru"))  # the demo translates the start page
    response = client.get("/ru/ueber-die-initiative/")
    assert response.status_code == 200
    assert '<h1><bdi lang="de" dir="ltr">Über die Initiative</bdi></h1>' in response.content.decode()


def test_german_address_under_another_language_redirects_to_its_translation(client, demo_site):
    response = client.get("/en/ueber-die-initiative/")
    assert response.status_code == 302
    assert response["Location"] == "/en/about-the-initiative/"


def test_turkish_visitors_read_the_turkish_demo_pages(client, demo_site):
    response = client.get("/tr/girisim-hakkinda/")
    assert response.status_code == 200
    assert "<h1><bdi>Girişim hakkında</bdi></h1>" in response.content.decode()
    assert 'role="note"' not in response.content.decode()


def test_arabic_about_page_is_translated_and_right_to_left(client, demo_site):
    response = client.get("/ar/عن-المبادرة/")
    assert response.status_code == 200
    assert "<h1><bdi>عن المبادرة</bdi></h1>" in response.content.decode()
    assert 'dir="rtl"' in html_tag(response)


def test_page_that_exists_in_no_language_is_still_a_404(client, demo_site):
    assert client.get("/tr/gibt-es-nirgends/").status_code == 404


def test_pages_announce_their_translations_with_hreflang(client, demo_site):
    content = client.get("/de/ueber-die-initiative/").content.decode()
    assert '<link rel="alternate" hreflang="en" href="http://testserver/en/about-the-initiative/">' in content
    assert '<link rel="alternate" hreflang="x-default" href="http://testserver/de/ueber-die-initiative/">' in content
    assert 'hreflang="ru" href="http' not in content


def test_header_navigation_is_built_from_the_page_tree(client, demo_site):
    content = client.get("/de/").content.decode()
    nav = re.search(r'<nav class="main-nav".*?</nav>', content, re.S).group(0)
    assert '<a href="/de/ueber-die-initiative/">Über die Initiative</a>' in nav
    assert "Impressum" not in nav  # not "shown in menus"


def test_current_section_is_marked_in_the_navigation(client, demo_site):
    content = client.get("/en/about-the-initiative/").content.decode()
    assert '<a href="/en/about-the-initiative/" aria-current="page">' in content


def test_every_page_has_a_skip_link_to_the_main_content(client, demo_site):
    content = client.get("/de/impressum/").content.decode()
    assert '<a class="skip-link" href="#main">Zum Inhalt springen</a>' in content
    assert '<main id="main"' in content


def test_footer_carries_contact_and_funding(client, demo_site):
    content = client.get("/de/").content.decode()
    assert 'href="mailto:migraktiv-spandau@narud.org"' in content
    assert "030 40 75 75 51" in content
    assert "NARUD e.V." in content
    assert "FEIN" in content


def test_standard_page_renders_its_blocks(client, demo_site):
    content = client.get("/de/ueber-die-initiative/").content.decode()
    assert "<h2>Ziele</h2>" in content
    assert "<summary>Wer kann mitmachen?</summary>" in content
    assert "<blockquote><p>Gemeinsam erreichen wir mehr Menschen in Spandau.</p></blockquote>" in content


@pytest.mark.parametrize(("code", "heading"), [("de", "Diese Website nutzen"), ("en", "Using this website")])
def test_the_start_page_says_what_the_site_offers_and_how_to_use_it(client, demo_site, code, heading):
    content = client.get(f"/{code}/").content.decode()
    assert f"<h2>{heading}</h2>" in content


def test_the_questions_of_the_about_page_are_translated_too(client, demo_site):
    content = client.get("/en/about-the-initiative/").content.decode()
    assert "<summary>Who can take part?</summary>" in content
    assert "Wer kann mitmachen?" not in content


@pytest.mark.parametrize(
    ("code", "heading"),
    [
        ("de", "Seite nicht gefunden"),
        ("en", "Page not found"),
        ("tr", "Sayfa bulunamadı"),
        ("ar", "الصفحة غير موجودة"),
    ],
)
def test_missing_page_answers_404_in_the_visitors_language(client, demo_site, code, heading):
    response = client.get(f"/{code}/gibt-es-nicht/")
    assert response.status_code == 404
    assert f"<h1>{heading}</h1>" in response.content.decode()
    assert f'lang="{code}"' in html_tag(response)


def test_healthz_only_says_the_process_answers(client, db):
    # Liveness only: dependencies are /readyz's job, so an outage never gets healthy containers restarted.
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_every_language_has_the_complete_navigation(client, demo_site):
    nav = re.search(r'<nav class="main-nav".*?</nav>', client.get("/ar/").content.decode(), re.S).group(0)
    assert "عن المبادرة</a>" in nav  # "About the initiative", translated
    # Not translated yet: German, under the Arabic prefix, and saying it is German.
    assert '<a href="/ar/organisationen/" lang="de" dir="ltr">Organisationen</a>' in nav


def test_navigation_costs_the_same_queries_however_many_sections(client, demo_site):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from home.models import StandardPage

    def queries():
        client.get("/tr/")
        with CaptureQueriesContext(connection) as captured:
            client.get("/tr/")
        return len(captured)

    before = queries()
    for number in range(5):
        demo_site.add_child(
            instance=StandardPage(title=f"Bereich {number}", slug=f"bereich-{number}", show_in_menus=True)
        )
    assert queries() == before
