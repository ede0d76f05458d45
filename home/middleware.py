from django.core.exceptions import PermissionDenied
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


class TranslatorLanguageMiddleware:
    """Keeps translators to translations into their own languages in wagtail-localize's endpoints, and synchronised.

    Those endpoints (segment edits, PO upload, machine translation, ...) check a snippet's model-wide "change"
    permission, which a translator group holds for every language; pages are already scoped by page permissions.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        from wagtail_localize.models import Translation

        from .models import TranslatorGroup

        match = request.resolver_match
        if "translation_id" not in view_kwargs or "wagtail_localize" not in match.namespaces:
            return None
        if not TranslatorGroup.only_translates(request.user):
            return None
        if match.url_name == "stop_translation":
            # A translation whose synchronisation is stopped becomes an ordinary page whose synchronised fields
            # (phone, website, e-mail, dates) a translator could then change: that decision is an editor's.
            raise PermissionDenied
        target = Translation.objects.filter(pk=view_kwargs["translation_id"]).values_list(
            "target_locale__language_code", flat=True
        )
        if target and target[0] not in TranslatorGroup.languages_of(request.user):
            raise PermissionDenied
        return None
