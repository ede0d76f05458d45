"""Leichte Sprache (``de-simple``): a content language of its own, translated from German like the others, with
German's interface, its own fallback notice, and no place in hreflang."""

import re

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.utils import translation
from wagtail.models import GroupPagePermission, Page
from wagtail_localize.models import Translation

from home import languages
from home.localization import is_translated
from home.models import HomePage, TranslatorGroup

pytestmark = pytest.mark.django_db

EASY = "de-simple"


def switcher_link(content, code):
    """The language switcher's entry for ``code``: (href, text)."""
    match = re.search(rf'<a href="([^"]+)" lang="{code}" hreflang="{code}" dir="ltr"[^>]*>([^<]+)', content)
    return match.group(1), match.group(2)


def test_leichte_sprache_is_a_content_language_after_german_but_no_admin_language():
    codes = [code for code, _name in settings.LANGUAGES]
    assert codes[:2] == ["de", EASY]
    assert dict(settings.WAGTAIL_CONTENT_LANGUAGES)[EASY] == "Leichte Sprache"
    assert EASY not in dict(settings.WAGTAILADMIN_PERMITTED_LANGUAGES)  # the admin has no easy-language interface


def test_the_switcher_offers_leichte_sprache_by_its_own_name_and_the_link_answers(client, demo_site):
    href, name = switcher_link(client.get("/de/ueber-die-initiative/").content.decode(), EASY)
    assert name == "Leichte Sprache"
    assert href == "/de-simple/ueber-uns/"
    response = client.get(href)
    assert response.status_code == 200
    assert '<html lang="de-simple" dir="ltr">' in response.content.decode()


def test_a_leichte_sprache_page_names_itself_leichte_sprache_not_deutsch_in_the_switcher(client, demo_site):
    content = client.get("/de-simple/").content.decode()
    switcher = content.split('<details class="header-menu header-menu--language', 1)[1]
    summary = re.search(r'<summary class="header-button">.*?</summary>', switcher, re.S).group(0)
    assert '<span class="header-button__label" lang="de-simple" dir="ltr">Leichte Sprache</span>' in summary


def test_the_interface_of_leichte_sprache_is_german(client, demo_site):
    with translation.override(EASY):
        assert translation.gettext("Search") == "Suche"
    content = client.get("/de-simple/").content.decode()
    assert '<h2 id="footer-service">Service</h2>' in content and "Barriere melden" in content


def test_a_page_without_leichte_sprache_shows_german_with_a_notice_in_leichte_sprache(client, demo_site):
    response = client.get("/de-simple/organisationen/")
    assert response.status_code == 200
    content = response.content.decode()
    notice = re.search(r'<p class="notice" role="note">(.*?)</p>', content).group(1)
    assert notice == (
        "Diese Seite gibt es noch nicht in Leichter Sprache. Hier lesen Sie die Seite in Alltags-Sprache."
    )
    # The page's text is standard German and says so; the interface around it is the visitor's.
    assert '<h1><bdi lang="de" dir="ltr">Organisationen</bdi></h1>' in content
    assert re.search(r"<main[^>]*>", content).group(0) == '<main id="main" tabindex="-1">'


def test_other_languages_keep_their_own_notice(client, demo_site):
    content = client.get("/de-simple/organisationen/".replace(EASY, "ru")).content.decode()
    notice = re.search(r'<p class="notice" role="note">(.*?)</p>', content).group(1)
    assert "Leichte" not in notice and "Alltags-Sprache" not in notice


@pytest.mark.parametrize("slug", ["home", "ueber-die-initiative"])
def test_the_demo_start_and_about_pages_are_completely_in_leichte_sprache(demo_site, slug):
    german = demo_site if slug == "home" else demo_site.get_children().get(slug=slug)
    translation_of = Translation.objects.get(
        source__object_id=german.translation_key, target_locale__language_code=EASY
    )
    total, translated = translation_of.get_progress()
    assert total > 0
    assert translated == total
    easy = Page.objects.get(translation_key=german.translation_key, locale__language_code=EASY)
    assert easy.live and is_translated(easy)


def test_the_start_page_in_leichte_sprache_explains_the_site_navigation_and_accessibility(client, demo_site):
    """BITV 2.0 § 4: what the site offers, how to find one's way, the essentials of the accessibility statement and
    which pages exist in Leichte Sprache, on the start page, one sentence per line."""
    content = client.get("/de-simple/").content.decode()
    assert 'class="site-notice"' not in content  # a translation, not the German page
    expected = [
        '<p class="lead">Willkommen bei MigrAktiv Spandau!<br>',  # plain text keeps its lines too
        "Eine Migranten-Organisation ist ein Verein.<br/>",  # what the site offers, hard words explained
        "Oben auf jeder Seite ist das Menü.<br/>",  # how to find one's way
        "Mit diesem Knopf wählen Sie eine andere Sprache.<br/>",
        "Diese Seiten gibt es auch in Leichter Sprache:<br/>",
        "Das nennt man: Barriere-Freiheit.<br/>",  # the accessibility statement's essentials
        "Sie können uns auch anrufen: 030 40 75 75 51.<br/>",
        'href="/de-simple/barriere-freiheit/">Erklärung zur Barriere-Freiheit</a>',
    ]
    assert [text for text in expected if text not in content] == []


def test_hreflang_leaves_leichte_sprache_out(client, demo_site):
    german = client.get("/de/ueber-die-initiative/").content.decode()
    assert '<link rel="alternate" hreflang="en" href="http://testserver/en/about-the-initiative/">' in german
    assert 'hreflang="de-simple" href="http' not in german
    # The Leichte Sprache page is no alternate of the others and names none itself.
    assert '<link rel="alternate"' not in client.get("/de-simple/ueber-uns/").content.decode()


def test_the_sitemap_lists_leichte_sprache_pages_without_alternates(client, demo_site):
    content = client.get("/sitemap.xml").content.decode()
    easy = re.search(r"<url><loc>http://testserver/de-simple/ueber-uns/</loc>.*?</url>", content, re.S).group(0)
    assert "xhtml:link" not in easy
    assert (
        "de-simple" not in content.split("<loc>http://testserver/de/ueber-die-initiative/</loc>")[1].split("</url>")[0]
    )
    assert 'hreflang="de-simple"' not in content


def test_leichte_sprache_has_its_own_translator_group_for_its_tree_only(demo_site):
    marker = TranslatorGroup.objects.get(language_code=EASY)
    assert marker.group.name == "Übersetzung Leichte Sprache (de-simple)"
    permissions = GroupPagePermission.objects.filter(group=marker.group).select_related("page__locale")
    assert {permission.page.locale.language_code for permission in permissions} == {EASY}
    assert {permission.page.pk for permission in permissions} == {
        HomePage.objects.get(depth=2, locale__language_code=EASY).pk
    }
    assert Group.objects.filter(name__startswith="Übersetzung").count() == len(settings.LANGUAGES) - 1


def test_easy_to_read_is_the_bcp47_variant_simple():
    assert languages.get(EASY).is_easy_to_read
    assert languages.get(EASY).variant_of == "de"
    assert not any(languages.get(code).is_easy_to_read for code in ("de", "en", "ar"))
