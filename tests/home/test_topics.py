"""Topics are one shared vocabulary; visitors read them in their language (TopicLabel, translated like pages)."""

import pytest
from django.core.cache import cache
from taggit.models import Tag
from wagtail.models import Locale
from wagtail_localize.models import Translation

from home.models import TopicLabel

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_labels():
    cache.clear()
    yield
    cache.clear()


def test_directory_filter_offers_topics_in_english_on_the_english_site(client, demo_site):
    content = client.get("/en/organisations/").content.decode()
    assert '<option value="bildung">Education</option>' in content


def test_turkish_visitors_read_turkish_topic_names_even_on_a_german_fallback_page(client, demo_site):
    from directory.models import OrganisationPage

    german = OrganisationPage.objects.get(slug="kulturforum-anatolien-spandau", locale__language_code="de")
    german.get_translation(Locale.objects.get(language_code="tr")).delete()
    content = client.get("/tr/organisationen/kulturforum-anatolien-spandau/").content.decode()
    assert 'lang="de"' in content  # the German profile, with the fallback notice
    assert ">Kültür</a>" in content


def test_a_topic_without_a_label_keeps_its_german_name(client, demo_site):
    TopicLabel.objects.filter(tag__name="Bildung", locale__language_code="en").delete()
    assert '<option value="bildung">Bildung</option>' in client.get("/en/organisations/").content.decode()


def test_a_changed_label_shows_at_once(client, demo_site):
    client.get("/en/organisations/")  # fills the cache
    label = TopicLabel.objects.get(tag__name="Bildung", locale__language_code="en")
    label.label = "Education and schools"
    label.save()
    assert '<option value="bildung">Education and schools</option>' in client.get("/en/organisations/").content.decode()


def test_topic_labels_are_translated_with_wagtail_localize(demo_site):
    german = TopicLabel.objects.get(tag=Tag.objects.get(name="Kultur"), locale__language_code="de")
    assert Translation.objects.filter(
        source__object_id=german.translation_key, target_locale=Locale.objects.get(language_code="tr")
    ).exists()


def test_the_content_api_labels_topics_in_the_requested_language(client, demo_site):
    items = client.get("/api/content/organisations?lang=en&topic=bildung").json()["items"]
    assert items
    assert {"slug": "bildung", "name": "Education"} in items[0]["topics"]
