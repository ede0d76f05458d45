"""`seed_load` adds synthetic content at a scale below the demo site: pages that the site lists, serves and finds."""

import io

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Page

from directory.models import OrganisationPage

pytestmark = pytest.mark.django_db


def test_a_hundredth_of_the_district_in_two_languages_is_served_listed_and_found(client, demo_site, settings):
    settings.DEBUG = True
    before = OrganisationPage.objects.filter(locale__language_code="de").count()
    out = io.StringIO()

    call_command("seed_load", "--scale", "0.01", "--languages", "de,en", stdout=out)

    german = OrganisationPage.objects.filter(locale__language_code="de")
    assert german.count() == before + 10
    made = german.order_by("-pk").first()
    english = OrganisationPage.objects.get(translation_key=made.translation_key, locale__language_code="en")
    assert Page.find_problems() == ([], [], [], [], [])  # the bulk-computed tree paths are what treebeard expects
    assert client.get(made.url).status_code == 200
    assert client.get(english.url).status_code == 200
    found = OrganisationPage.objects.live().filter(locale=made.locale).search(made.title)
    assert made.pk in [page.pk for page in found]  # indexed in bulk at the end
    assert "Loaded" in out.getvalue()


def test_it_refuses_a_production_database(demo_site, settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG"):
        call_command("seed_load", "--scale", "0.01", stdout=io.StringIO())
