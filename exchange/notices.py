"""The exchange's periodic work, each step idempotent so a scheduler may run it as often as it likes.

- ``close_expired_entries``: entries past their validity get the status "closed" (a published revision).
- ``send_expiry_reminders``: one e-mail per entry and validity date, ``EXCHANGE_REMINDER_DAYS`` before it ends.
- ``send_digests``: per subscription, the offers published since the last digest that match open needs.
- ``purge_personal_data``: contact requests and reports older than ``EXCHANGE_RETENTION_DAYS``.
"""

import datetime

from django.conf import settings
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from . import conf
from .emails import absolute, send
from .models import (
    ContactRequest,
    DigestSubscription,
    ExchangeEntryPage,
    ExpiryReminder,
    Report,
    Status,
)


def close_expired_entries(today=None):
    """Close every live entry (German and translations) whose validity has ended; returns how many."""
    closed = 0
    for entry in ExchangeEntryPage.objects.live().expired(today).specific():
        entry.status = Status.CLOSED
        entry.save_revision(log_action=True).publish(log_action=True)
        closed += 1
    return closed


def send_expiry_reminders(today=None):
    """Remind each German entry's organisation once that its entry expires within ``EXCHANGE_REMINDER_DAYS``."""
    today = today or timezone.localdate()
    due = (
        ExchangeEntryPage.objects.live()
        .sources()
        .expiring_by(today + datetime.timedelta(days=conf.reminder_days()))
        .select_related("organisation")
    )
    sent = 0
    for entry in due:
        if not entry.recipient:
            continue
        try:
            with transaction.atomic():
                ExpiryReminder.objects.create(translation_key=entry.translation_key, valid_until=entry.valid_until)
        except IntegrityError:
            continue  # already reminded for this validity date
        context = {
            "entry": entry,
            "edit_url": absolute(reverse("wagtailadmin_pages:edit", args=[entry.pk])),
        }
        if not send("reminder", settings.LANGUAGE_CODE, context, [entry.recipient]):
            # Forget the mark so the next run tries again; a queue outage must not swallow the reminder.
            ExpiryReminder.objects.filter(translation_key=entry.translation_key, valid_until=entry.valid_until).delete()
            continue
        sent += 1
    return sent


def digest_for(subscription, since):
    """The organisation's open needs with the offers first published after ``since`` that fit them.

    A list of ``{"need": need, "offers": [...]}``, leaving out needs without new offers.
    """
    needs = (
        ExchangeEntryPage.objects.live()
        .sources()
        .needs()
        .current()
        .of_organisation(subscription.organisation)
        .prefetch_related("tagged_items", "languages")
        .select_related("organisation")
    )
    items = []
    for need in needs:
        offers = list(
            ExchangeEntryPage.objects.live()
            .public()
            .offers_matching(need)
            .filter(first_published_at__gt=since)
            .select_related("organisation")[: conf.match_limit()]
        )
        if offers:
            items.append({"need": need, "offers": offers})
    return items


def user_language(user):
    """The editor's admin language (their Wagtail profile), else the site's default."""
    profile = getattr(user, "wagtail_userprofile", None)
    language = getattr(profile, "preferred_language", "") or ""
    return language if language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


def send_digests(now=None):
    """One e-mail per subscription with new matching offers since its last digest (or a week); returns how many."""
    now = now or timezone.now()
    sent = 0
    for subscription in DigestSubscription.objects.select_related("user", "organisation", "user__wagtail_userprofile"):
        if not subscription.user.is_active or not subscription.user.email:
            continue
        since = subscription.last_sent_at or now - datetime.timedelta(days=7)
        matches = digest_for(subscription, since)
        if not matches:
            continue
        language = user_language(subscription.user)
        offers = []
        for item in matches:
            for offer in item["offers"]:
                offer.link = absolute(offer.localized.url)  # not full_url: a read-only property of Page
                offers.append(offer)
        context = {
            "organisation": subscription.organisation,
            "matches": matches,
            "offers": offers,
            "unsubscribe_url": absolute(reverse("exchange_unsubscribe", args=[subscription.token])),
        }
        if not send("digest", language, context, [subscription.user.email]):
            continue
        subscription.last_sent_at = now
        subscription.save(update_fields=["last_sent_at"])
        sent += 1
    return sent


def purge_personal_data(days=None):
    """Delete contact requests and resolved reports older than the retention period; returns (contacts, reports)."""
    contacts, _detail = ContactRequest.objects.beyond_retention(days).delete()
    days = conf.retention_days() if days is None else days
    # Open reports stay until a coordinator has dealt with them; their comments may name people, so not longer.
    reports, _detail = Report.objects.filter(
        resolved=True, created_at__lt=timezone.now() - datetime.timedelta(days=days)
    ).delete()
    return contacts, reports
