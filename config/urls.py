from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.static import serve
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from home.search import search
from home.sitemaps import MultilingualSitemap
from home.views import healthz

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/", include("api.urls")),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": MultilingualSitemap}}, name="sitemap"),
]

if settings.DEBUG or settings.SERVE_MEDIA:
    # Production serves media from object storage or a proxy; SERVE_MEDIA is for a small single-host install.
    # (django.conf.urls.static.static() would return nothing outside DEBUG.)
    urlpatterns += [
        re_path(rf"^{settings.MEDIA_URL.lstrip('/')}(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}),
    ]

# Everything a visitor reads carries its language in the URL: /de/…, /en/…, /ar/…
urlpatterns += i18n_patterns(
    path("search/", search, name="search"),  # before Wagtail's catch-all page route
    path("", include("trainings.urls")),
    path("", include("exchange.urls")),  # calendar files below training pages; before Wagtail's catch-all
    path("", include(wagtail_urls)),
)
