"""Partners read the directory through Wagtail's API v2: every public field, per language, in plain JSON."""

import pytest
from wagtail.models import Locale

from directory.models import OrganisationPage, WorkingGroupPage

pytestmark = pytest.mark.django_db

ORGANISATIONS = "/api/v2/pages/?type=directory.OrganisationPage&fields=*"
GROUPS = "/api/v2/pages/?type=directory.WorkingGroupPage&fields=*"


def item_titled(response, title):
    return next(item for item in response.json()["items"] if item["title"] == title)


def test_organisations_are_listed_per_locale(client, demo_site):
    for code in ("de", "en"):
        items = client.get(f"{ORGANISATIONS}&locale={code}&limit=50").json()["items"]
        assert len(items) == 12
        assert {item["meta"]["locale"] for item in items} == {code}


def test_english_organisation_has_every_public_field_in_plain_json(client, demo_site):
    item = item_titled(client.get(f"{ORGANISATIONS}&locale=en&limit=50"), "Seniorentreff Mekong")
    assert item["short_description"].startswith("Vietnamese-speaking older people")
    assert item["description"].startswith("<p>Exercise and cooking together")
    assert item["founding_year"] == 2005
    assert item["legal_form"] == {"value": "initiative", "label": "Initiative (not registered)"}
    assert {topic["slug"] for topic in item["topics"]} == {"seniorinnen", "gesundheit"}
    assert item["languages"] == [
        {"code": "de", "name": "German", "own_name": "Deutsch"},
        {"code": "vi", "name": "Vietnamese", "own_name": "Tiếng Việt"},
    ]
    assert item["neighbourhood"] == {"value": "spandau", "label": "Spandau"}
    assert item["coordinates"] == {"latitude": 52.5381, "longitude": 13.2082}
    assert item["address"] == {"street": "Moritzstraße 17", "postal_code": "13597", "city": "Berlin"}
    assert item["email"] == "kontakt@seniorentreff-mekong.example"
    assert item["phone"].startswith("030 23125")
    assert item["website"] == "https://seniorentreff-mekong.example"
    assert item["opening_hours"] == "Tue and Thu 10:00–14:00"
    assert item["step_free_access"] == {"value": "yes", "label": "Step-free access"}
    assert item["accessibility_notes"] == "Lift, accessible toilet."
    assert item["communities_served"] == "Vietnamese community"
    assert item["working_groups"] == []


def test_german_organisation_labels_are_german(client, demo_site):
    item = item_titled(client.get(f"{ORGANISATIONS}&locale=de&limit=50"), "Seniorentreff Mekong")
    assert item["legal_form"]["label"] == "Initiative (nicht eingetragen)"
    assert item["languages"][1]["name"] == "Vietnamesisch"


def test_logo_and_its_rendition_are_in_the_api(client, demo_site):
    item = item_titled(client.get(f"{ORGANISATIONS}&locale=en&limit=50"), "Sprachcafé Kladow")
    assert item["logo"]["meta"]["type"] == "wagtailimages.Image"
    assert item["logo"]["meta"]["detail_url"].endswith(f"/api/v2/images/{item['logo']['id']}/")
    rendition = item["logo_rendition"]
    assert rendition["url"].endswith(".png")
    assert rendition["width"] <= 320 and rendition["height"] <= 320


def test_member_links_point_to_pages_in_the_same_language(client, demo_site):
    item = item_titled(client.get(f"{ORGANISATIONS}&locale=en&limit=50"), "Eltern-Netzwerk Haselhorst")
    assert [group["title"] for group in item["working_groups"]] == [
        "Education working group",
        "Women and families working group",
    ]
    assert item["working_groups"][0]["html_url"].endswith("/en/working-groups/education/")


def test_working_groups_list_their_members_and_meetings(client, demo_site):
    item = item_titled(client.get(f"{GROUPS}&locale=en"), "Education working group")
    assert item["purpose"].startswith("Together we improve")
    assert {member["title"] for member in item["members"]} == {
        "Lernwerkstatt Havelkinder",
        "Eltern-Netzwerk Haselhorst",
        "Sprachcafé Kladow",
        "Balkan-Jugendclub Gatow",
    }
    assert all("/en/organisations/" in member["html_url"] for member in item["members"])
    assert len(item["meetings"]) == 4
    assert [meeting["is_upcoming"] for meeting in item["meetings"]] == [False, False, True, True]
    assert item["meetings"][0]["minutes"]["url"].startswith("http")
    assert item["meetings"][2]["place"] == "Spandau Town Hall, Carl-Schurz-Straße 2, room 108"
    assert {topic["name"] for topic in item["topics"]} == {"Bildung", "Jugend"}


def test_detail_view_has_the_same_fields(client, demo_site):
    page = OrganisationPage.objects.get(slug="sprachcafe-kladow", locale=Locale.objects.get(language_code="en"))
    data = client.get(f"/api/v2/pages/{page.pk}/").json()
    assert data["meta"]["type"] == "directory.OrganisationPage"
    assert {"topics", "languages", "coordinates", "working_groups", "logo_rendition"} <= data.keys()


def test_working_group_detail_view_lists_members(client, demo_site):
    page = WorkingGroupPage.objects.get(slug="ag-bildung")
    data = client.get(f"/api/v2/pages/{page.pk}/").json()
    assert len(data["members"]) == 4


def test_organisations_can_be_filtered_by_neighbourhood_in_the_api(client, demo_site):
    response = client.get("/api/v2/pages/?type=directory.OrganisationPage&locale=de&neighbourhood=kladow")
    assert [item["title"] for item in response.json()["items"]] == ["Sprachcafé Kladow"]
