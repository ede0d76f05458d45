from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.static import serve
from wagtail import urls as wagtail_urls
from wagtail import views as wagtail_views
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.documents.views import serve as wagtaildocs_serve

from home.search import search
from home.sitemaps import MultilingualSitemap
from home.views import healthz, limit_password_attempts, readyz

# A database that cannot be reached answers 503 in the visitor's language (problem documents under /api/).
handler500 = "home.views.server_error"

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("readyz", readyz, name="readyz"),
    path("admin/", include("directory.admin_urls")),  # the organisation-scoped page search, before Wagtail's
    path("admin/", include("home.admin_urls")),  # page creation one at a time per parent, before Wagtail's
    path("admin/", include(wagtailadmin_urls)),
    # Wagtail's collection-password form, with a brute-force limit; the rest of the documents' routes as they are.
    path(
        "documents/authenticate_with_password/<int:restriction_id>/",
        limit_password_attempts(wagtaildocs_serve.authenticate_with_password, "collection-password"),
    ),
    path("documents/", include(wagtaildocs_urls)),
    path("api/", include("api.urls")),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": MultilingualSitemap}}, name="sitemap"),
]

if settings.DEBUG or settings.SERVE_MEDIA:
    # Production serves media from object storage or a proxy; SERVE_MEDIA is for a small single-host install.
    # Only image renditions (images/…, what pages show) are served from disk: original uploads and documents carry
    # privacy rules, so documents leave only through Wagtail's /documents/ serve view and originals not at all.
    # (django.conf.urls.static.static() would return nothing outside DEBUG.)
    urlpatterns += [
        re_path(
            rf"^{settings.MEDIA_URL.lstrip('/')}(?P<path>images/[^/]+)$", serve, {"document_root": settings.MEDIA_ROOT}
        ),
    ]

# Everything a visitor reads carries its language in the URL: /de/…, /en/…, /ar/…
urlpatterns += i18n_patterns(
    path("search/", search, name="search"),  # before Wagtail's catch-all page route
    path("", include("trainings.urls")),  # calendar files below training pages; before Wagtail's catch-all
    # Wagtail's page-password form, with a brute-force limit; same path and name, so Wagtail's forms post here.
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        limit_password_attempts(wagtail_views.authenticate_with_password, "page-password"),
        name="wagtailcore_authenticate_with_password",
    ),
    path("", include("participation.urls")),  # survey answers, page feedback, barrier reports
    path("", include("exchange.urls")),  # contact forms of exchange entries
    path("", include(wagtail_urls)),
)
