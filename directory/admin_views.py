"""Admin views: the page search and API narrowed by the organisation rule, and handling a sign-up."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.admin import messages
from wagtail.admin.api.views import PagesAdminAPIViewSet
from wagtail.admin.views.pages.search import SearchView

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
