"""Periodic jobs run without cron: `run_scheduler` runs each job of SCHEDULED_COMMANDS once per interval."""

import io
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

from home.models import ScheduledCommandRun, StandardPage
from home.scheduler import configured_jobs, run_due_jobs
from tests.trainings.conftest import future_session, make_series
from trainings.models import Registration

pytestmark = pytest.mark.django_db


def run_scheduler_once():
    out = io.StringIO()
    call_command("run_scheduler", "--once", stdout=out)
    return out.getvalue()


def expiring_page(demo_site):
    page = demo_site.add_child(instance=StandardPage(title="Aktion bis gestern", slug="aktion-bis-gestern"))
    page.save_revision().publish()
    page.expire_at = timezone.now() - timedelta(minutes=1)
    page.save()
    return page


def test_the_shipped_jobs_purge_old_registrations_and_expire_pages(demo_site):
    series = make_series([future_session(days=1)])
    session = series.sessions.get()
    session.register(name="Ana", email="ana@example.org", language="de")
    session.start, session.end = timezone.now() - timedelta(days=41), timezone.now() - timedelta(days=40)
    session.save()
    page = expiring_page(demo_site)

    output = run_scheduler_once()

    assert not Registration.objects.filter(session=session).exists()
    page.refresh_from_db()
    assert not page.live and page.expired
    assert "ran purge_registrations" in output and "ran prune_webhook_results" in output
    assert ScheduledCommandRun.objects.get(name="purge_registrations").succeeded is True


def test_a_job_runs_once_per_interval_even_after_a_restart(demo_site):
    run_scheduler_once()
    # A second scheduler (or the same one restarted) finds nothing due.
    assert "ran " not in run_scheduler_once()


def test_a_job_runs_again_when_its_interval_has_passed(demo_site):
    jobs = configured_jobs()
    run_due_jobs(jobs)
    later = timezone.now() + timedelta(minutes=6)
    # The five-minute jobs (scheduled publishing, the reach counters) are due again; the daily ones are not.
    assert run_due_jobs(jobs, now=later) == [job.name for job in jobs if job.every <= timedelta(minutes=6)]
    assert "publish_scheduled" in run_due_jobs(jobs, now=later + timedelta(minutes=6))


@override_settings(
    SCHEDULED_COMMANDS={
        "broken": {"command": "purge_registrations", "args": ["--days", "not-a-number"], "every": 60},
        "purge_registrations": {"every": 60},
    }
)
def test_a_failing_job_is_recorded_and_does_not_stop_the_others(demo_site):
    assert run_due_jobs(configured_jobs()) == ["broken", "purge_registrations"]
    broken = ScheduledCommandRun.objects.get(name="broken")
    assert broken.succeeded is False and broken.finished_at is not None
    assert ScheduledCommandRun.objects.get(name="purge_registrations").succeeded is True


@override_settings(SCHEDULED_COMMANDS={"nightly": {"command": "no_such_command", "every": 60}})
def test_an_unknown_command_in_the_setting_fails_at_start():
    with pytest.raises(ValueError, match="no_such_command"):
        configured_jobs()


def test_the_apps_periodic_jobs_are_all_scheduled():
    """Retention purges, expiry, reminders and digests of every app run without anyone remembering a cron line."""
    scheduled = {job.command for job in configured_jobs()}  # configured_jobs() also refuses unknown commands
    assert scheduled >= {
        "purge_registrations",
        "purge_signups",
        "record_reach",
        "publish_scheduled",
        "close_expired_exchange_entries",
        "send_exchange_reminders",
        "purge_exchange_contacts",
        "send_exchange_digest",
    }
