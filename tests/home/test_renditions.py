"""Image renditions are made when a page is published and by warm_renditions, not when a visitor first asks."""

import io

import pytest
from django.core.management import call_command

from tests.directory.conftest import make_organisation

pytestmark = pytest.mark.django_db


@pytest.fixture
def german_directory(demo_site):
    from directory.models import OrganisationIndexPage

    return OrganisationIndexPage.objects.get(locale__language_code="de")


def test_publishing_an_organisation_makes_its_logo_in_the_card_and_profile_sizes(german_directory):
    organisation = make_organisation(german_directory, logo=True)

    made = set(organisation.logo.renditions.values_list("filter_spec", flat=True))

    assert {"max-160x160", "max-320x320"} <= made


def test_warm_renditions_makes_missing_renditions(german_directory):
    organisation = make_organisation(german_directory, logo=True)
    organisation.logo.renditions.all().delete()

    call_command("warm_renditions", stdout=io.StringIO())

    assert organisation.logo.renditions.filter(filter_spec="max-160x160").exists()
