"""Admin pages for coordinators: a survey's results, page feedback per page and language, the funders' report."""

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Count, Q, Sum
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.admin.auth import permission_denied
from wagtail.contrib.forms.utils import get_forms_for_user
from wagtail.models import Page

from .charts import attach_charts, bar_chart
from .exports import csv_response, xlsx_response
from .models import PageFeedback, PageViewCount, SurveyPage
from .pdf import report_pdf_response
from .report import build_report, record_registration_tallies
from .results import results_rows, survey_results


def survey_results_view(request, page_id):
    page = get_object_or_404(SurveyPage, pk=page_id)
    if not get_forms_for_user(request.user).filter(pk=page.pk).exists():
        return permission_denied(request)
    source = page.source_page
    results = survey_results(source)
    filename = f"{source.slug}-results"
    if request.GET.get("export") == "csv":
        return csv_response(results_rows(results), filename)
    if request.GET.get("export") == "xlsx":
        return xlsx_response([(_("Results"), results_rows(results))], filename)
    attach_charts(results)
    return TemplateResponse(
        request,
        "participation/admin/survey_results.html",
        {"page": source, "results": results, "header_title": _("Results: %(title)s") % {"title": source.title}},
    )


def page_feedback_view(request):
    if not request.user.has_perm("participation.view_pagefeedback"):
        return permission_denied(request)
    language = request.GET.get("language", "")
    rows = PageFeedback.objects.values("page", "language")
    if language in dict(settings.LANGUAGES):
        rows = rows.filter(language=language)
    rows = rows.annotate(
        yes=Count("pk", filter=Q(helpful=True)),
        no=Count("pk", filter=Q(helpful=False)),
        comments=Count("pk", filter=~Q(comment="")),
    ).order_by("-no", "-yes")
    paginator = Paginator(rows, 50)
    listing = paginator.get_page(request.GET.get("p"))
    pages = Page.objects.in_bulk([row["page"] for row in listing])
    for row in listing:
        row["page_obj"] = pages.get(row["page"])
        total = row["yes"] + row["no"]
        row["helpful_percent"] = round(100 * row["yes"] / total) if total else 0
        row["latest_comments"] = list(
            PageFeedback.objects.filter(page_id=row["page"], language=row["language"])
            .exclude(comment="")
            .values_list("day", "helpful", "comment")[:5]
        )
    return TemplateResponse(
        request,
        "participation/admin/page_feedback.html",
        {
            "rows": listing,
            "languages": settings.LANGUAGES,
            "language": language,
            "header_title": _("Page feedback"),
        },
    )


def reach_report_view(request):
    if not request.user.has_perm("participation.view_pageviewcount"):
        return permission_denied(request)
    this_year = timezone.localdate().year
    try:
        year = int(request.GET.get("year", this_year))
    except ValueError:
        year = this_year
    if not 2000 <= year <= this_year + 1:
        year = this_year
    record_registration_tallies()
    export = request.GET.get("export")
    filename = f"reach-report-{year}"
    if export == "pdf":
        # The report goes to German funders: the document is German whatever the admin's language.
        with translation.override(settings.LANGUAGE_CODE):
            return report_pdf_response(build_report(year), filename)
    report = build_report(year)
    if export == "xlsx":
        return xlsx_response([(str(year), report.as_rows())], filename)
    if export == "csv":
        return csv_response(report.as_rows(), filename)
    groups = {}
    for row in report.rows:
        groups.setdefault(row.group, []).append(row)
    charts = [
        bar_chart(
            _("%(group)s, %(year)s") % {"group": group, "year": year},
            [(row.label, row.values[-1], str(row.values[-1])) for row in rows],
        )
        for group, rows in groups.items()
    ]
    views = PageViewCount.objects.filter(day__year=year)
    return TemplateResponse(
        request,
        "participation/admin/reach_report.html",
        {
            "report": report,
            "top_pages": views.values("path", "page_type").annotate(total=Sum("views")).order_by("-total")[:20],
            "page_types": views.values("page_type").annotate(total=Sum("views")).order_by("-total"),
            "charts": charts,
            "year": year,
            "years": list(range(this_year, max(this_year - 6, 2023), -1)),
            "header_title": _("Reach report"),
        },
    )
