"""Publish webhooks: signed JSON events to partners, delivered in the background with retries.

Publishing never waits for a partner: events are written to the database queue when the publishing transaction
commits, and a worker (`manage.py db_worker --backend webhooks`) posts them. Requests are signed as the Standard
Webhooks specification says (https://www.standardwebhooks.com/), so partners can verify them with its libraries and
refuse replays: ``webhook-id``, ``webhook-timestamp`` and ``webhook-signature: v1,<base64 HMAC-SHA256 of
"id.timestamp.body">``.
"""

import base64
import hashlib
import hmac
import json
import logging
import time
import uuid
from datetime import timedelta

import requests
from django.db import transaction
from django.utils import timezone
from django_tasks import task

from . import conf
from .models import WebhookDelivery, WebhookEndpoint

logger = logging.getLogger(__name__)

SECRET_PREFIX = "whsec_"  # noqa: S105 - the format's marker, not a secret
QUEUE_NAME = "webhooks"


def signing_key(secret):
    """The HMAC key a ``whsec_<base64>`` secret stands for (the form Standard Webhooks libraries take)."""
    return base64.b64decode(secret.removeprefix(SECRET_PREFIX))


def sign(secret, message_id, timestamp, body):
    """The ``webhook-signature`` value: version 1, base64 of HMAC-SHA256 over "id.timestamp.body"."""
    signed = f"{message_id}.{timestamp}.".encode() + body
    return "v1," + base64.b64encode(hmac.new(signing_key(secret), signed, hashlib.sha256).digest()).decode()


def signature_headers(secret, message_id, body, timestamp=None):
    """The three Standard Webhooks headers for one attempt; the timestamp is the attempt's, so a retry is fresh."""
    timestamp = int(time.time()) if timestamp is None else timestamp
    return {
        "webhook-id": message_id,
        "webhook-timestamp": str(timestamp),
        "webhook-signature": sign(secret, message_id, timestamp, body),
    }


def is_relevant(page):
    return page.specific_class is not None and page.specific_class._meta.label in conf.webhook_page_types()


def event_payload(page, event):
    page = page.specific_deferred if hasattr(page, "specific_deferred") else page
    return {
        "id": str(uuid.uuid4()),
        "event": event,
        "occurred_at": timezone.now().isoformat(),
        "page": {
            "id": page.pk,
            "type": page.specific_class._meta.label,
            "locale": page.locale.language_code,
            "translation_key": str(page.translation_key),
            "title": page.title,
            "url": page.full_url if event != "page.deleted" else None,
        },
    }


def queue_event(page, event):
    """Record one delivery per active endpoint and hand them to the worker once the transaction commits."""
    if not is_relevant(page):
        return []
    try:
        payload = event_payload(page, event)
        deliveries = [
            WebhookDelivery.objects.create(endpoint=endpoint, event=event, payload=payload)
            for endpoint in WebhookEndpoint.objects.filter(active=True)
        ]
        for delivery in deliveries:
            transaction.on_commit(lambda pk=delivery.pk: queued_delivery().enqueue(pk))
        return deliveries
    except Exception:  # a webhook must never break publishing
        logger.exception("Could not queue webhook event %s for page %s", event, page.pk)
        return []


def queued_delivery(**options):
    """The delivery task bound to the configured backend and queue, read now rather than when this module loaded."""
    return deliver_webhook.using(backend=conf.webhook_task_backend(), queue_name=QUEUE_NAME, **options)


# Declared on the default backend and queue, which every site has; queued_delivery() picks the real ones.
@task()
def deliver_webhook(delivery_id):
    """POST one delivery; on failure, schedule the next attempt with exponential backoff until attempts run out."""
    delivery = WebhookDelivery.objects.select_related("endpoint").filter(pk=delivery_id).first()
    if delivery is None or delivery.status in (WebhookDelivery.Status.DELIVERED, WebhookDelivery.Status.FAILED):
        return
    body = json.dumps(delivery.payload, separators=(",", ":")).encode()
    headers = {
        "Content-Type": "application/json",
        "User-Agent": "MigrAktiv-Spandau-Webhooks/1",
        "X-MigrAktiv-Event": delivery.event,
        # The event's id: the same on every retry and for every partner, so a receiver can drop duplicates.
        **signature_headers(delivery.endpoint.secret, delivery.payload["id"], body),
    }
    delivery.attempts += 1
    try:
        response = requests.post(
            delivery.endpoint.url,
            data=body,
            headers=headers,
            timeout=conf.webhook_timeout_seconds(),
            allow_redirects=False,
        )
        delivery.response_status = response.status_code
        succeeded = 200 <= response.status_code < 300
        delivery.error = "" if succeeded else f"HTTP {response.status_code}"
    except requests.RequestException as error:
        succeeded = False
        delivery.response_status = None
        delivery.error = str(error)[:1000]

    if succeeded:
        delivery.status = WebhookDelivery.Status.DELIVERED
        delivery.delivered_at = timezone.now()
        delivery.next_attempt_at = None
    elif delivery.attempts >= conf.webhook_max_attempts():
        delivery.status = WebhookDelivery.Status.FAILED
        delivery.next_attempt_at = None
    else:
        delay = conf.webhook_first_retry_seconds() * 2 ** (delivery.attempts - 1)
        delivery.status = WebhookDelivery.Status.RETRYING
        delivery.next_attempt_at = timezone.now() + timedelta(seconds=delay)
        queued_delivery(run_after=delivery.next_attempt_at).enqueue(delivery.pk)
    delivery.save()
