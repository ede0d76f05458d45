"""Admin views: the page search and API narrowed by the organisation rule, handling a sign-up, the import."""

import base64
import uuid

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.admin import messages
from wagtail.admin.api.views import PagesAdminAPIViewSet
from wagtail.admin.views.pages.search import SearchView

from . import conf, imports
from .admin_forms import OrganisationImportForm
from .models import OrganisationSignup
from .permissions import visible_pages
from .signups import publish_and_invite


class OrganisationPageSearchView(SearchView):
    """Wagtail's admin page search without other organisations' pages.

    Wagtail filters the search by its explorable pages only (no ``construct_explorer_page_queryset`` call), and
    ``annotate_queryset`` is the one step that runs on the page queryset, and after ``all_pages`` (the type
    facets) is set, before the search itself.
    """

    def annotate_queryset(self, pages):
        self.all_pages = visible_pages(self.all_pages, self.request.user)
        return super().annotate_queryset(visible_pages(pages, self.request.user))


class OrganisationPagesAdminAPIViewSet(PagesAdminAPIViewSet):
    """The admin API (explorer menu, listings, detail, actions) without other organisations' pages."""

    def get_base_queryset(self):
        return visible_pages(super().get_base_queryset(), self.request.user)


class OwnedObjectMixin:
    """For a generic admin view of a model under ``OrganisationOwnedPolicy``: the object must be one of the user's.

    Wagtail's inspect view checks the model permission only, not the instance; this adds the rule.
    """

    def get_object(self, queryset=None):
        instance = super().get_object(queryset)
        if not self.permission_policy.user_has_any_permission_for_instance(self.request.user, ["view"], instance):
            raise PermissionDenied
        return instance


def publish_and_invite_view(request, pk):
    """Confirm, then publish a sign-up's profile and invite its submitter as the organisation's editor."""
    signup = get_object_or_404(OrganisationSignup.objects.select_related("organisation"), pk=pk)
    if not request.user.has_perm("directory.invite_signup"):
        raise PermissionDenied
    if signup.handled_at or signup.organisation is None:
        messages.warning(request, _("This sign-up has already been handled."))
        return redirect("directory_organisationsignup:index")
    if request.method == "POST":
        user = publish_and_invite(signup, request.user, request)
        messages.success(
            request,
            _("%(organisation)s is published and %(email)s is invited as its editor.")
            % {"organisation": signup.organisation.title, "email": user.email},
        )
        return redirect("directory_organisationsignup:index")
    return TemplateResponse(request, "directory/admin/publish_and_invite.html", {"signup": signup})


# The file checked in step one waits in the coordinator's own session (the database) for step two, under a token
# made here. The client sends back only that token, never a path or file name we would open. The session is shared
# by every web process and dropped with the login; django-import-export's temporary storages are not: a temp folder
# is local to one container, the cache is per process without Redis (and Redis may evict), and the media storage
# can be public.
IMPORT_SESSION_KEY = "directory_import"


def _keep_file(request, name, content):
    token = uuid.uuid4().hex
    request.session[IMPORT_SESSION_KEY] = {
        "token": token,
        "name": name,
        "content": base64.b64encode(content).decode("ascii"),
    }
    return token


def _kept_file(request, token):
    kept = request.session.get(IMPORT_SESSION_KEY) or {}
    if not token or kept.get("token") != token:
        return None
    return kept["name"], base64.b64decode(kept["content"])


def _import_refused(request):
    """A 403 page for anyone without the import permission (Wagtail would redirect to the dashboard instead)."""
    if request.user.has_perm("directory.import_organisations"):
        return None
    context = {"page_title": _("Import organisations"), "header_icon": "upload"}
    return TemplateResponse(request, "directory/admin/import_refused.html", context, status=403)


def import_organisations_view(request):
    """Step one: upload and check (nothing is saved). Step two: import the checked file, all or nothing."""
    if refused := _import_refused(request):
        return refused
    context = {"page_title": _("Import organisations"), "header_icon": "upload", "columns": imports.COLUMNS}
    if request.method != "POST":
        return TemplateResponse(request, "directory/admin/import.html", {**context, "form": OrganisationImportForm()})
    form = OrganisationImportForm(request.POST, request.FILES)
    if not form.is_valid():
        return TemplateResponse(request, "directory/admin/import.html", {**context, "form": form})
    publish = form.cleaned_data["publish"] == "publish"
    confirming = "confirm" in request.POST
    if confirming:
        kept = _kept_file(request, form.cleaned_data["token"])
        if kept is None:
            form.add_error(None, _("The checked file is no longer available. Upload it again to check it."))
            return TemplateResponse(request, "directory/admin/import.html", {**context, "form": form})
        name, content = kept
    else:
        upload = form.cleaned_data["file"]
        if upload is None:
            form.add_error("file", _("Choose a file to check."))
            return TemplateResponse(request, "directory/admin/import.html", {**context, "form": form})
        name = upload.name
        content = upload.read(imports.MAX_FILE_SIZE + 1)
    try:
        report = imports.run_import(
            imports.read_dataset(name, content),
            user=request.user,
            publish=publish,
            dry_run=not confirming,
            max_rows=conf.import_max_rows(),
        )
    except imports.ImportFileError as error:
        form.add_error("file", str(error))
        return TemplateResponse(request, "directory/admin/import.html", {**context, "form": form})
    if confirming and report.ok:
        request.session.pop(IMPORT_SESSION_KEY, None)
        messages.success(
            request,
            _("Imported: %(new)s new, %(updated)s updated, %(unchanged)s unchanged.")
            % {"new": report.new, "updated": report.updated, "unchanged": report.unchanged},
        )
        return redirect("wagtailadmin_explore", imports.german_directory().pk)
    token = _keep_file(request, name, content) if report.ok else ""
    # Its own ids: both forms are on one page.
    confirm_form = OrganisationImportForm(
        initial={"token": token, "publish": form.cleaned_data["publish"]}, auto_id="confirm_%s"
    )
    return TemplateResponse(
        request,
        "directory/admin/import.html",
        {
            **context,
            "form": OrganisationImportForm(),
            "confirm_form": confirm_form,
            "report": report,
            "token": token,
            "file_name": name,
            "publish": publish,
        },
    )


def import_template_view(request):
    """The CSV template: every column and one example row."""
    if refused := _import_refused(request):
        return refused
    response = HttpResponse(imports.template_csv(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="organisationen-vorlage.csv"'
    return response
