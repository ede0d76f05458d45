"""Admin: survey results, page feedback, the reach report, accessibility barrier reports, under one menu."""

import django_filters
from django.contrib.auth.models import Permission
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets.button import ListingButton
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import admin_views
from .models import BarrierReport, SurveyPage


@hooks.register("register_admin_urls")
def participation_admin_urls():
    return [
        path(
            "participation/surveys/<int:page_id>/results/",
            admin_views.survey_results_view,
            name="participation_survey_results",
        ),
        path("participation/feedback/", admin_views.page_feedback_view, name="participation_page_feedback"),
        path("participation/reach/", admin_views.reach_report_view, name="participation_reach_report"),
    ]


@hooks.register("register_permissions")
def participation_permissions():
    return Permission.objects.filter(
        content_type__app_label="participation",
        codename__in=["view_pagefeedback", "view_pageviewcount"],
    )


class PermissionMenuItem(MenuItem):
    def __init__(self, *args, permission, **kwargs):
        super().__init__(*args, **kwargs)
        self.permission = permission

    def is_shown(self, request):
        return request.user.has_perm(self.permission)


class BarrierReportFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(choices=BarrierReport.Status.choices, label=_("Status"))

    class Meta:
        model = BarrierReport
        fields = ["status"]


class BarrierReportViewSet(SnippetViewSet):
    model = BarrierReport
    icon = "warning"
    menu_label = _("Barrier reports")
    url_namespace = "participation_barrier_reports"
    url_prefix = "participation/barrier-reports"
    list_display = ["__str__", "language", "created_at", "status", "answer_due"]
    list_filter = None
    filterset_class = BarrierReportFilterSet
    list_export = ["created_at", "page_url", "description", "language", "status", "answered_at"]
    export_filename = "barrier-reports"
    copy_view_enabled = False
    inspect_view_enabled = True
    form_fields = ["status", "notes", "page_url", "description", "name", "email"]


class ParticipationGroup(SnippetViewSetGroup):
    menu_label = _("Participation")
    menu_icon = "group"
    menu_order = 260
    items = [BarrierReportViewSet]

    def get_submenu_items(self):
        return [
            PermissionMenuItem(
                _("Page feedback"),
                reverse("participation_page_feedback"),
                icon_name="comment",
                permission="participation.view_pagefeedback",
                order=10,
            ),
            PermissionMenuItem(
                _("Reach report"),
                reverse("participation_reach_report"),
                icon_name="table",
                permission="participation.view_pageviewcount",
                order=20,
            ),
            *super().get_submenu_items(),
        ]


register_snippet(ParticipationGroup)


@hooks.register("register_page_listing_more_buttons")
def survey_results_button(page, user, next_url=None, **kwargs):
    if page.specific_class is SurveyPage:
        yield ListingButton(
            _("Survey results"),
            reverse("participation_survey_results", args=[page.pk]),
            priority=60,
            icon_name="table",
        )
