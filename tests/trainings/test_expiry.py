"""A training series leaves the site on its own some weeks after its last session (TRAININGS_SERIES_EXPIRY_DAYS)."""

import io
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from trainings.models import TrainingSeriesPage

from .conftest import future_session, make_series

pytestmark = pytest.mark.django_db


def test_a_published_series_expires_thirty_days_after_its_last_session(demo_site):
    page = make_series([future_session(days=3), future_session(days=10, hours=3)])
    last_end = max(session.end for session in page.sessions.all())
    assert page.expire_at == last_end + timedelta(days=30)


def test_adding_a_later_session_moves_the_expiry_and_an_editors_later_date_stays(demo_site, settings):
    settings.TRAININGS_SERIES_EXPIRY_DAYS = 7
    page = make_series([future_session(days=3)])
    later = future_session(days=60)
    page.sessions.add(later)
    page.save_revision().publish()
    page.refresh_from_db()
    assert page.expire_at == later.end + timedelta(days=7)

    chosen = timezone.now().replace(microsecond=0) + timedelta(days=365)
    page.expire_at = chosen
    page.save_revision().publish()
    page.refresh_from_db()
    assert page.expire_at == chosen


def test_the_scheduler_unpublishes_a_series_whose_moment_has_come(demo_site, settings):
    settings.TRAININGS_SERIES_EXPIRY_DAYS = 0
    page = make_series([future_session(days=0, hours=1)])
    # The session is over and its expiry has come (set here as the clock would have it an hour later).
    TrainingSeriesPage.objects.filter(pk=page.pk).update(expire_at=timezone.now() - timedelta(minutes=1))
    call_command("publish_scheduled", stdout=io.StringIO())
    page.refresh_from_db()
    assert not page.live and page.expired


def test_a_finished_series_published_again_gets_no_expiry_in_the_past(demo_site):
    page = make_series([future_session(days=-40)])
    assert page.expire_at is None
    assert page.live


def test_expiry_can_be_switched_off(demo_site, settings):
    settings.TRAININGS_SERIES_EXPIRY_DAYS = None
    assert make_series([future_session(days=3)]).expire_at is None
