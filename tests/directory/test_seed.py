"""The demo directory: twelve organisations of different kinds across all nine Ortsteile, three groups."""

import pytest

from directory.constants import Neighbourhood
from directory.models import OrganisationPage, WorkingGroupPage

pytestmark = pytest.mark.django_db


def german(model):
    return model.objects.live().filter(locale__language_code="de")


def test_demo_has_twelve_organisations_in_all_nine_neighbourhoods(demo_site):
    organisations = german(OrganisationPage)
    assert organisations.count() >= 12
    assert set(organisations.values_list("neighbourhood", flat=True)) == set(Neighbourhood.values)


def test_demo_organisations_are_of_different_kinds(demo_site):
    assert len(set(german(OrganisationPage).values_list("legal_form", flat=True))) >= 4


def test_demo_organisations_have_logos_coordinates_topics_and_languages(demo_site):
    for page in german(OrganisationPage):
        assert page.logo_id and page.has_coordinates, page.title
        assert page.topic_tags and page.spoken_languages, page.title


def test_demo_has_the_three_working_groups_with_members(demo_site):
    groups = {group.title: group for group in german(WorkingGroupPage)}
    assert {"AG Bildung", "AG Frauen und Familie", "AG Arbeit und Ausbildung"} <= groups.keys()
    assert all(group.members().count() >= 3 for group in groups.values())


def test_every_demo_page_has_an_english_translation(demo_site):
    for model in (OrganisationPage, WorkingGroupPage):
        for page in german(model):
            english = page.get_translations().filter(locale__language_code="en").first()
            assert english is not None and english.live, page.title


def test_english_translations_keep_synchronised_facts(demo_site):
    german_page = OrganisationPage.objects.get(slug="sprachcafe-kladow", locale__language_code="de")
    english = OrganisationPage.objects.get(translation_key=german_page.translation_key, locale__language_code="en")
    assert english.latitude == german_page.latitude
    assert english.email == german_page.email
    assert [tag.name for tag in english.topic_tags] == [tag.name for tag in german_page.topic_tags]
    assert [language.code for language in english.spoken_languages] == [
        language.code for language in german_page.spoken_languages
    ]
    assert english.short_description != german_page.short_description


def test_demo_meetings_stay_upcoming_relative_to_today(demo_site):
    for group in german(WorkingGroupPage):
        upcoming, past = group.sorted_meetings()
        assert len(upcoming) == 2 and len(past) == 2
