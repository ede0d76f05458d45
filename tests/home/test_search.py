"""Site search: every page type in the visitor's language, labelled and highlighted, robust against any input."""

import re

import pytest
from wagtail.models import PageViewRestriction

from demo import seeding
from news.models import NewsIndexPage, NewsPage

pytestmark = pytest.mark.django_db


def results(response):
    content = response.content.decode()
    return re.findall(
        r'<p class="search-result__type">([^<]*)</p>\s*<h2 class="search-result__title"><a href="([^"]*)">(.*?)</a>',
        content,
        re.S,
    )


def search(client, language, query, **params):
    return client.get(f"/{language}/search/", {"q": query, **params})


def test_every_page_has_a_search_form_in_the_header(client, demo_site):
    content = client.get("/de/impressum/").content.decode()
    assert '<form class="site-search" role="search" method="get" action="/de/search/">' in content


def test_search_finds_german_news_and_resources_labelled_by_type(client, demo_site):
    found = results(search(client, "de", "Förderung"))
    types = {kind for kind, _url, _title in found}
    assert {"Nachricht", "Material"} <= types
    assert any(url == "/de/aktuelles/neuer-foerderaufruf-integrationsfonds/" for _kind, url, _title in found)


def test_search_stays_in_the_visitors_language(client, demo_site):
    english = results(search(client, "en", "funding"))
    assert english
    assert all(url.startswith("/en/") for _kind, url, _title in english)
    assert results(search(client, "en", "Förderaufruf")) == []


def test_search_highlights_the_query_words(client, demo_site):
    content = search(client, "de", "Sprachcafé").content.decode()
    assert "<mark>Sprachcafé</mark>" in content


def test_highlighting_escapes_markup_in_page_content(client, demo_site):
    index = NewsIndexPage.objects.get(locale__language_code="de")
    page = NewsPage(title="<b>Laut</b> & Kiezfest", slug="laut", teaser="Kiezfest <script>alert(1)</script>")
    index.add_child(instance=page)
    page.save_revision().publish()
    content = search(client, "de", "Kiezfest").content.decode()
    assert "&lt;b&gt;Laut&lt;/b&gt; &amp; <mark>Kiezfest</mark>" in content
    assert "<script>alert(1)</script>" not in content


def test_search_finds_arabic_content_on_the_right_to_left_page(client, demo_site, django_capture_on_commit_callbacks):
    german = NewsPage.objects.get(slug="sprachcafe-kladow-und-gatow")
    dictionary = {
        "Aktuelles": "الأخبار",
        "aktuelles": "akhbar",
        german.title: "مقهى لغوي جديد في كلادوف وغاتوف",
        german.teaser: "يلتقي سكان كلادوف وغاتوف كل يوم أربعاء للتحدث باللغة الألمانية في أجواء مريحة.",
        german.slug: "maqha-lughawi",
    }
    with django_capture_on_commit_callbacks(execute=True):  # wagtail-localize publishes on commit
        seeding.translate_page(german.get_parent().specific, "ar", dictionary, lambda message: None)
        seeding.translate_page(german, "ar", dictionary, lambda message: None)
    response = search(client, "ar", "مقهى")
    assert 'dir="rtl"' in re.search(r"<html[^>]*>", response.content.decode()).group(0)
    found = results(response)
    assert [title for _kind, _url, title in found] == ["<mark>مقهى</mark> لغوي جديد في كلادوف وغاتوف"]
    assert found[0][0] == "خبر"


def test_search_leaves_out_drafts_and_private_pages(client, demo_site):
    index = NewsIndexPage.objects.get(locale__language_code="de")
    draft = NewsPage(title="Geheimtreffen Entwurf", slug="geheim-entwurf", teaser="Geheimtreffen", live=False)
    index.add_child(instance=draft)
    private = NewsPage(title="Geheimtreffen Mitglieder", slug="geheim-mitglieder", teaser="Geheimtreffen")
    index.add_child(instance=private)
    private.save_revision().publish()
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    assert results(search(client, "de", "Geheimtreffen")) == []


def test_empty_search_invites_a_query(client, demo_site):
    content = client.get("/de/search/").content.decode()
    assert '<p class="empty-state">' in content
    assert 'class="search-results"' not in content


def test_search_without_results_explains_what_to_try(client, demo_site):
    content = search(client, "de", "Quastenflosser").content.decode()
    assert '<div class="empty-state" role="status">' in content
    assert "<bdi>Quastenflosser</bdi>" in content


HOSTILE = [
    "'; DROP TABLE wagtailcore_page;--",
    '" OR 1=1 --',
    "%_\\",
    "*",
    "((()))",
    '"unclosed',
    "NEAR(a b) AND NOT",
    "a:b ^c",
    "<script>alert(1)</script>",
    "\x00\x01\x1b[31m",
    "\u202egnirts desrever",
    "😀 🇺🇦 👩🏽‍💻",
    "Привет, Шпандау!",
    "Привіт, Шпандау!",
    "سلام، اشپانداو",
    "می‌خواهم",
    "مرحبا بكم",
    "Spandau'da dernek",
    "Zażółć gęślą jaźń",
    "x" * 10_000,
    "Verein " * 2_000,
]


@pytest.mark.parametrize("query", HOSTILE, ids=range(len(HOSTILE)))
@pytest.mark.parametrize("language", ["de", "ar"])
def test_hostile_queries_answer_with_a_page(client, demo_site, query, language):
    response = search(client, language, query)
    assert response.status_code == 200
    content = response.content.decode()
    assert "<script>alert(1)</script>" not in content
    assert "\x00" not in content


def test_very_long_query_is_shortened_with_a_notice(client, demo_site):
    response = search(client, "de", "Förderung " * 1_000)
    content = response.content.decode()
    assert '<p class="notice" role="status">' in content
    assert 'value="Förderung Förderung' in content
    assert "Förderung " * 25 not in content
    assert results(response)


@pytest.mark.parametrize("page", ["abc", "-1", "0", "99999", "1e9", "9" * 50])
def test_bad_result_page_numbers_answer_with_a_page(client, demo_site, page):
    response = search(client, "de", "Spandau", page=page)
    assert response.status_code == 200
    assert results(response)


def test_results_are_paginated_and_keep_the_query(client, demo_site):
    first = search(client, "de", "Spandau")
    content = first.content.decode()
    assert len(results(first)) == 10
    assert 'href="?q=Spandau&amp;page=2"' in content
    second = results(search(client, "de", "Spandau", page="2"))
    assert second and not set(second) & set(results(first))
