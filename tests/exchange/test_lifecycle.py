"""The life of an entry through the admin: an organisation editor creates it, a coordinator approves it (when the
settings ask for approval), visitors contact and match it, it is reminded about, expires and stays as an archive.
"""

import datetime
import io

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import GroupPagePermission, Workflow
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from exchange.models import ContactRequest, DigestSubscription, ExchangeEntryPage, Report, Status

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(django_user_model, exchange):
    """An organisation editor: may add and change pages in the German exchange, not publish anything else."""
    group = Group.objects.create(name="Redaktion Testverein")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in ("add_page", "change_page", "publish_page"):
        GroupPagePermission.objects.create(
            group=group, page=exchange, permission=Permission.objects.get(codename=codename)
        )
    user = django_user_model.objects.create_user("redaktion", "redaktion@verein.example", "x")
    user.groups.add(group)
    return user


@pytest.fixture
def coordinator(django_user_model):
    user = django_user_model.objects.create_superuser("koordination", "koordination@example.org", "x")
    user.user_permissions.add(Permission.objects.get(codename="moderate_exchange_entries"))
    return user


def entry_form(organisation, action, **overrides):
    data = {
        "title": "Kinderbetreuung für Elternabend gesucht",
        "slug": "kinderbetreuung-elternabend",
        "direction": "need",
        "kind": "volunteers",
        "summary": "Während unseres Elternabends suchen wir zwei Personen, die Kinder betreuen.",
        "description": "",
        "organisation": organisation.pk,
        "contact_email": "",
        "valid_until": (timezone.localdate() + datetime.timedelta(days=20)).isoformat(),
        "status": "open",
        "tags": "Bildung",
        "place": "haselhorst",
        "comments": inline_formset([]),
        action: "on",
    }
    data.update(overrides)
    form = nested_form_data(data)
    form["languages"] = ["ar", "de"]
    return form


def add_url(exchange):
    return f"/admin/pages/add/exchange/exchangeentrypage/{exchange.pk}/"


def test_an_editor_publishes_an_entry_directly_when_no_approval_is_required(
    client, editor, exchange, make_organisation
):
    client.force_login(editor)
    response = client.post(add_url(exchange), entry_form(make_organisation(), "action-publish"))
    assert response.status_code == 302, response.content.decode()[:3000]
    entry = ExchangeEntryPage.objects.get(slug="kinderbetreuung-elternabend")
    assert entry.live
    assert [language.code for language in entry.languages.order_by("code")] == ["ar", "de"]


def test_the_life_of_an_entry_with_approval(
    client, editor, coordinator, exchange, make_organisation, make_entry, settings, mail_worker, smtp_sink
):
    settings.EXCHANGE_REQUIRE_APPROVAL = True
    organisation = make_organisation(email="eltern@verein.example")
    assert Workflow.objects.filter(active=True).exists()  # Wagtail's default "Moderators approval"

    # The editor can only submit; publishing is refused.
    client.force_login(editor)
    client.post(add_url(exchange), entry_form(organisation, "action-publish"))
    entry = ExchangeEntryPage.objects.get(slug="kinderbetreuung-elternabend")
    assert not entry.live
    assert not entry.permissions_for_user(editor).can_publish()
    client.post(f"/admin/pages/{entry.pk}/edit/", entry_form(organisation, "action-submit"))
    entry.refresh_from_db()
    assert entry.current_workflow_state is not None and not entry.live

    # The coordinator approves: the entry goes live, visitors see it.
    assert entry.permissions_for_user(coordinator).can_publish()
    entry.current_workflow_state.current_task_state.task.specific.on_action(
        entry.current_workflow_state.current_task_state, coordinator, "approve"
    )
    entry.refresh_from_db()
    assert entry.live
    assert client.get(exchange.url).status_code == 200
    client.logout()
    assert entry.title in client.get(exchange.url).content.decode()

    # A matching offer shows on the need's page; a visitor writes; the organisation receives it.
    make_entry("Ehrenamtliche Kinderbetreuung", kind="volunteers", topics=["Bildung"])
    assert "Ehrenamtliche Kinderbetreuung" in client.get(entry.url).content.decode()
    client.post(
        entry.url + "contact/",
        {"name": "Lena", "email": "lena@example.org", "message": "Wir helfen gern.", "consent": "on"},
    )
    assert ContactRequest.objects.filter(entry=entry).count() == 1

    # A reminder before expiry, then expiry closes it; the page stays as an archive that takes no messages.
    ExchangeEntryPage.objects.filter(translation_key=entry.translation_key).update(
        valid_until=timezone.localdate() + datetime.timedelta(days=2)
    )
    call_command("send_exchange_reminders", stdout=io.StringIO())
    ExchangeEntryPage.objects.filter(translation_key=entry.translation_key).update(
        valid_until=timezone.localdate() - datetime.timedelta(days=1)
    )
    call_command("close_expired_exchange_entries", stdout=io.StringIO())
    mail_worker()
    recipients = [message["To"] for message in smtp_sink.messages]
    assert recipients.count("eltern@verein.example") == 2  # the visitor's message and the reminder
    entry.refresh_from_db()
    assert entry.status == Status.CLOSED and entry.live
    assert entry.title not in client.get(exchange.url).content.decode()
    response = client.get(entry.url)
    assert "geschlossen oder abgelaufen" in response.content.decode()
    assert client.post(entry.url + "contact/", {}).status_code == 400


def test_a_coordinator_sees_reports_and_can_unpublish(client, coordinator, make_entry):
    entry = make_entry("Fragwürdiges Angebot")
    Report.objects.create(entry=entry, reason="spam", comment="Werbung für einen Shop")
    client.force_login(coordinator)
    html = client.get("/admin/exchange_reports/").content.decode()
    assert "Fragwürdiges Angebot" in html and "Werbung für einen Shop" in html
    assert f"/admin/pages/{entry.pk}/unpublish/" in html
    client.post(f"/admin/pages/{entry.pk}/unpublish/", {"include_descendants": "on"})
    entry.refresh_from_db()
    assert not entry.live


def test_the_contact_log_is_read_only_and_shows_no_message_text(client, coordinator, make_entry):
    entry = make_entry()
    ContactRequest.objects.create(entry=entry, sender_name="Lena", sender_email="l@example.org", language="de")
    client.force_login(coordinator)
    assert client.get("/admin/exchange_contacts/").status_code == 200
    assert client.get("/admin/exchange_contacts/new/").status_code in (302, 403)


def test_the_dashboard_shows_the_editors_needs_with_matching_offers(client, editor, make_entry):
    make_entry("Raum für Chorprobe gesucht", direction="need", kind="room", topics=["Kultur"], days=1)
    make_entry("Saal frei am Abend", kind="room", topics=["Kultur"])
    client.force_login(editor)
    html = client.get("/admin/").content.decode()
    assert "Raum für Chorprobe gesucht" in html and "Saal frei am Abend" in html


def test_an_editor_opts_in_and_out_of_the_digest_from_the_dashboard(client, editor, make_entry):
    need = make_entry(direction="need")
    client.force_login(editor)
    client.post(f"/admin/exchange/digest/{need.organisation.pk}/")
    assert DigestSubscription.objects.filter(user=editor, organisation=need.organisation).exists()
    client.post(f"/admin/exchange/digest/{need.organisation.pk}/")
    assert not DigestSubscription.objects.filter(user=editor).exists()
