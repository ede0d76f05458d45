"""Admin view: ready-to-copy feed links and widget snippets for one organisation of the directory."""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Locale, Page

from directory.models import OrganisationPage


class EmbedSnippetsView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "api/admin/embed_snippets.html"
    page_title = _("Widgets and feeds")
    header_icon = "code"

    def dispatch(self, request, page_id):
        page = get_object_or_404(Page, pk=page_id)
        if not issubclass(page.specific_class, OrganisationPage):
            raise Http404
        if not page.permissions_for_user(request.user).can_edit():
            raise PermissionDenied
        page = page.specific
        default = Locale.get_default()
        self.organisation = page if page.locale_id == default.pk else (page.get_translation_or_none(default) or page)
        return super().dispatch(request, page_id)

    def get_page_subtitle(self):
        return self.organisation.title

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        pk = self.organisation.pk
        context["organisation"] = self.organisation
        context["is_live"] = self.organisation.live
        context["languages"] = settings.LANGUAGES
        context["script_url"] = f"{base}{settings.STATIC_URL}api/widget.js"
        context["kinds"] = [
            {
                "kind": kind,
                "label": label,
                "iframe_url": base + reverse(f"embed_{kind}_widget", args=[pk]) + "?lang=de",
                "feed_url": base + reverse(feed, args=[pk]) + "?lang=de",
            }
            for kind, label, feed in (
                ("trainings", _("Upcoming trainings"), "embed_trainings_calendar"),
                ("news", _("Latest news"), "embed_news_feed"),
            )
        ]
        return context
