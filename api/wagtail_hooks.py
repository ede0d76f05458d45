from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

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
