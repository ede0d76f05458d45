"""Organisations and working groups in the partner content API."""

import pytest
from wagtail.models import Locale

from directory.models import OrganisationPage, WorkingGroupMembership, WorkingGroupPage

from .helpers import FEW, MANY, ids, make_private, organisation, queries_for_full_list, translate, working_group

pytestmark = pytest.mark.django_db

ORGANISATIONS = "/api/content/organisations"
WORKING_GROUPS = "/api/content/working-groups"


def test_organisations_list_the_demo_directory_with_paging(client, demo_site):
    data = client.get(f"{ORGANISATIONS}?limit=5").json()
    assert data["count"] == OrganisationPage.objects.live().filter(locale__language_code="de").count()
    assert len(data["items"]) == 5
    assert data["next_offset"] == 5


def test_an_english_list_serves_translations_and_says_so(client, demo_site):
    items = client.get(f"{ORGANISATIONS}?lang=en&limit=100").json()["items"]
    translated = [item for item in items if not item["meta"]["fallback"]]
    assert translated
    assert all(item["meta"]["language"] == "en" and "/en/" in item["url"] for item in translated)


def test_an_untranslated_organisation_falls_back_to_german_and_says_so(client, demo_site):
    page = organisation("Nur-Deutsch-Verein (Demo)")
    item = next(i for i in client.get(f"{ORGANISATIONS}?lang=tr&limit=100").json()["items"] if i["id"] == page.pk)
    assert item["title"] == "Nur-Deutsch-Verein (Demo)"
    assert item["meta"] == item["meta"] | {"language": "de", "requested_language": "tr", "fallback": True}


def test_organisations_filter_by_language_spoken_and_neighbourhood(client, demo_site):
    page = organisation("Kurdischer Kulturverein Gatow (Demo)", neighbourhood="gatow")
    page.languages.set(["ku"])
    page.save()
    assert ids(client.get(f"{ORGANISATIONS}?speaks=ku&neighbourhood=gatow")) == [page.pk]


def test_organisations_filter_by_topic(client, demo_site):
    slug = OrganisationPage.objects.live().first().topic_tags[0].slug
    items = client.get(f"{ORGANISATIONS}?topic={slug}&limit=100").json()["items"]
    assert items
    assert all(slug in [topic["slug"] for topic in item["topics"]] for item in items)


def test_an_unknown_neighbourhood_is_a_400_problem(client):
    response = client.get(f"{ORGANISATIONS}?neighbourhood=kreuzberg")
    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"
    assert response.json()["errors"][0]["parameter"] == "neighbourhood"


def test_organisation_detail_is_addressed_by_the_german_id_in_every_language(client, demo_site):
    english = OrganisationPage.objects.live().filter(locale__language_code="en").first()
    source = english.get_translation(Locale.objects.get(language_code="de"))
    data = client.get(f"{ORGANISATIONS}/{source.pk}?lang=en").json()
    assert data["id"] == source.pk
    assert data["title"] == english.title
    assert "description" in data


def test_organisations_in_leichte_sprache_fall_back_to_german(client, demo_site):
    data = client.get(f"{ORGANISATIONS}?lang=de-simple&limit=5").json()
    assert data["count"] > 0
    meta = data["items"][0]["meta"]
    assert (meta["requested_language"], meta["language"], meta["fallback"]) == ("de-simple", "de", True)
    assert data["items"][0]["url"].startswith("http://testserver/de/")


def test_a_translation_id_is_not_found(client, demo_site):
    translation = OrganisationPage.objects.live().filter(locale__language_code="en").first()
    assert client.get(f"{ORGANISATIONS}/{translation.pk}").status_code == 404


def test_drafts_and_private_organisations_never_appear(client, demo_site):
    draft = organisation("Entwurfsverein (Demo)", live=False)
    private = organisation("Geheimer Verein (Demo)")
    make_private(private)
    listed = ids(client.get(f"{ORGANISATIONS}?limit=100"))
    assert draft.pk not in listed
    assert private.pk not in listed
    assert client.get(f"{ORGANISATIONS}/{draft.pk}").status_code == 404
    assert client.get(f"{ORGANISATIONS}/{private.pk}").status_code == 404


def test_an_unpublished_translation_is_not_served(client, demo_site):
    page = organisation("Verein mit Übersetzungsentwurf (Demo)")
    translate(page, "en", "Association with a draft translation", live=False)
    data = client.get(f"{ORGANISATIONS}/{page.pk}?lang=en").json()
    assert data["title"] == "Verein mit Übersetzungsentwurf (Demo)"
    assert data["meta"]["fallback"] is True


def test_updated_since_lists_only_recently_published_organisations(client, demo_site):
    page = organisation("Ganz neuer Verein (Demo)")
    since = page.last_published_at.isoformat().replace("+00:00", "Z")
    assert ids(client.get(ORGANISATIONS, {"updated_since": since})) == [page.pk]


def test_a_huge_id_is_a_400_problem_not_a_server_error(client):
    assert client.get(f"{ORGANISATIONS}/99999999999999999999").status_code == 400


@pytest.mark.parametrize("lang", ["de", "en"])
def test_organisation_list_costs_the_same_queries_for_few_and_many_items(client, demo_site, lang):
    for number in range(MANY):
        organisation(f"Mengenverein {number:03} (Demo)")
    few = queries_for_full_list(client, ORGANISATIONS, FEW, lang=lang)
    assert queries_for_full_list(client, ORGANISATIONS, MANY, lang=lang) == few


def test_working_groups_list_and_filter_by_member_organisation(client, demo_site):
    member = organisation("Mitgliedsverein (Demo)")
    group = working_group("AG Mitglieder")
    WorkingGroupMembership.objects.create(group=group, organisation=member)
    assert ids(client.get(f"{WORKING_GROUPS}?organisation={member.pk}")) == [group.pk]


def test_working_group_detail_lists_members_but_no_contact_person(client, demo_site):
    group = WorkingGroupPage.objects.live().filter(locale__language_code="de").first()
    data = client.get(f"{WORKING_GROUPS}/{group.pk}").json()
    assert data["members"]
    assert group.contact_name not in str(data)
    assert "contact_email" not in data


@pytest.mark.parametrize("lang", ["de", "en"])
def test_working_group_list_costs_the_same_queries_for_few_and_many_items(client, demo_site, lang):
    for number in range(MANY):
        working_group(f"AG Menge {number:03}")
    few = queries_for_full_list(client, WORKING_GROUPS, FEW, lang=lang)
    assert queries_for_full_list(client, WORKING_GROUPS, MANY, lang=lang) == few


def test_updated_since_with_an_extreme_offset_is_understood(client, demo_site):
    response = client.get(ORGANISATIONS, {"updated_since": "2026-01-01T00:00:00+19:27"})
    assert response.status_code == 200
