"""Visitor views: answering a survey, page feedback, accessibility barrier reports. Thin: parse, call, render.

Survey answers and page feedback are posted here rather than to the page, without a CSRF cookie: those pages may
be served from a shared cache and promise visitors no cookies; honeypot and rate limit keep floods out.
"""

import logging

from django.core.mail import send_mail
from django.db import transaction
from django.http import Http404
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from django_ratelimit.decorators import ratelimit
from wagtail.contrib.forms.views import SubmissionsListView
from wagtail.models import Page

from home import localization

from . import conf
from .exports import safe_cell
from .forms import BarrierReportForm, PageFeedbackForm
from .models import PageFeedback, SurveyPage

logger = logging.getLogger(__name__)


@csrf_exempt
@never_cache
@require_POST
@ratelimit(key="ip", rate=conf.submission_rate, method="POST", block=True)
def answer_survey(request, page_id):
    page = SurveyPage.objects.live().public().filter(pk=page_id).first()
    if page is None:
        raise Http404
    form = page.get_form(request.POST, page=page, user=request.user)
    # A closed survey shows its "closed" notice (the template checks survey_open) and stores nothing.
    if not page.is_open() or not form.is_valid():
        response = page.render(request, context_overrides={"form": form})
        response.status_code = 400
        return response
    submission = page.process_form_submission(form)
    return page.render_landing_page(request, submission)


@csrf_exempt
@never_cache
@require_POST
@ratelimit(key="ip", rate=conf.submission_rate, method="POST", block=True)
def page_feedback(request):
    form = PageFeedbackForm(request.POST)
    valid = form.is_valid()
    page_id = form.cleaned_data.get("page")
    page = Page.objects.live().public().filter(pk=page_id).first() if page_id else None
    if not valid or page is None:
        context = {"form": form, "back_url": _back_url(request, page) if page else ""}
        return render(request, "participation/page_feedback_error.html", context, status=400)
    PageFeedback.objects.create(
        page=page,
        language=get_language(),
        helpful=form.cleaned_data["helpful"],
        comment=form.cleaned_data["comment"],
    )
    return render(request, "participation/page_feedback_thanks.html", {"back_url": _back_url(request, page)})


def _back_url(request, page):
    """The page in the visitor's language by the one localisation rule (its translation, else the German page)."""
    return localization.localize_page(page.specific, get_language()).page.get_url(request)


@never_cache
@ratelimit(key="ip", rate=conf.submission_rate, method="POST", block=True)
def barrier_report(request):
    """The BITV feedback route: anyone can report a barrier; coordinators are told by e-mail and answer within a
    month (the status in the admin tracks that)."""
    form = BarrierReportForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            report = form.save(commit=False)
            report.language = get_language()
            report.save()
        _notify_coordinators(request, report)
        return render(
            request,
            "participation/barrier_report_done.html",
            {"report": report, "answer_days": conf.barrier_answer_days()},
        )
    return render(
        request,
        "participation/barrier_report.html",
        {"form": form, "answer_days": conf.barrier_answer_days()},
        status=400 if form.errors else 200,
    )


def _notify_coordinators(request, report):
    """E-mail the coordinators; a mail server that is down must not lose the stored report or fail the visitor."""
    from django.urls import reverse

    context = {
        "report": report,
        "admin_url": request.build_absolute_uri(reverse("participation_barrier_reports:edit", args=[report.pk])),
        "answer_days": conf.barrier_answer_days(),
    }
    try:
        send_mail(
            render_to_string("participation/email/barrier_report_subject.txt", context).strip(),
            render_to_string("participation/email/barrier_report_body.txt", context),
            None,
            conf.coordinator_emails(),
        )
    except Exception:
        logger.exception("Accessibility barrier report %s stored but not e-mailed", report.pk)


class SafeSubmissionsListView(SubmissionsListView):
    """Wagtail's answers list of a survey, with CSV cells that cannot run as formulas (XLSX is safe already)."""

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        return safe_cell(value) if export_format == self.FORMAT_CSV and isinstance(value, str) else value
