"""Working groups: members link both ways, in every language; meetings are split into upcoming and past."""

import datetime
import re

import pytest
from django.utils import timezone

from directory.models import OrganisationPage, WorkingGroupMeeting, WorkingGroupMembership, WorkingGroupPage

pytestmark = pytest.mark.django_db

GROUP = "/de/arbeitsgruppen/ag-bildung/"


def section(content, heading_id):
    return re.search(rf'<section aria-labelledby="{heading_id}">.*?</section>', content, re.S).group(0)


def test_working_group_lists_its_member_organisations_with_links(client, demo_site):
    members = section(client.get(GROUP).content.decode(), "wg-members")
    assert '<a href="/de/organisationen/lernwerkstatt-havelkinder/">Lernwerkstatt Havelkinder</a>' in members
    assert members.count("<li>") == 4


def test_english_working_group_links_to_english_member_profiles(client, demo_site):
    members = section(client.get("/en/working-groups/education/").content.decode(), "wg-members")
    assert 'href="/en/organisations/lernwerkstatt-havelkinder/"' in members
    assert "/de/" not in members


def test_membership_is_derived_in_both_directions(demo_site):
    organisation = OrganisationPage.objects.get(slug="eltern-netzwerk-haselhorst", locale__language_code="de")
    groups = {group.slug for group in organisation.working_groups()}
    assert groups == {"ag-bildung", "ag-frauen-und-familie"}
    for group in WorkingGroupPage.objects.filter(slug__in=groups):
        assert organisation in group.members()


def test_english_organisation_finds_its_english_groups(demo_site):
    english = OrganisationPage.objects.get(slug="eltern-netzwerk-haselhorst", locale__language_code="en")
    assert {group.slug for group in english.working_groups()} == {"education", "women-and-families"}


def test_adding_a_member_on_the_group_shows_on_the_organisation(client, demo_site):
    group = WorkingGroupPage.objects.get(slug="ag-bildung", locale__language_code="de")
    kladow = OrganisationPage.objects.get(slug="seniorentreff-mekong", locale__language_code="de")
    WorkingGroupMembership.objects.create(group=group, organisation=kladow)
    content = client.get("/de/organisationen/seniorentreff-mekong/").content.decode()
    assert 'href="/de/arbeitsgruppen/ag-bildung/"' in content


def test_upcoming_and_past_meetings_are_shown_separately(client, demo_site):
    content = client.get(GROUP).content.decode()
    upcoming = section(content, "wg-upcoming")
    past = section(content, "wg-past")
    assert upcoming.count('class="meeting"') == 2
    assert past.count('class="meeting"') == 2
    assert 'href="/documents/' in past
    assert 'href="/documents/' not in upcoming


def test_upcoming_meetings_are_soonest_first_and_past_ones_latest_first(client, demo_site):
    content = client.get(GROUP).content.decode()
    upcoming = re.findall(r'datetime="([^"]+)"', section(content, "wg-upcoming"))[::2]
    past = re.findall(r'datetime="([^"]+)"', section(content, "wg-past"))[::2]
    assert upcoming == sorted(upcoming)
    assert past == sorted(past, reverse=True)


def test_meeting_times_are_shown_in_berlin_time(client, demo_site):
    content = client.get(GROUP).content.decode()
    assert re.search(r'<time datetime="[^"]+T17:00:00\+0[12]:00">[^<]*17:00', content)


def test_meeting_queryset_vocabulary_matches_the_page(demo_site):
    group = WorkingGroupPage.objects.get(slug="ag-bildung", locale__language_code="de")
    assert WorkingGroupMeeting.objects.filter(group=group).upcoming().count() == 2
    assert WorkingGroupMeeting.objects.filter(group=group).past().count() == 2


def test_a_meeting_in_progress_still_counts_as_upcoming(demo_site):
    group = WorkingGroupPage.objects.get(slug="ag-bildung", locale__language_code="de")
    now = timezone.now()
    meeting = WorkingGroupMeeting.objects.create(
        group=group, starts_at=now - datetime.timedelta(minutes=30), ends_at=now + datetime.timedelta(minutes=30)
    )
    assert meeting.is_upcoming
    assert meeting in WorkingGroupMeeting.objects.upcoming()


def test_english_meetings_have_translated_places(client, demo_site):
    content = client.get("/en/working-groups/education/").content.decode()
    assert "Spandau Town Hall, Carl-Schurz-Straße 2, room 108" in content


def test_working_group_overview_lists_the_three_groups(client, demo_site):
    content = client.get("/de/arbeitsgruppen/").content.decode()
    titles = re.findall(r'<h2 class="card__title"><a href="[^"]*">([^<]*)</a>', content)
    assert titles == ["AG Arbeit und Ausbildung", "AG Bildung", "AG Frauen und Familie"]
