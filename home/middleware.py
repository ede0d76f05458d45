from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's LocaleMiddleware, minus one surprise.

    On a 404 Django retries the path with a language prefix and redirects if that resolves. Wagtail's page serving
    matches every path below /de/, so a 404 that a view outside the language prefix answered itself (an unknown
    page id in the API, an unknown document) would become a redirect to a page that does not exist either. A path
    that matched no URL at all (``/ueber-uns/``) is still redirected to its language, as before.
    """

    # Paths outside the visitor-facing site: a 404 there is final, never a redirect into a language.
    unprefixed = ("/api/", "/admin/", "/documents/", "/static/", "/media/", "/healthz", "/sitemap.xml")

    def process_response(self, request, response):
        if response.status_code == 404 and request.path_info.startswith(self.unprefixed):
            patch_vary_headers(response, ("Accept-Language",))
            response.headers.setdefault("Content-Language", get_language())
            return response
        if response.status_code == 404 and getattr(request, "resolver_match", None) is not None:
            patch_vary_headers(response, ("Accept-Language",))
            response.headers.setdefault("Content-Language", get_language())
            return response
        return super().process_response(request, response)
