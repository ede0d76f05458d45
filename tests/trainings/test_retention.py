"""purge_registrations deletes personal data a configurable number of days after the session; cron-safe."""

import io
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

from trainings.models import Registration

from .conftest import future_session, make_series

pytestmark = pytest.mark.django_db


@pytest.fixture
def sessions(demo_site):
    page = make_series([future_session(days=1), future_session(days=2)])
    recent, old = page.sessions.order_by("start")
    for session in (recent, old):
        session.register(name="Ana", email="ana@example.org", language="de")
    # Time passes: one session ended 10 days ago, the other 40 days ago.
    now = timezone.now()
    for session, days in ((recent, 10), (old, 40)):
        session.start = now - timedelta(days=days, hours=2)
        session.end = now - timedelta(days=days)
        session.save()
    return recent, old


def purge(*args):
    out = io.StringIO()
    call_command("purge_registrations", *args, stdout=out)
    return out.getvalue()


def test_registrations_of_sessions_past_the_retention_period_are_deleted(sessions):
    recent, old = sessions
    output = purge()
    assert not Registration.objects.filter(session=old).exists()
    assert Registration.objects.filter(session=recent).exists()
    assert "Deleted 1 registrations" in output


def test_purge_is_idempotent(sessions):
    purge()
    assert "Deleted 0 registrations" in purge()


def test_dry_run_deletes_nothing(sessions):
    output = purge("--dry-run")
    assert "Would delete 1 registrations" in output
    assert Registration.objects.filter(session__in=sessions).count() == 2


@override_settings(TRAININGS_RETENTION_DAYS=5)
def test_retention_period_is_configurable(sessions):
    purge()
    assert not Registration.objects.filter(session__in=sessions).exists()


@override_settings(TRAININGS_RETENTION_DAYS=5)
def test_form_tells_visitors_the_configured_retention_period(client, series, session):
    assert "5 Tage nach" in client.get(f"{series.url}register/{session.uuid}/").content.decode()
