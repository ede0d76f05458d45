"""Visitors find organisations in the site search by name, topic and description, in their language."""

import pytest
from wagtail.models import Locale

from directory.models import OrganisationPage, WorkingGroupPage

pytestmark = pytest.mark.django_db


def found(query, language="de", model=OrganisationPage):
    locale = Locale.objects.get(language_code=language)
    return {page.title for page in model.objects.live().filter(locale=locale).search(query)}


def test_search_finds_an_organisation_by_name(demo_site):
    assert "Seniorentreff Mekong" in found("Mekong")


def test_search_finds_organisations_by_topic(demo_site):
    results = found("Gesundheit")
    assert {"Seniorentreff Mekong", "Frauencafé Falkenfeld"} <= results


def test_search_finds_an_organisation_by_its_description(demo_site):
    assert "Lernwerkstatt Havelkinder" in found("Hausaufgabenhilfe")


def test_search_in_english_finds_the_english_description(demo_site):
    assert "Lernwerkstatt Havelkinder" in found("homework", language="en")
    assert "Lernwerkstatt Havelkinder" not in found("Hausaufgabenhilfe", language="en")


def test_search_finds_working_groups_by_purpose(demo_site):
    assert "AG Arbeit und Ausbildung" in found("Ausbildungsbörse", model=WorkingGroupPage) or found(
        "Betrieben", model=WorkingGroupPage
    ) == {"AG Arbeit und Ausbildung"}
