"""The footer is a translatable snippet: editors change it in the admin, translators localise it like a page."""

import re

import pytest
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import Translation

from home.models import Footer

pytestmark = pytest.mark.django_db


def footer_of(client, path):
    return re.search(r"<footer.*?</footer>", client.get(path).content.decode(), re.S).group(0)


def test_each_language_reads_its_translated_footer(client, demo_site):
    turkish = footer_of(client, "/tr/")
    assert "Spandau İlçe Belediyesi" in turkish
    assert 'href="tel:+493040757551"' in turkish
    assert "lang=" not in turkish  # Turkish text on a Turkish page needs no marking


def test_a_change_to_the_german_footer_shows_on_the_german_site_at_once(client, demo_site):
    footer_of(client, "/de/")  # fills the cache
    footer = Footer.objects.get(locale__language_code="de")
    footer.about = "<p>Gefördert bis Ende 2027.</p>"
    footer.phone = "030 123 45 67"
    footer.save()
    german = footer_of(client, "/de/")
    assert "Gefördert bis Ende 2027." in german
    assert 'href="tel:+49301234567"' in german


def test_a_language_without_a_translated_footer_shows_the_german_one_marked_as_german(client, demo_site):
    Footer.objects.filter(locale__language_code="ru").delete()
    russian = footer_of(client, "/ru/")
    assert '<div class="site-footer__about" lang="de" dir="ltr">' in russian
    assert "Bezirksamts Spandau" in russian
    assert "Контакты" in russian or "Контакт" in russian  # headings stay interface text, in Russian


def test_pages_read_the_footer_from_the_cache(client, demo_site):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get("/tr/")
    with CaptureQueriesContext(connection) as queries:
        client.get("/tr/")
    assert not [query for query in queries if "home_footer" in query["sql"]]


def test_without_any_footer_the_built_in_one_shows(client, demo_site):
    Footer.objects.all().delete()
    german = footer_of(client, "/de/")
    assert 'href="tel:+493040757551"' in german
    assert "FEIN" in german


def test_the_footer_is_translated_with_wagtail_localize(demo_site):
    german = Footer.objects.get(locale__language_code="de")
    targets = Translation.objects.filter(source__object_id=german.translation_key).values_list(
        "target_locale__language_code", flat=True
    )
    assert set(targets) == {"de-simple", "en", "tr", "ar", "ru", "uk", "fa", "pl"}


def test_a_second_footer_in_one_language_is_refused_with_a_message(client, django_user_model, demo_site):
    client.force_login(django_user_model.objects.create_superuser("chefin", "chefin@example.org", "x"))
    german = Locale.objects.get(language_code="de")
    response = client.post(
        reverse("wagtailsnippets_home_footer:add") + f"?locale={german.language_code}",
        {"contact": "Noch eine", "email": "zweite@example.org", "about": '{"blocks": [], "entityMap": {}}'},
    )
    assert response.status_code == 200
    assert "Es gibt bereits eine Fußzeile in dieser Sprache." in response.content.decode()
    assert Footer.objects.filter(locale=german).count() == 1
