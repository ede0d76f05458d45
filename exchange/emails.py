"""E-mails of the exchange: relayed contact messages, reminders before expiry and the weekly digest.

Each is rendered in its reader's language from ``exchange/email/<kind>_subject.txt`` and ``_body.txt``.
"""

from urllib.parse import urljoin

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation

from home.mail import queue_email


def absolute(location, request=None):
    """A full URL for ``location`` (a path), from the request if there is one, else WAGTAILADMIN_BASE_URL."""
    if request is not None:
        return request.build_absolute_uri(location)
    return urljoin(settings.WAGTAILADMIN_BASE_URL.rstrip("/") + "/", location or "/")


def send(kind, language, context, to, reply_to=None):
    """Queue the e-mail of template ``kind`` in ``language`` for the task worker; returns whether it was queued."""
    with translation.override(language):
        context = {**context, "initiative": getattr(settings, "INITIATIVE", {})}
        subject = " ".join(render_to_string(f"exchange/email/{kind}_subject.txt", context).split())
        body = render_to_string(f"exchange/email/{kind}_body.txt", context)
    return queue_email(subject, body, to, reply_to=reply_to, purpose=f"exchange.{kind}")


def relay_contact(contact_request, entry, message):
    """Queue the visitor's message to the entry's organisation (replies go to the visitor) and their copy."""
    context = {"contact": contact_request, "entry": entry, "message": message, "entry_url": absolute(entry.url)}
    to_organisation = send(
        "contact", settings.LANGUAGE_CODE, context, [entry.recipient], reply_to=[contact_request.sender_email]
    )
    send("contact_copy", contact_request.language, context, [contact_request.sender_email])
    return to_organisation
