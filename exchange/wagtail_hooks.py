"""The exchange in the admin: reports and the contact log for coordinators, and the editor's home panel."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import TitleColumn
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.permission_policies import ModelPermissionPolicy

from .admin_views import ExchangePanel, editable_entries, toggle_digest
from .models import ContactRequest, Report


@hooks.register("register_admin_urls")
def register_exchange_admin_urls():
    return [path("exchange/digest/<int:organisation_id>/", toggle_digest, name="exchange_toggle_digest")]


@hooks.register("construct_homepage_panels")
def add_exchange_panel(request, panels):
    if editable_entries(request.user).exists():
        panels.append(ExchangePanel(request))


class ReportViewSet(ModelViewSet):
    """Visitors' reports; a coordinator unpublishes the entry from here and marks the report resolved."""

    model = Report
    icon = "warning"
    menu_label = _("Reports")
    add_to_admin_menu = False
    form_fields = ["resolved"]
    list_filter = ["resolved", "reason"]
    list_display = [
        TitleColumn(
            "entry", label=_("Entry"), get_url=lambda report: reverse("wagtailadmin_pages:edit", args=[report.entry_id])
        ),
        "reason",
        "comment",
        "created_at",
        "resolved",
        TitleColumn(
            "unpublish",
            label=_("Action"),
            accessor=lambda report: _("Unpublish the entry"),
            get_url=lambda report: reverse("wagtailadmin_pages:unpublish", args=[report.entry_id]),
        ),
    ]

    def get_queryset(self, request):
        return Report.objects.select_related("entry")


class ReadOnlyPolicy(ModelPermissionPolicy):
    """The contact log is written by the site only: coordinators may look, never add, change or delete."""

    def user_has_permission(self, user, action):
        # Asked of Django directly: the base policy's methods call each other, and through these overrides.
        return action == "view" and (
            user.has_perm("exchange.view_contactrequest") or user.has_perm("exchange.change_contactrequest")
        )

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class ContactRequestViewSet(ModelViewSet):
    """When who contacted which entry, and whether it was queued for delivery; the message texts are never kept."""

    model = ContactRequest
    icon = "mail"
    menu_label = _("Contact log")
    add_to_admin_menu = False
    form_fields = ["queued"]
    list_filter = ["queued"]
    list_display = ["entry", "sender_organisation", "created_at", "queued"]

    @property
    def permission_policy(self):
        return ReadOnlyPolicy(self.model)


class ExchangeViewSetGroup(ModelViewSetGroup):
    menu_label = _("Exchange")
    menu_icon = "resubmit"
    menu_order = 260
    items = (ReportViewSet("exchange_reports"), ContactRequestViewSet("exchange_contacts"))


@hooks.register("register_admin_viewset")
def register_exchange_viewsets():
    return ExchangeViewSetGroup()
