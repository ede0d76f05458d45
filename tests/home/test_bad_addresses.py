"""Addresses a visitor may hold that lead nowhere as typed: never a 500, always a way on in their language."""

import pytest
from django.test import TestCase
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from home.models import StandardPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def client(client):
    client.raise_request_exception = False  # a server error must show as the 500 it would be, not as a traceback
    return client


def follow(client, url, language="ar"):
    return client.get(url, follow=True, HTTP_ACCEPT_LANGUAGE=language)


def assert_clean_404_in(response, code, direction):
    assert response.status_code == 404
    content = response.content.decode()
    assert f'<html lang="{code}" dir="{direction}">' in content
    assert "<h1>" in content


@pytest.mark.parametrize("url", ["/xx/", "/zz/organisationen/", "/xx/ueber-die-initiative/"])
def test_unknown_language_prefix_is_a_404_in_the_visitors_language(client, demo_site, url):
    response = follow(client, url, language="ar")
    assert_clean_404_in(response, "ar", "rtl")
    assert '<a href="/ar/">' in response.content.decode()


def test_unknown_language_prefix_without_accept_language_is_a_german_404(client, demo_site):
    response = client.get("/zz/organisationen/", follow=True)
    assert_clean_404_in(response, "de", "ltr")


@pytest.mark.parametrize(
    ("url", "target"),
    [
        ("/en/organisationen/", "/en/organisations/"),
        ("/tr/ueber-die-initiative/", "/tr/girisim-hakkinda/"),
        (
            "/en/organisationen/nachbarschaftsbruecke-wilhelmstadt/",
            "/en/organisations/nachbarschaftsbruecke-wilhelmstadt/",
        ),
    ],
)
def test_german_slug_under_another_prefix_redirects_to_the_translation(client, demo_site, url, target):
    response = client.get(url)
    assert response.status_code in (301, 302)
    assert response["Location"] == target
    assert client.get(target).status_code == 200


def test_german_slug_without_translation_is_served_in_german_under_the_prefix(client, demo_site):
    response = client.get("/ar/organisationen/")
    assert response.status_code == 200
    assert response["Content-Language"] == "ar"


@pytest.fixture
def turkish_translation(demo_site):
    page = StandardPage(title="Sprachcafé im Kiez", slug="sprachcafe-im-kiez", intro="Jeden Dienstag.")
    demo_site.add_child(instance=page)
    page.save_revision().publish()
    locale = Locale.objects.get(language_code="tr")
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    for segment in source.stringsegment_set.select_related("string", "context"):
        if segment.string.data in {page.title, page.slug}:
            data = "Mahalle dil kafesi" if segment.string.data == page.title else "mahalle-dil-kafesi"
            StringTranslation.objects.create(
                translation_of=segment.string, locale=locale, context=segment.context, data=data
            )
    with TestCase.captureOnCommitCallbacks(execute=True):
        translation.save_target(publish=True)
    return page.get_translation(locale)


def test_link_to_a_deleted_translation_leads_to_the_german_page_in_the_visitors_language(client, turkish_translation):
    url = turkish_translation.url
    assert url == "/tr/mahalle-dil-kafesi/"
    assert client.get(url).status_code == 200
    turkish_translation.delete()
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"] == "/tr/sprachcafe-im-kiez/"
    page = client.get(response["Location"])
    assert page.status_code == 200
    content = page.content.decode()
    assert '<html lang="tr" dir="ltr">' in content
    assert '<h1><bdi lang="de" dir="ltr">Sprachcafé im Kiez</bdi></h1>' in content
    assert 'role="note"' in content  # the fallback notice


def test_a_new_translation_at_the_old_address_wins_over_the_redirect(client, demo_site, turkish_translation):
    url = turkish_translation.url
    turkish_translation.delete()
    replacement = StandardPage(title="Yeni sayfa", slug="mahalle-dil-kafesi")
    demo_site.get_translation(Locale.objects.get(language_code="tr")).add_child(instance=replacement)
    replacement.save_revision().publish()
    response = client.get(url)
    assert response.status_code == 200
    assert "Yeni sayfa" in response.content.decode()


def test_a_deleted_translation_whose_german_page_is_gone_too_is_a_clean_404(client, turkish_translation):
    url = turkish_translation.url
    source = turkish_translation.get_translation(Locale.objects.get(language_code="de"))
    turkish_translation.delete()
    source.delete()
    response = client.get(url, follow=True)
    assert_clean_404_in(response, "tr", "ltr")
    assert '<a href="/tr/">' in response.content.decode()
