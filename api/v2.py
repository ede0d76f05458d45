"""Wagtail's stable page API v2, read-only, mounted at /api/v2/.

Pages, images and documents; the ``locale`` and ``translation_of`` filters come with WAGTAIL_I18N_ENABLED.
"""

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from .errors import ProblemDetailsMixin


class PagesAPI(ProblemDetailsMixin, PagesAPIViewSet):
    pass


class ImagesAPI(ProblemDetailsMixin, ImagesAPIViewSet):
    pass


class DocumentsAPI(ProblemDetailsMixin, DocumentsAPIViewSet):
    pass


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PagesAPI)
api_router.register_endpoint("images", ImagesAPI)
api_router.register_endpoint("documents", DocumentsAPI)
