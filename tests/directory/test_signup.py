"""Self-service "Organisation eintragen": a draft profile in moderation, the submitter's data apart, then invited."""

import io
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale

from directory.models import CONSENT_TEXT_VERSION, OrganisationPage, OrganisationSignup
from directory.roles import COORDINATORS


def entry(**overrides):
    data = {
        "name": "Verein Sonnenblume",
        "short_description": "Beratung und Treffpunkt für Familien in Staaken.",
        "neighbourhood": "staaken",
        "website": "https://sonnenblume.example.org",
        "contact_name": "Amina Yilmaz",
        "contact_email": "amina@example.org",
        "consent": "on",
        "homepage": "",
    }
    data.update(overrides)
    return data


@pytest.fixture
def sign_up_url(german_directory):
    return german_directory.url + "sign-up/"


def stored():
    return OrganisationSignup.objects.count(), OrganisationPage.objects.filter(title="Verein Sonnenblume").count()


def test_a_sign_up_creates_a_draft_profile_in_moderation_and_keeps_the_submitter_apart(
    client, sign_up_url, mail_worker
):
    response = client.post(sign_up_url, entry())
    assert response.status_code == 200
    assert "Verein Sonnenblume" in response.text
    page = OrganisationPage.objects.get(title="Verein Sonnenblume")
    assert not page.live
    assert page.workflow_in_progress
    assert "amina@example.org" not in (page.email, page.short_description, page.description)
    signup = page.signup
    assert signup.contact_email == "amina@example.org"
    assert signup.consent_text_version == CONSENT_TEXT_VERSION
    assert timezone.now() - signup.consent_at < timedelta(minutes=1)
    mail_worker()
    assert [message.to for message in mail.outbox] == [["amina@example.org"]]
    assert "Verein Sonnenblume" in mail.outbox[0].body


@pytest.mark.parametrize("language", ["de", "en", "tr", "ar", "ru", "uk", "fa", "pl"])
def test_the_sign_up_form_is_offered_in_every_content_language(client, german_directory, language):
    translated = german_directory.get_translation_or_none(Locale.objects.get(language_code=language))
    # Untranslated directories fall back to the German page under the language's prefix.
    url = translated.url if translated else german_directory.url.replace("/de/", f"/{language}/", 1)
    response = client.get(url + "sign-up/")
    assert response.status_code == 200
    assert 'name="contact_email"' in response.text


@pytest.mark.parametrize(
    ("bad", "field"),
    [
        ({"consent": ""}, "consent"),
        ({"contact_email": "not-an-address"}, "contact_email"),
        ({"short_description": "x" * 10_240}, "short_description"),
        ({"name": "y" * 10_240}, "name"),
        ({"homepage": "https://spam.example"}, "homepage"),
    ],
    ids=["no consent", "invalid e-mail", "10 KB description", "10 KB name", "honeypot"],
)
def test_a_bad_sign_up_stores_nothing_and_says_what_is_wrong(client, sign_up_url, bad, field):
    response = client.post(sign_up_url, entry(**bad))
    assert response.status_code == 400
    assert field in response.context["form"].errors
    assert stored() == (0, 0)


def test_too_many_sign_ups_from_one_address_are_refused(client, sign_up_url, settings):
    settings.DIRECTORY_SIGNUP_RATE = "2/h"
    for number in range(2):
        client.post(sign_up_url, entry(name=f"Verein {number}", consent=""))
    response = client.post(sign_up_url, entry())
    assert response.status_code == 429
    assert stored() == (0, 0)


def test_a_coordinator_publishes_and_invites_in_one_action(client, sign_up_url, mail_worker):
    client.post(sign_up_url, entry(), HTTP_ACCEPT_LANGUAGE="de")
    signup = OrganisationSignup.objects.get()
    signup.language = "en"
    signup.save()
    mail_worker()
    mail.outbox.clear()
    coordinator = get_user_model().objects.create_user("koordination-x", "k@example.org", "x" * 12)
    coordinator.groups.add(Group.objects.get(name=COORDINATORS))
    client.force_login(coordinator)
    url = reverse("directory_signup_invite", args=[signup.pk])
    assert client.get(url).status_code == 200
    response = client.post(url)
    assert response.status_code == 302
    page = OrganisationPage.objects.get(pk=signup.organisation_id)
    assert page.live
    invited = get_user_model().objects.get(email="amina@example.org")
    assert invited.groups.filter(organisation_group__organisation=page).exists()
    signup.refresh_from_db()
    assert signup.handled_at is not None
    mail_worker()
    assert [message.to for message in mail.outbox] == [["amina@example.org"]]
    assert "Set your password" in mail.outbox[0].body
    assert "/admin/password_reset/" in mail.outbox[0].body


def test_an_organisation_editor_cannot_publish_and_invite(client, sign_up_url, german_directory):
    from directory.roles import ensure_organisation_group

    client.post(sign_up_url, entry())
    signup = OrganisationSignup.objects.get()
    editor = get_user_model().objects.create_user("editor-x", "e@example.org", "x" * 12)
    other = german_directory.get_children().type(OrganisationPage).live().first()
    editor.groups.add(ensure_organisation_group(other.specific).group)
    client.force_login(editor)
    response = client.post(reverse("directory_signup_invite", args=[signup.pk]))
    assert response.status_code in (302, 403)
    assert not OrganisationPage.objects.get(pk=signup.organisation_id).live


def test_purge_signups_deletes_handled_submitters_after_the_retention_period_only(client, sign_up_url):
    for number in range(3):
        client.post(sign_up_url, entry(name=f"Verein {number}"))
    old, recent, _open = OrganisationSignup.objects.order_by("pk")
    OrganisationSignup.objects.filter(pk=old.pk).update(handled_at=timezone.now() - timedelta(days=91))
    OrganisationSignup.objects.filter(pk=recent.pk).update(handled_at=timezone.now() - timedelta(days=5))
    call_command("purge_signups", stdout=io.StringIO())
    call_command("purge_signups", stdout=io.StringIO())
    assert not OrganisationSignup.objects.filter(pk=old.pk).exists()
    assert OrganisationSignup.objects.count() == 2
    assert OrganisationPage.objects.filter(title="Verein 0").exists()


def test_the_coordinators_dashboard_lists_new_sign_ups(client, sign_up_url):
    client.post(sign_up_url, entry())
    coordinator = get_user_model().objects.create_user("koordination-dash", "d@example.org", "x" * 12)
    coordinator.groups.add(Group.objects.get(name=COORDINATORS))
    client.force_login(coordinator)
    response = client.get(reverse("wagtailadmin_home"))
    assert "Verein Sonnenblume" in response.text
    assert reverse("directory_signup_invite", args=[OrganisationSignup.objects.get().pk]) in response.text
