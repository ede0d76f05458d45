"""Moderation round trip: an organisation editor submits, a coordinator rejects with a reason, nothing is lost."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse
from wagtail.models import Locale
from wagtail.users.models import UserProfile

from directory.roles import COORDINATORS, MODERATION_WORKFLOW, ensure_organisation_group
from trainings.models import TrainingIndexPage, TrainingSeriesPage

from .conftest import make_organisation


def user_speaking(username, language, *groups):
    user = get_user_model().objects.create_user(username, f"{username}@example.org", "x" * 12)
    user.groups.add(*groups)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


@pytest.fixture
def series(german_directory):
    organisation = make_organisation(german_directory, title="Verein Moderation")
    page = TrainingSeriesPage(
        title="Fortbildung vor der Änderung",
        slug="fortbildung-moderation",
        summary="Eine Fortbildung.",
        organiser=organisation,
        languages=["de"],
    )
    TrainingIndexPage.objects.get(locale=Locale.get_default()).add_child(instance=page)
    page.save_revision().publish()
    return page


def test_editors_changes_go_to_the_coordinators_and_a_rejection_keeps_them_as_a_draft(
    series, client, django_capture_on_commit_callbacks
):
    editor = user_speaking("editor-mod", "de", ensure_organisation_group(series.organiser).group)
    coordinator = user_speaking("koordination-mod", "en", Group.objects.get(name=COORDINATORS))
    assert series.get_workflow().name == MODERATION_WORKFLOW

    series.title = "Fortbildung nach der Änderung"
    revision = series.save_revision(user=editor)
    with django_capture_on_commit_callbacks(execute=True):
        series.get_workflow().start(series, editor)
    submitted = [message for message in mail.outbox if message.to == [coordinator.email]]
    assert submitted and "submitted for approval" in submitted[0].subject

    mail.outbox.clear()
    task_state = series.current_workflow_task_state
    client.force_login(coordinator)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("wagtailadmin_pages:workflow_action", args=[series.id, "reject", task_state.id]),
            {"comment": "Bitte den Ort ergänzen."},
        )
    assert response.status_code in (200, 302)
    series.refresh_from_db()
    assert series.title == "Fortbildung vor der Änderung"  # the live page is untouched
    assert series.latest_revision_id == revision.id
    assert series.latest_revision.content["title"] == "Fortbildung nach der Änderung"  # the draft is kept
    task_state.refresh_from_db()
    assert task_state.status == "rejected"
    assert task_state.comment == "Bitte den Ort ergänzen."
    rejected = [message for message in mail.outbox if message.to == [editor.email]]
    assert rejected and "abgelehnt" in rejected[0].subject


def test_an_organisation_editor_cannot_approve(series, client):
    editor = user_speaking("editor-approve", "de", ensure_organisation_group(series.organiser).group)
    series.save_revision(user=editor)
    series.get_workflow().start(series, editor)
    task_state = series.current_workflow_task_state
    client.force_login(editor)
    client.post(reverse("wagtailadmin_pages:workflow_action", args=[series.id, "approve", task_state.id]))
    task_state.refresh_from_db()
    assert task_state.status == "in_progress"
