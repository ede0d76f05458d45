"""E-mails to people who registered, in the language they chose, with a link to cancel and the date as .ics.

They leave through the mail queue (home.mail), so a mail server that is down never fails a registration or a
cancellation: the worker sends them, retrying until the server is back.
"""

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation

from home.mail import queue_email

from . import conf
from .ical import build_calendar
from .links import absolute_url


def _page_for(registration):
    """The series page in the person's language if it is published there, else the German page."""
    page = registration.session.page
    translated = page.get_translations(inclusive=True).live().filter(locale__language_code=registration.language)
    return (translated.first() or page).specific


def queue_registration_email(registration, kind, request=None):
    """Queue one of the e-mails in trainings/email/: ``kind`` is confirmed, waiting, promoted or cancelled.

    Outside a request (the admin deleting a registration moves someone up) links use WAGTAILADMIN_BASE_URL.
    """
    page = _page_for(registration)
    session = next((s for s in page.sessions.all() if s.uuid == registration.session.uuid), registration.session)
    with translation.override(registration.language):
        context = {
            "registration": registration,
            "session": session,
            "page": page,
            "page_url": absolute_url(page, request),
            "cancel_url": absolute_url(page, request, "cancel/", {"token": registration.get_cancel_token()}),
            "retention_days": conf.retention_days(),
            "initiative": getattr(settings, "INITIATIVE", {}),
        }
        subject = " ".join(render_to_string(f"trainings/email/{kind}_subject.txt", context).split())
        body = render_to_string(f"trainings/email/{kind}_body.txt", context)
        attachments = []
        if kind in {"confirmed", "promoted"}:
            calendar = build_calendar([session], request, page.title).to_ical()
            attachments.append(("session.ics", calendar, "text/calendar"))
    return queue_email(subject, body, [registration.email], attachments=attachments, purpose=f"trainings.{kind}")
