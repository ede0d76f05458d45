"""Partners' webhook subscriptions and the record of every delivery."""

import base64
import secrets

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel


def validate_secret(value):
    """Refuse a secret that Standard Webhooks libraries could not use (and our worker could not sign with)."""
    try:
        key = base64.b64decode(value.removeprefix("whsec_"), validate=True)
    except ValueError:
        key = b""
    if not value.startswith("whsec_") or len(key) < 24:
        raise ValidationError(_('A secret is "whsec_" followed by at least 24 random bytes in base64.'))


def new_secret():
    """A Standard Webhooks secret: "whsec_" and 32 random bytes in base64, as its verification libraries expect."""
    return "whsec_" + base64.b64encode(secrets.token_bytes(32)).decode()


class WebhookEndpoint(models.Model):
    """A partner URL that receives a signed JSON event when relevant content is published, unpublished or deleted."""

    name = models.CharField(
        _("partner"), max_length=120, help_text=_("Who receives these events, e.g. the partner's name.")
    )
    url = models.URLField(
        _("URL"), max_length=500, help_text=_("The partner's HTTPS address that accepts POST requests with JSON.")
    )
    secret = models.CharField(
        _("shared secret"),
        max_length=128,
        default=new_secret,
        validators=[validate_secret],
        help_text=_(
            "Give this to the partner. Requests are signed as Standard Webhooks specifies (headers webhook-id, "
            "webhook-timestamp, webhook-signature), so the partner can check they came from us and are fresh."
        ),
    )
    active = models.BooleanField(_("active"), default=True, help_text=_("Inactive endpoints receive nothing."))
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    panels = [FieldPanel("name"), FieldPanel("url"), FieldPanel("secret"), FieldPanel("active")]

    class Meta:
        verbose_name = _("webhook")
        verbose_name_plural = _("webhooks")
        ordering = ["name"]

    def __str__(self):
        return self.name


class WebhookDeliveryQuerySet(models.QuerySet):
    def failed(self):
        return self.filter(status=WebhookDelivery.Status.FAILED)

    def pending(self):
        return self.filter(status__in=[WebhookDelivery.Status.PENDING, WebhookDelivery.Status.RETRYING])


class WebhookDelivery(models.Model):
    """One event for one endpoint, with the outcome of its latest attempt."""

    class Status(models.TextChoices):
        PENDING = "pending", _("pending")
        RETRYING = "retrying", _("waiting to retry")
        DELIVERED = "delivered", _("delivered")
        FAILED = "failed", _("failed")

    endpoint = models.ForeignKey(
        WebhookEndpoint, verbose_name=_("webhook"), on_delete=models.CASCADE, related_name="deliveries"
    )
    event = models.CharField(_("event"), max_length=40)
    payload = models.JSONField(_("payload"))
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.PENDING)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    response_status = models.PositiveSmallIntegerField(_("last HTTP status"), null=True, blank=True)
    error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    delivered_at = models.DateTimeField(_("delivered"), null=True, blank=True)
    next_attempt_at = models.DateTimeField(_("next attempt"), null=True, blank=True)

    objects = WebhookDeliveryQuerySet.as_manager()

    class Meta:
        verbose_name = _("webhook delivery")
        verbose_name_plural = _("webhook deliveries")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.event} → {self.endpoint}"
