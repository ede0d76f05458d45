"""The organisation rule (``directory.permissions``) on the admin's page listings, choosers and API; sign-ups."""

from datetime import UTC, datetime

from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import Locale

from .admin_views import (
    OrganisationPagesAdminAPIViewSet,
    import_organisations_view,
    import_template_view,
    publish_and_invite_view,
)
from .models import OrganisationSignup
from .permissions import is_organisation_editor, owned_by, scoped_page_models, visible_pages


@hooks.register("construct_explorer_page_queryset")
def hide_other_organisations_pages_in_the_explorer(parent_page, pages, request):
    return visible_pages(pages, request.user)


@hooks.register("construct_page_chooser_queryset")
def hide_other_organisations_pages_in_the_chooser(pages, request):
    return visible_pages(pages, request.user)


@hooks.register("construct_reports_menu")
def hide_reports_from_organisation_editors(request, menu_items):
    # The reports span every organisation (see directory.middleware); their dashboard panel replaces them.
    if is_organisation_editor(request.user):
        menu_items[:] = []


@hooks.register("construct_admin_api")
def scope_the_admin_page_api(router):
    router.register_endpoint("pages", OrganisationPagesAdminAPIViewSet)


class PublishAndInviteColumn(Column):
    """The one action a coordinator takes on an open sign-up."""

    def get_value(self, instance):
        if instance.handled_at or instance.organisation_id is None:
            return ""
        url = reverse("directory_signup_invite", args=[instance.pk])
        return format_html('<a class="button button-small" href="{}">{}</a>', url, _("Publish and invite"))


class OrganisationSignupViewSet(ModelViewSet):
    model = OrganisationSignup
    icon = "mail"
    menu_label = _("Sign-ups")
    menu_order = 260
    add_to_admin_menu = True
    list_display = ["__str__", "contact_email", "created_at", "handled_at", PublishAndInviteColumn("invite")]
    list_filter = ["handled_at"]
    form_fields = ["contact_name", "contact_email"]
    inspect_view_enabled = True
    copy_view_enabled = False
    add_to_reference_index = False


@hooks.register("register_admin_viewset")
def register_signup_viewset():
    return OrganisationSignupViewSet("directory_organisationsignup", url_prefix="sign-ups")


@hooks.register("register_admin_urls")
def register_publish_and_invite_url():
    return [path("sign-ups/<int:pk>/publish-and-invite/", publish_and_invite_view, name="directory_signup_invite")]


@hooks.register("register_admin_urls")
def register_import_urls():
    return [
        path("organisations/import/", import_organisations_view, name="directory_import"),
        path("organisations/import/template.csv", import_template_view, name="directory_import_template"),
    ]


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("directory.import_organisations")


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return ImportMenuItem(_("Import organisations"), reverse("directory_import"), icon_name="upload", order=265)


def _last_change(page):
    return page.latest_revision_created_at or page.first_published_at or datetime.min.replace(tzinfo=UTC)


class OrganisationPagesPanel(Component):
    """Dashboard of an organisation editor: their organisation's pages, drafts first, newest change first."""

    name = "organisation_pages"
    order = 50
    template_name = "directory/admin/organisation_pages_panel.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context=None):
        pages = [
            page
            for model in scoped_page_models()
            for page in owned_by(model.objects.filter(locale=Locale.get_default()), self.user)
        ]
        # Drafts first (they wait for the editor), then the most recently changed.
        pages.sort(key=_last_change, reverse=True)
        pages.sort(key=lambda page: not page.has_unpublished_changes)
        return {"pages": pages[:20], "drafts": sum(page.has_unpublished_changes for page in pages)}


class OpenSignupsPanel(Component):
    """Dashboard of a coordinator: sign-ups waiting for review."""

    name = "open_signups"
    order = 60
    template_name = "directory/admin/open_signups_panel.html"

    def get_context_data(self, parent_context=None):
        return {"signups": OrganisationSignup.objects.open().select_related("organisation")[:10]}


@hooks.register("construct_homepage_panels")
def add_role_panels(request, panels):
    if is_organisation_editor(request.user):
        panels.append(OrganisationPagesPanel(request.user))
    elif request.user.has_perm("directory.invite_signup") and OrganisationSignup.objects.open().exists():
        panels.append(OpenSignupsPanel())
