"""News items name the organisations, working groups and series they are about."""

import pytest

from directory.models import OrganisationPage
from news.models import NewsPage

pytestmark = pytest.mark.django_db


def test_news_about_an_organisation_are_found_in_every_language(demo_site):
    organisation = OrganisationPage.objects.get(slug="sprachcafe-kladow", locale__language_code="de")
    about = NewsPage.objects.live().about(organisation)
    assert {page.locale.language_code for page in about} == {"de", "en", "tr"}
    english_profile = organisation.get_translation(about.filter(locale__language_code="en").first().locale)
    assert set(NewsPage.objects.live().about(english_profile)) == set(about)


def test_news_page_links_the_organisation_it_is_about(client, demo_site):
    news = NewsPage.objects.get(slug="sprachcafe-kladow-und-gatow", locale__language_code="de")
    organisation = OrganisationPage.objects.get(slug="sprachcafe-kladow", locale__language_code="de")
    assert f'href="{organisation.url}"' in client.get(news.url).content.decode()
