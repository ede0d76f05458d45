"""The funders' report: figures checked against data the test adds, downloads, counts that outlive the purge."""

import datetime
import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import timezone, translation
from openpyxl import load_workbook

from participation.models import PageViewCount
from participation.report import build_report as report_for
from participation.report import record_registration_tallies
from trainings.models import Registration, TrainingIndexPage, TrainingSeriesPage, TrainingSession


def build_report(year):
    """The report with English labels, so the tests read like the code."""
    with translation.override("en"):
        return report_for(year)


def figure(report, label_start, period=-1):
    return next(row for row in report.rows if row.label.startswith(label_start)).values[period]


@pytest.fixture
def past_session(demo_site):
    """A session held last week (this year's figures) with two confirmed registrations and one on the waiting list."""
    end = timezone.now() - datetime.timedelta(days=7)
    if end.year != timezone.now().year:  # the first week of January: keep the session in this year's report
        end = timezone.now() - datetime.timedelta(hours=1)
    start = end - datetime.timedelta(hours=2)
    index = TrainingIndexPage.objects.get(locale__language_code="de")
    page = TrainingSeriesPage(
        title="Berichtstest", slug="berichtstest", summary="Test", organiser_name="NARUD e.V.", languages=["de"]
    )
    page.sessions = [TrainingSession(start=start, end=end, place="Rathaus", capacity=2)]
    index.add_child(instance=page)
    page.save_revision().publish()
    session = TrainingSession.objects.get(page=page)
    for number, (language, status) in enumerate([("de", "confirmed"), ("tr", "confirmed"), ("tr", "waiting")]):
        Registration.objects.create(
            session=session,
            name=f"Person {number}",
            email=f"p{number}@example.org",
            language=language,
            status=status,
            consent_at=timezone.now(),
        )
    return session


def test_report_figures_follow_the_data(past_session):
    year = timezone.localdate().year
    before_views = build_report(year)
    PageViewCount.objects.create(day=timezone.localdate(), language="tr", path="/tr/", views=41)
    record_registration_tallies()
    report = build_report(year)
    assert figure(report, "Training sessions held") >= 1
    assert figure(report, "Participants") == figure(before_views, "Participants") + 2
    assert figure(report, "Registrations in Turkish") == figure(before_views, "Registrations in Turkish") + 2
    assert figure(report, "Page views in Turkish") == figure(before_views, "Page views in Turkish") + 41
    quarter = (timezone.localdate().month - 1) // 3
    assert figure(report, "Page views in Turkish", quarter) == figure(report, "Page views in Turkish")


def test_report_counts_organisations_and_working_groups_of_the_demo(demo_site):
    from directory.models import OrganisationPage, WorkingGroupPage

    report = build_report(timezone.localdate().year)
    listed = OrganisationPage.objects.live().filter(locale__language_code="de").count()
    assert listed > 0
    assert figure(report, "Organisations listed") == listed
    groups = WorkingGroupPage.objects.live().filter(locale__language_code="de").count()
    assert figure(report, "Working groups") == groups
    from exchange.models import ExchangeEntryPage

    offers = ExchangeEntryPage.objects.live().filter(locale__language_code="de", direction="offer")
    year = timezone.localdate().year
    assert figure(report, "Exchange offers published") == offers.filter(first_published_at__year=year).count()


def test_participants_still_count_after_the_registrations_are_purged(past_session):
    call_command("record_reach", stdout=io.StringIO())
    year = timezone.localdate().year
    counted = figure(build_report(year), "Participants")
    Registration.objects.filter(session=past_session).delete()
    call_command("record_reach", stdout=io.StringIO())
    assert figure(build_report(year), "Participants") == counted


def test_coordinators_download_the_report_as_xlsx_and_pdf(client, past_session):
    client.force_login(get_user_model().objects.create_superuser("k", "k@example.org", "a-long-password"))
    year = timezone.localdate().year
    page = client.get(f"/admin/participation/reach/?year={year}")
    assert page.status_code == 200 and "participation-chart" in page.content.decode()
    xlsx = client.get(f"/admin/participation/reach/?year={year}&export=xlsx")
    rows = list(load_workbook(io.BytesIO(xlsx.content)).active.iter_rows(values_only=True))
    assert rows[0][-1] == str(year)
    pdf = client.get(f"/admin/participation/reach/?year={year}&export=pdf")
    assert pdf["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF")
    assert client.get("/admin/participation/reach/?year=abc").status_code == 200


def test_the_report_is_refused_without_permission(client, demo_site):
    client.force_login(get_user_model().objects.create_user("nobody", "n@example.org", "a-long-password"))
    assert client.get("/admin/participation/reach/").status_code in (302, 403)
