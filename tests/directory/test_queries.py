"""Listings cost the same number of queries for a few organisations as for many."""

import csv
import io

import pytest
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

from home.models import HomePage
from tests.helpers import built_once_per_module

from .conftest import make_directory, make_organisation

pytestmark = pytest.mark.django_db

# A query per organisation would add a dozen queries to the longer listing; both fit on one page.
FEW, MANY = 3, 15


def directory_with(home, count):
    index = make_directory(home)
    for number in range(count):
        make_organisation(
            index,
            title=f"Verein {number:03d}",
            topics=["Bildung", f"Thema {number % 7}"],
            languages=["de", "ar", "tr"],
            logo=True,
            founding_year=2000,
        )
    return index


def build_directories():
    home = HomePage.objects.get(depth=2, locale__language_code="de")
    return {"few": directory_with(home, FEW).pk, "many": directory_with(home, MANY).pk}


@pytest.fixture(scope="module")
def directory_pks(django_db_setup, django_db_blocker):
    """Two directories, one of FEW and one of MANY organisations with logos, built once for the module."""
    yield from built_once_per_module(django_db_blocker, build_directories)


@pytest.fixture
def directories(db, directory_pks):
    from directory.models import OrganisationIndexPage

    return {size: OrganisationIndexPage.objects.get(pk=pk) for size, pk in directory_pks.items()}


def csv_rows(response):
    return list(csv.reader(io.StringIO(response.content.decode())))


def queries_for(client, url):
    client.get(url)  # the first visit makes the logo renditions; count a visit that finds them
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response


@override_settings(DIRECTORY_PAGE_SIZE=MANY, DIRECTORY_MAP_TILE_URL="https://tiles.example.org/{z}/{x}/{y}.png")
def test_directory_listing_queries_do_not_grow_with_the_number_shown(client, directories):
    few_count, few_response = queries_for(client, directories["few"].url)
    many_count, many_response = queries_for(client, directories["many"].url)
    assert few_response.content.decode().count('class="card org-card"') == FEW
    assert many_response.content.decode().count('class="card org-card"') == MANY
    assert few_count == many_count


def test_csv_export_queries_do_not_grow_with_the_number_exported(client, directories):
    few_count, few_response = queries_for(client, directories["few"].url + "csv/")
    many_count, many_response = queries_for(client, directories["many"].url + "csv/")
    assert len(csv_rows(few_response)) == 1 + FEW  # the header row, then one row per organisation
    assert len(csv_rows(many_response)) == 1 + MANY
    assert few_count == many_count


def test_api_listing_queries_do_not_grow_with_the_number_listed(client, directories):
    url = f"/api/v2/pages/?type=directory.OrganisationPage&fields=*&limit={MANY}&child_of={{}}"
    few_count, few_response = queries_for(client, url.format(directories["few"].pk))
    many_count, many_response = queries_for(client, url.format(directories["many"].pk))
    assert len(few_response.json()["items"]) == FEW
    assert len(many_response.json()["items"]) == MANY
    assert few_count == many_count


def test_working_group_api_listing_is_bounded_too(client, demo_site):
    # Two against three (the demo has three groups per language): with a single item, Wagtail's own "locale"
    # meta field has already loaded the one locale the prefetch would fetch, which saves that query only then.
    url = "/api/v2/pages/?type=directory.WorkingGroupPage&fields=*&locale=en&limit={}"
    count_two, _response = queries_for(client, url.format(2))
    count_three, response = queries_for(client, url.format(3))
    assert len(response.json()["items"]) == 3
    assert count_two == count_three


def test_organisation_page_reads_each_relation_once_whatever_the_number_of_topics(client, demo_site):
    # The profile and its JSON-LD show the same topics, languages, social links and working groups: they share
    # one prefetch, so an organisation with many topics costs no more queries than one with few.
    index = make_directory(demo_site)
    few = make_organisation(index, topics=["Bildung"], languages=["de"], logo=True)
    many = make_organisation(index, topics=[f"Thema {n}" for n in range(8)], languages=["de", "ar", "tr"], logo=True)
    few_count, few_response = queries_for(client, few.url)
    many_count, many_response = queries_for(client, many.url)
    assert "Thema 7" in many_response.content.decode()
    assert '"knowsAbout"' in few_response.content.decode()
    assert few_count == many_count
