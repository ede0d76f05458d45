"""Admin URLs that replace Wagtail's page search with the organisation-scoped one.

The host includes them before Wagtail's admin URLs (``path("admin/", include("directory.admin_urls"))``): Wagtail
offers no hook to narrow its page search, and ``register_admin_urls`` routes come after its own.
"""

from django.urls import path
from wagtail.admin.auth import require_admin_access
from wagtail.utils.urlpatterns import decorate_urlpatterns

from .admin_views import OrganisationPageSearchView

urlpatterns = [
    path("pages/search/", OrganisationPageSearchView.as_view(), name="directory_page_search"),
    path(
        "pages/search/results/",
        OrganisationPageSearchView.as_view(results_only=True),
        name="directory_page_search_results",
    ),
]

urlpatterns = decorate_urlpatterns(urlpatterns, require_admin_access)
