from csp.middleware import CSPMiddleware
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.urls import reverse
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.translation import get_language


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's LocaleMiddleware, minus one surprise.

    On a 404 Django retries the path with a language prefix and redirects if that resolves. Wagtail's page serving
    matches every path below /de/, so a 404 that a view outside the language prefix answered itself (an unknown
    page id in the API, an unknown document) would become a redirect to a page that does not exist either. A path
    that matched no URL at all (``/ueber-uns/``) is still redirected to its language, as before.
    """

    # Paths outside the visitor-facing site: a 404 there is final, never a redirect into a language.
    unprefixed = ("/api/", "/admin/", "/documents/", "/static/", "/media/", "/healthz", "/readyz", "/sitemap.xml")

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
    """Keeps translators to translations into their own languages in wagtail-localize's endpoints.

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
        target = Translation.objects.filter(pk=view_kwargs["translation_id"]).values_list(
            "target_locale__language_code", flat=True
        )
        if target and target[0] not in TranslatorGroup.languages_of(request.user):
            raise PermissionDenied
        return None


class SecurityHeadersMiddleware(CSPMiddleware):
    """django-csp's policy on every response, plus the headers that go with it.

    - Wagtail's admin gets ``CONTENT_SECURITY_POLICY_ADMIN`` (it needs inline scripts); everything else the strict
      ``CONTENT_SECURITY_POLICY``. A view that sets its own header (the partner widgets) keeps it.
    - ``Permissions-Policy`` switches off browser features the site never uses.
    - A response to a signed-in user is ``Cache-Control: private``, so no shared cache or CDN keeps a page rendered
      with their userbar, their drafts or their name.
    """

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and request.path_info.startswith(_admin_prefix()):
            parts.config = settings.CONTENT_SECURITY_POLICY_ADMIN["DIRECTIVES"]
        return parts

    def process_response(self, request, response):
        response = super().process_response(request, response)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        # Only a request carrying a session can be signed in; asking anyone else would load a session for nothing.
        user = getattr(request, "user", None) if settings.SESSION_COOKIE_NAME in request.COOKIES else None
        if user is not None and user.is_authenticated:
            patch_cache_control(response, private=True)
            patch_vary_headers(response, ("Cookie",))
        return response


def _admin_prefix():
    return reverse("wagtailadmin_home")
