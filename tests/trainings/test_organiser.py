"""A series run by an organisation of the directory links to its profile, and the profile lists its trainings."""

import json
import re

import pytest
from django.core.exceptions import ValidationError

from directory.models import OrganisationPage
from tests.trainings.conftest import future_session, make_series

pytestmark = pytest.mark.django_db


@pytest.fixture
def organisation(demo_site):
    return OrganisationPage.objects.get(slug="sprachcafe-kladow", locale__language_code="de")


@pytest.fixture
def organised_series(organisation):
    return make_series(
        [future_session(days=10, capacity=12)],
        title="Moderation von Sprachcafés",
        organiser=organisation,
        organiser_name="",
    )


def test_organisation_profile_lists_the_upcoming_trainings_it_organises(client, organisation, organised_series):
    content = client.get(organisation.url).content.decode()
    section = re.search(r'<section class="organisation-trainings".*?</section>', content, re.S).group(0)
    assert f'href="{organised_series.url}"' in section
    assert "Moderation von Sprachcafés" in section
    assert "Freie Plätze: 12" in section


def test_profiles_of_organisations_without_trainings_show_no_section(client, demo_site):
    lonely = OrganisationPage.objects.get(slug="seniorentreff-mekong", locale__language_code="de")
    assert 'class="organisation-trainings"' not in client.get(lonely.url).content.decode()


def test_series_page_names_and_links_the_organiser_profile(client, organisation, organised_series):
    content = client.get(organised_series.url).content.decode()
    assert f'<a href="{organisation.url}">{organisation.title}</a>' in content


def test_event_structured_data_points_at_the_organiser_profile(client, organisation, organised_series):
    content = client.get(organised_series.url).content.decode()
    data = json.loads(re.search(r'<script type="application/ld\+json"[^>]*>(.*?)</script>', content, re.S).group(1))
    events = data if isinstance(data, list) else data.get("@graph", [data])
    assert events[0]["organizer"]["name"] == organisation.title
    assert events[0]["organizer"]["url"].endswith(organisation.url)


def test_a_series_needs_an_organiser_from_the_directory_or_by_name(demo_site):
    series = make_series([future_session()])
    series.organiser = None
    series.organiser_name = ""
    with pytest.raises(ValidationError) as error:
        series.full_clean()
    assert "organiser_name" in error.value.message_dict


def test_demo_organisations_have_upcoming_trainings(client, demo_site):
    anatolien = OrganisationPage.objects.get(slug="kulturforum-anatolien-spandau", locale__language_code="de")
    assert 'class="organisation-trainings"' in client.get(anatolien.url).content.decode()


def test_english_series_keeps_the_organiser_link(client, demo_site):
    from trainings.models import TrainingSeriesPage

    english = TrainingSeriesPage.objects.get(slug__startswith="public-relations", locale__language_code="en")
    assert english.organiser is not None


def test_choosing_a_translated_profile_stores_the_german_organisation(organisation):
    english = organisation.get_translations().get(locale__language_code="en")
    series = make_series([future_session()], organiser=english, organiser_name="")
    assert series.organiser_id == organisation.pk
