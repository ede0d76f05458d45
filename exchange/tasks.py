"""Background work: contact messages are delivered by the task worker, never in the visitor's request."""

import logging

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django_tasks import task

from .emails import absolute, render_email
from .models import ContactRequest

logger = logging.getLogger(__name__)


def queue_contact_request(contact_request):
    """Deliver the request once the transaction that stored it commits."""
    transaction.on_commit(lambda: deliver_contact_request.enqueue(contact_request.pk))


@task()
def deliver_contact_request(contact_request_id):
    """Relay one message to the entry's organisation and a copy to the sender; then forget its text.

    Runs once per request: a delivered or failed request is left alone, so a retried task sends nothing twice.
    """
    contact_request = (
        ContactRequest.objects.select_related("entry__organisation", "entry__locale")
        .filter(pk=contact_request_id)
        .first()
    )
    if contact_request is None or contact_request.delivery != ContactRequest.Delivery.QUEUED:
        return
    entry = contact_request.entry
    context = {"contact": contact_request, "entry": entry, "entry_url": absolute(entry.url)}
    messages = [
        render_email(
            "contact", settings.LANGUAGE_CODE, context, [entry.recipient], reply_to=[contact_request.sender_email]
        ),
        render_email("contact_copy", contact_request.language, context, [contact_request.sender_email]),
    ]
    try:
        for message in messages:
            message.send()
    except Exception:
        # The visitor's message is already confirmed; a failing mail server marks it for the coordinators.
        logger.exception("Could not relay contact request %s", contact_request.pk)
        contact_request.delivery = ContactRequest.Delivery.FAILED
    else:
        contact_request.delivery = ContactRequest.Delivery.SENT
        contact_request.delivered_at = timezone.now()
    # The log keeps who wrote about which entry and when, never what they wrote.
    contact_request.message = ""
    contact_request.save(update_fields=["delivery", "delivered_at", "message"])
    logger.info("Contact request %s about entry %s: %s", contact_request.pk, entry.pk, contact_request.delivery)
