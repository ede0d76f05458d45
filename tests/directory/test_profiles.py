"""An organisation's profile shows everything about it, its working groups, other apps' sections and JSON-LD."""

import json
import re

import pytest
from django.utils.html import format_html
from wagtail import hooks

from directory.models import OrganisationPage

pytestmark = pytest.mark.django_db

PROFILE = "/de/organisationen/nachbarschaftsbruecke-wilhelmstadt/"


def structured_data(content):
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', content, re.S)
    return json.loads(match.group(1))


def test_profile_shows_all_public_fields(client, demo_site):
    content = client.get(PROFILE).content.decode()
    for expected in [
        "<h1><bdi>Nachbarschaftsbrücke Wilhelmstadt</bdi></h1>",
        "Sozialberatung und Begleitung",
        "Wir beraten zu Jobcenter",
        "2009",
        "Pichelsdorfer Straße 88",
        "13595 Berlin",
        "Wilhelmstadt",
        'href="mailto:kontakt@nachbarschaftsbruecke-wilhelmstadt.example"',
        'href="tel:03023125101"',
        'href="https://nachbarschaftsbruecke-wilhelmstadt.example"',
        "https://instagram.com/nachbarschaftsbruecke.example",
        "Mo–Do 10:00–16:00",
        "Eingang ebenerdig",
        "Arabisch- und kurdischsprachige Familien",
        "Familien, Neuzugewanderte, Alleinerziehende",
        '<span lang="ar">العربية</span>',
    ]:
        assert expected in content, expected


def test_profile_topics_link_to_the_filtered_directory(client, demo_site):
    content = client.get(PROFILE).content.decode()
    assert '<a href="/de/organisationen/?topic=beratung">Beratung</a>' in content


def test_profile_lists_the_working_groups_the_organisation_belongs_to(client, demo_site):
    content = client.get(PROFILE).content.decode()
    groups = re.search(
        r'<section class="org-profile__section" aria-labelledby="org-groups">.*?</section>', content, re.S
    )
    assert 'href="/de/arbeitsgruppen/ag-frauen-und-familie/"' in groups.group(0)
    assert 'href="/de/arbeitsgruppen/ag-arbeit-und-ausbildung/"' in groups.group(0)
    assert "ag-bildung" not in groups.group(0)


def test_english_profile_links_to_the_english_working_groups(client, demo_site):
    content = client.get("/en/organisations/nachbarschaftsbruecke-wilhelmstadt/").content.decode()
    assert '<a href="/en/working-groups/women-and-families/">Women and families working group</a>' in content


def test_profile_carries_schema_org_organization_json_ld(client, demo_site):
    data = structured_data(client.get(PROFILE).content.decode())
    assert data["@type"] == "Organization"
    assert data["name"] == "Nachbarschaftsbrücke Wilhelmstadt"
    assert data["url"] == "http://testserver" + PROFILE
    assert data["address"]["postalCode"] == "13595"
    assert data["geo"] == {"@type": "GeoCoordinates", "latitude": 52.5251, "longitude": 13.1952}
    assert set(data["knowsLanguage"]) == {"de", "ar", "ku", "tr"}
    assert {group["name"] for group in data["memberOf"]} == {"AG Frauen und Familie", "AG Arbeit und Ausbildung"}
    assert "/media/images/logo-nachbarschaftsbrucke-wilhelmstadt" in data["logo"]


def test_json_ld_cannot_be_broken_out_of_by_a_name(client, german_directory):
    from .conftest import make_organisation

    page = make_organisation(german_directory, title="</script><script>alert(1)</script>")
    content = client.get(page.url).content.decode()
    assert "<script>alert(1)</script>" not in content
    assert structured_data(content)["name"] == "</script><script>alert(1)</script>"


def test_other_apps_add_sections_through_the_hook(client, demo_site):
    def upcoming_trainings(page, request):
        return format_html('<section class="from-hook">Fortbildungen von {}</section>', page.title)

    def nothing(page, request):
        return None

    with (
        hooks.register_temporarily("directory_organisation_sections", upcoming_trainings),
        hooks.register_temporarily("directory_organisation_sections", nothing),
    ):
        content = client.get(PROFILE).content.decode()
    assert '<section class="from-hook">Fortbildungen von Nachbarschaftsbrücke Wilhelmstadt</section>' in content


def test_without_hooks_the_profile_has_no_extra_sections(client, demo_site):
    assert "from-hook" not in client.get(PROFILE).content.decode()


def test_profile_without_optional_fields_still_renders(client, german_directory):
    page = OrganisationPage(title="Kleine Initiative", slug="kleine-initiative", short_description="Neu dabei.")
    german_directory.add_child(instance=page)
    page.save_revision().publish()
    response = client.get("/de/organisationen/kleine-initiative/")
    assert response.status_code == 200
    assert "noch in keiner Arbeitsgruppe" in response.content.decode()
