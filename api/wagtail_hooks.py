from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import Button

from directory.models import OrganisationPage

from .admin_views import EmbedSnippetsView
from .models import WebhookDelivery, WebhookEndpoint


class WebhookEndpointViewSet(ModelViewSet):
    model = WebhookEndpoint
    name = "webhooks"
    url_prefix = "partner-api/webhooks"
    icon = "link-external"
    menu_label = _("Webhooks")
    list_display = ["name", "url", "active", "created_at"]
    list_filter = ["active"]
    form_fields = ["name", "url", "secret", "active"]


class WebhookDeliveryViewSet(ModelViewSet):
    """The delivery log: read it to see whether a partner received an event and why not."""

    model = WebhookDelivery
    name = "webhook_deliveries"
    url_prefix = "partner-api/deliveries"
    icon = "history"
    menu_label = _("Webhook deliveries")
    list_display = ["event", "endpoint", "status", "attempts", "response_status", "created_at", "delivered_at"]
    list_filter = ["status", "event", "endpoint"]
    list_export = ["event", "endpoint", "status", "attempts", "response_status", "error", "created_at", "delivered_at"]
    form_fields = ["status"]
    inspect_view_enabled = True


class PartnerAPIViewSetGroup(ViewSetGroup):
    menu_label = _("Partner API")
    menu_icon = "code"
    menu_order = 900
    items = (WebhookEndpointViewSet, WebhookDeliveryViewSet)


@hooks.register("register_admin_viewset")
def register_partner_api_viewsets():
    return PartnerAPIViewSetGroup()


@hooks.register("register_admin_urls")
def register_embed_snippets_url():
    return [path("partner-api/embed/<int:page_id>/", EmbedSnippetsView.as_view(), name="api_embed_snippets")]


@hooks.register("register_page_header_buttons")
def embed_snippets_button(page, user, view_name, next_url=None):
    """'Widgets and feeds' in the organisation page's header menu; directory knows nothing of the api app."""
    if issubclass(page.specific_class or type(page), OrganisationPage):
        yield Button(
            _("Widgets and feeds"),
            reverse("api_embed_snippets", args=[page.pk]),
            icon_name="code",
            priority=80,
        )
