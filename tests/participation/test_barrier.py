"""BITV feedback route: a barrier report is stored, e-mailed to the coordinators and tracked in the admin."""

import datetime

from django.core import mail
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone, translation

from participation.models import BarrierReport


def test_the_barrier_form_has_a_stable_url_in_every_language(client, demo_site):
    with translation.override("ar"):
        assert reverse("participation_barrier_report") == "/ar/accessibility/barrier/"
    response = client.get("/ar/accessibility/barrier/")
    assert response.status_code == 200
    assert '<html lang="ar" dir="rtl"' in response.content.decode()


@override_settings(PARTICIPATION_COORDINATOR_EMAILS=["koordination@example.org"])
def test_a_barrier_report_is_stored_and_emailed_to_the_coordinators(client, demo_site):
    response = client.post(
        "/tr/accessibility/barrier/",
        {"description": "Resimde açıklama yok.", "page_url": "https://example.org/tr/", "email": "a@example.org"},
    )
    assert response.status_code == 200
    report = BarrierReport.objects.get()
    assert (report.language, report.status) == ("tr", BarrierReport.Status.NEW)
    assert mail.outbox[0].to == ["koordination@example.org"]
    assert "Resimde açıklama yok." in mail.outbox[0].body
    assert f"/admin/participation/barrier-reports/edit/{report.pk}/" in mail.outbox[0].body


@override_settings(EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend", EMAIL_HOST="127.0.0.1", EMAIL_PORT=9)
def test_a_mail_server_that_is_down_does_not_lose_the_report(client, demo_site):
    response = client.post("/de/accessibility/barrier/", {"description": "Kontrast zu schwach."})
    assert response.status_code == 200
    assert BarrierReport.objects.filter(description="Kontrast zu schwach.").exists()


def test_an_empty_report_is_refused_in_the_visitors_language(client, demo_site):
    response = client.post("/en/accessibility/barrier/", {"description": ""})
    assert response.status_code == 400
    assert "This field is required." in response.content.decode()
    assert not BarrierReport.objects.exists()


def test_a_report_is_due_within_a_month_and_answering_records_when(demo_site):
    report = BarrierReport.objects.create(description="x", language="de")
    assert not report.is_overdue()
    assert report.is_overdue(now=timezone.now() + datetime.timedelta(days=31))
    report.status = BarrierReport.Status.ANSWERED
    report.save()
    assert report.answered_at is not None and not report.is_overdue(now=timezone.now() + datetime.timedelta(days=60))
