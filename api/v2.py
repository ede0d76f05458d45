"""Wagtail's stable page API v2, read-only, mounted at /api/v2/.

Pages, images and documents; the ``locale`` and ``translation_of`` filters come with WAGTAIL_I18N_ENABLED.
"""

from django.db.models import Q
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Page

from resources.models import ResourceFile, ResourcePage

from .errors import ProblemDetailsMixin


class PagesAPI(ProblemDetailsMixin, PagesAPIViewSet):
    def get_queryset(self):
        # Every item's URL and meta read its locale: one join instead of a query per item.
        return super().get_queryset().select_related("locale")


class ImagesAPI(ProblemDetailsMixin, ImagesAPIViewSet):
    pass


class DocumentsAPI(ProblemDetailsMixin, DocumentsAPIViewSet):
    """Wagtail already hides documents of restricted collections; files of resources are listed only while one of
    the resources using them is live and public (the same rule the download applies), so drafts and
    login-restricted resources do not leak their files here."""

    def get_queryset(self):
        public_resources = Page.objects.live().public().type(ResourcePage)
        used = ResourceFile.objects.values("document")
        published = ResourceFile.objects.filter(page__in=public_resources).values("document")
        return super().get_queryset().exclude(Q(pk__in=used) & ~Q(pk__in=published))


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PagesAPI)
api_router.register_endpoint("images", ImagesAPI)
api_router.register_endpoint("documents", DocumentsAPI)
