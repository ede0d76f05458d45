"""Admin: registrations per session, with CSV/XLSX export, for users with the registration permissions."""

import django_filters
from django.contrib.auth import get_user_model
from django.template.loader import render_to_string
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import InspectView, SnippetViewSet

from directory.admin_views import OwnedObjectMixin
from directory.permissions import OrganisationOwnedPolicy, owned_by

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


class RegistrationViewSet(SnippetViewSet):
    model = Registration
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
        .select_related("page")
        .chronological()[:10]
    )
    if not sessions:
        return None
    return render_to_string(
        "trainings/includes/organisation_trainings.html", {"sessions": sessions, "organisation": page}, request=request
    )
