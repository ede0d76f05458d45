"""The demo programme: six series with past and upcoming sessions, a network meeting, English translations."""

import pytest
from django.utils import timezone
from wagtail.models import Locale

from trainings.models import Kind, TrainingSeriesPage, TrainingSession

pytestmark = pytest.mark.django_db


def test_demo_has_six_series_including_a_network_meeting(demo_site):
    german = TrainingSeriesPage.objects.filter(locale__language_code="de").live()
    assert german.count() >= 6
    assert german.filter(kind=Kind.NETWORK_MEETING).exists()


def test_demo_has_past_and_upcoming_sessions(demo_site):
    sessions = TrainingSession.objects.canonical()
    now = timezone.now()
    assert sessions.filter(end__lt=now).exists()
    assert sessions.filter(start__gt=now).count() >= 6


def test_every_demo_series_is_translated_to_english_with_the_same_sessions(demo_site):
    english_locale = Locale.objects.get(language_code="en")
    for page in TrainingSeriesPage.objects.filter(locale__language_code="de"):
        english = page.get_translation(english_locale).specific
        assert english.live
        assert english.title != page.title
        german_uuids = sorted(str(s.uuid) for s in page.sessions.all())
        assert sorted(str(s.uuid) for s in english.sessions.all()) == german_uuids


def test_programme_page_lives_at_fortbildungen_and_trainings(client, demo_site):
    assert client.get("/de/fortbildungen/").status_code == 200
    assert client.get("/en/trainings/").status_code == 200


def test_programme_page_can_exist_once_per_home_page(demo_site):
    from trainings.models import TrainingIndexPage

    assert not TrainingIndexPage.can_create_at(demo_site)


def test_turkish_series_page_names_its_topics_in_turkish(client, demo_site):
    turkish = Locale.objects.get(language_code="tr")
    page = TrainingSeriesPage.objects.get(locale__language_code="de", slug="foerderantraege-erfolgreich-schreiben")
    content = client.get(page.get_translation(turkish).url).content.decode()
    assert "Hibe ve destek" in content  # the Turkish label of the topic "Förderung"
    assert "Förderung" not in content
