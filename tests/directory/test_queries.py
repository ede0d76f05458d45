"""Listings cost the same number of queries for 10 organisations as for 50."""

import pytest
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

from .conftest import make_directory, make_organisation

pytestmark = pytest.mark.django_db


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


def queries_for(client, url):
    client.get(url)  # the first visit makes the logo renditions; count a visit that finds them
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response


@override_settings(DIRECTORY_PAGE_SIZE=50, DIRECTORY_MAP_TILE_URL="https://tiles.example.org/{z}/{x}/{y}.png")
def test_directory_listing_queries_do_not_grow_with_the_number_shown(client, demo_site):
    small = directory_with(demo_site, 10)
    large = directory_with(demo_site, 50)
    small_count, small_response = queries_for(client, small.url)
    large_count, large_response = queries_for(client, large.url)
    assert small_response.content.decode().count('class="card org-card"') == 10
    assert large_response.content.decode().count('class="card org-card"') == 50
    assert small_count == large_count


def test_csv_export_queries_do_not_grow_with_the_number_exported(client, demo_site):
    small = directory_with(demo_site, 10)
    large = directory_with(demo_site, 50)
    small_count, _response = queries_for(client, small.url + "csv/")
    large_count, _response = queries_for(client, large.url + "csv/")
    assert small_count == large_count


def test_api_listing_queries_do_not_grow_with_the_number_listed(client, demo_site):
    small = directory_with(demo_site, 10)
    large = directory_with(demo_site, 50)
    url = "/api/v2/pages/?type=directory.OrganisationPage&fields=*&limit=50&child_of={}"
    small_count, small_response = queries_for(client, url.format(small.pk))
    large_count, large_response = queries_for(client, url.format(large.pk))
    assert len(small_response.json()["items"]) == 10
    assert len(large_response.json()["items"]) == 50
    assert small_count == large_count


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
