"""Keep organisation editors out of Wagtail's reports, which list pages (and their history) across organisations."""

from django.core.exceptions import PermissionDenied

from .permissions import is_organisation_editor


class OrganisationReportsMiddleware:
    """Refuse ``wagtailadmin_reports:*`` (workflows, site history, locked pages …) to organisation editors.

    Those views select pages through Wagtail's page permissions alone, which reach every page below the index
    pages, and Wagtail has no hook to narrow them. Their dashboard shows what is theirs instead.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if match and "wagtailadmin_reports" in match.namespaces and is_organisation_editor(request.user):
            raise PermissionDenied
        return None
