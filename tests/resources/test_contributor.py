"""A resource shared by an organisation of the directory links to its profile."""

import pytest

from directory.models import OrganisationPage
from resources.models import ResourcePage

pytestmark = pytest.mark.django_db


def test_resource_page_links_the_contributing_organisation(client, demo_site):
    resource = ResourcePage.objects.get(slug="merkblatt-datenschutz-im-verein", locale__language_code="de")
    organisation = OrganisationPage.objects.get(slug="ausbildungslotsen-siemensstadt", locale__language_code="de")
    assert f'<a href="{organisation.url}">{organisation.title}</a>' in client.get(resource.url).content.decode()


def test_materials_of_an_organisation_are_found_from_any_language(demo_site):
    organisation = OrganisationPage.objects.get(slug="ausbildungslotsen-siemensstadt", locale__language_code="de")
    english = organisation.get_translations().get(locale__language_code="en")
    assert set(ResourcePage.objects.live().contributed_by(english)) == set(
        ResourcePage.objects.live().contributed_by(organisation)
    )
    assert ResourcePage.objects.live().contributed_by(organisation).count() == 3  # German, English and Turkish


def test_contributor_by_name_still_works(client, demo_site):
    resource = (
        ResourcePage.objects.filter(contributing_organisation__isnull=True)
        .exclude(contributing_organisation_name="")
        .first()
    )
    assert resource.contributor == (resource.contributing_organisation_name, "")


def test_choosing_a_translated_profile_stores_the_german_contributor(demo_site):
    resource = ResourcePage.objects.get(slug="vorlage-finanzplan", locale__language_code="de")
    organisation = OrganisationPage.objects.get(slug="sprachcafe-kladow", locale__language_code="de")
    resource.contributing_organisation = organisation.get_translations().get(locale__language_code="en")
    resource.save_revision().publish()
    resource.refresh_from_db()
    assert resource.contributing_organisation_id == organisation.pk
