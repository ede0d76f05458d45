"""E-mails of the exchange: relayed contact messages, reminders before expiry and the weekly digest.

Each is rendered in its reader's language from ``exchange/email/<kind>_subject.txt`` and ``_body.txt``.
"""

from urllib.parse import urljoin

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation


def absolute(location, request=None):
    """A full URL for ``location`` (a path), from the request if there is one, else WAGTAILADMIN_BASE_URL."""
    if request is not None:
        return request.build_absolute_uri(location)
    return urljoin(settings.WAGTAILADMIN_BASE_URL.rstrip("/") + "/", location or "/")


def render_email(kind, language, context, to, reply_to=None):
    """An unsent ``EmailMessage`` of template ``kind``, in ``language``."""
    with translation.override(language):
        context = {**context, "initiative": getattr(settings, "INITIATIVE", {})}
        subject = " ".join(render_to_string(f"exchange/email/{kind}_subject.txt", context).split())
        body = render_to_string(f"exchange/email/{kind}_body.txt", context)
    return EmailMessage(subject=subject, body=body, to=to, reply_to=reply_to)
