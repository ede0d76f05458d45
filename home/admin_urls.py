"""Admin URLs that take the place of Wagtail's own where a rule needs it.

The host includes them before Wagtail's admin URLs (``register_admin_urls`` routes would come after Wagtail's).
"""

from django.urls import path
from wagtail.admin.auth import require_admin_access
from wagtail.utils.urlpatterns import decorate_urlpatterns

from .admin_views import SerialisedPageCreateView

urlpatterns = [
    path(
        "pages/add/<slug:content_type_app_name>/<slug:content_type_model_name>/<int:parent_page_id>/",
        SerialisedPageCreateView.as_view(),
        name="home_page_add",
    ),
]

urlpatterns = decorate_urlpatterns(urlpatterns, require_admin_access)
