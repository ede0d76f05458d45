"""Admin: registrations per session, with CSV/XLSX export, for users with the registration permissions."""

import django_filters
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.models import Page
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, InspectView, SnippetViewSet

from directory.admin_views import OwnedObjectMixin
from directory.permissions import OrganisationOwnedPolicy, owned_by

from . import conf
from .emails import queue_registration_email
from .models import Registration, TrainingSeriesPage, TrainingSession


class RegistrationPermissionPolicy(OrganisationOwnedPolicy):
    """Only visitors register (through the form that counts seats); editors view, correct, export and delete.

    An organisation's editors see the registrations of their own series only (their participants list).
    """

    def __init__(self):
        super().__init__(Registration, TrainingSeriesPage, through="session__page")

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        actions = [action for action in actions if action != "add"]
        if not actions:
            return get_user_model().objects.none()
        return super().users_with_any_permission(actions)


def _sessions(request):
    sessions = TrainingSession.objects.canonical().select_related("page").order_by("-start")
    return owned_by(sessions, request.user, TrainingSeriesPage, through="page")


class RegistrationFilterSet(WagtailFilterSet):
    session = django_filters.ModelChoiceFilter(queryset=_sessions, label=_("Session"))
    status = django_filters.ChoiceFilter(choices=Registration.Status.choices, label=_("Status"))

    class Meta:
        model = Registration
        fields = ["session", "status"]


class RegistrationInspectView(OwnedObjectMixin, InspectView):
    pass


class RegistrationIndexView(IndexView):
    """The registrations listing; its CSV export neutralises formulas that visitors typed into the form.

    A spreadsheet program runs a cell starting with =, +, -, @ (or a tab or carriage return before them) as a formula
    ("CSV injection", e.g. =HYPERLINK(...)); a leading apostrophe makes it text. Wagtail's XLSX export already
    stores such values as text.
    """

    formula_starts = ("=", "+", "-", "@", "\t", "\r")

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        if export_format == self.FORMAT_CSV and isinstance(value, str) and value.startswith(self.formula_starts):
            return "'" + value
        return value


class RegistrationViewSet(SnippetViewSet):
    model = Registration
    index_view_class = RegistrationIndexView
    icon = "group"
    menu_label = _("Registrations")
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["name", "email", "session", "status", "created_at"]
    list_per_page = 50
    filterset_class = RegistrationFilterSet
    search_fields = ["name", "email", "organisation"]
    search_backend_name = None
    list_export = [
        "session",
        "name",
        "email",
        "organisation",
        "language",
        "accessibility_needs",
        "status",
        "created_at",
        "promoted_at",
        "cancelled_at",
    ]
    export_filename = "registrations"
    inspect_view_enabled = True
    inspect_view_class = RegistrationInspectView
    copy_view_enabled = False
    form_fields = ["name", "email", "organisation", "language", "accessibility_needs"]

    @cached_property
    def permission_policy(self):
        return RegistrationPermissionPolicy()

    def get_queryset(self, request):
        return self.permission_policy.owned(Registration.objects.select_related("session__page"), request.user)


register_snippet(RegistrationViewSet)


def _pages_with_registrations(pages):
    """Those of ``pages`` that hold, themselves or below them, sessions people registered for."""
    return [page for page in pages if Registration.objects.filter(session__page__path__startswith=page.path).exists()]


def _refuse_deletion(request, pages):
    messages.error(
        request,
        ngettext(
            "“%(title)s” has registrations and cannot be deleted: that would delete the registrations too. "
            "Cancel its sessions instead; the registrations are deleted %(days)s day after the sessions end.",
            "“%(title)s” has registrations and cannot be deleted: that would delete the registrations too. "
            "Cancel its sessions instead; the registrations are deleted %(days)s days after the sessions end.",
            conf.retention_days(),
        )
        % {"title": pages[0].get_admin_display_title(), "days": conf.retention_days()},
    )
    return redirect("wagtailadmin_explore", pages[0].get_parent().pk)


@hooks.register("before_delete_page")
def keep_series_with_registrations(request, page):
    """Deleting a series (or the programme above it) would silently delete its registrations: refuse."""
    if refused := _pages_with_registrations([page]):
        return _refuse_deletion(request, refused)
    return None


@hooks.register("before_bulk_action")
def keep_series_with_registrations_in_bulk(request, action_type, objects, action_class_instance):
    if action_type == "delete" and (refused := _pages_with_registrations([o for o in objects if isinstance(o, Page)])):
        return _refuse_deletion(request, refused)
    return None


@hooks.register("after_delete_snippet")
def give_freed_seats_to_the_waiting_list(request, instances):
    """Deleting a confirmed registration in the admin frees a seat like a cancellation does."""
    sessions = {instance.session for instance in instances if getattr(instance, "_meta", None) is Registration._meta}
    for session in sessions:
        for promoted in session.fill_free_places():
            queue_registration_email(promoted, "promoted", request)


@hooks.register("directory_organisation_sections")
def upcoming_trainings_of_the_organisation(page, request):
    """On an organisation's profile: the upcoming sessions of the series it organises."""
    sessions = list(
        TrainingSession.objects.published()
        .canonical()
        .upcoming()
        .for_organisation(page)
        .with_free_places()
        .select_related("page__locale")
        .chronological()[:10]
    )
    if not sessions:
        return None
    return render_to_string(
        "trainings/includes/organisation_trainings.html", {"sessions": sessions, "organisation": page}, request=request
    )
