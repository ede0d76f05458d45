"""The exchange's settings, each with a default, so the app runs on any Wagtail site that installs it.

Read them through these functions (not at import time), so a host project or a test can change them.
"""

from django.conf import settings


def entries_per_page():
    """How many entries one page of the exchange lists (``EXCHANGE_PER_PAGE``, default 12)."""
    return int(getattr(settings, "EXCHANGE_PER_PAGE", 12))


def default_validity_days():
    """How long a new entry stays valid unless the editor says otherwise (``EXCHANGE_VALIDITY_DAYS``, 90)."""
    return int(getattr(settings, "EXCHANGE_VALIDITY_DAYS", 90))


def reminder_days():
    """Days before expiry on which the organisation is reminded by e-mail (``EXCHANGE_REMINDER_DAYS``, 7)."""
    return int(getattr(settings, "EXCHANGE_REMINDER_DAYS", 7))


def require_approval():
    """Whether organisation editors' entries go through a coordinator's approval (``EXCHANGE_REQUIRE_APPROVAL``)."""
    return bool(getattr(settings, "EXCHANGE_REQUIRE_APPROVAL", False))


def contact_rate(group=None, request=None):
    """How many contact messages one IP address may send (django-ratelimit syntax, ``EXCHANGE_CONTACT_RATE``)."""
    return getattr(settings, "EXCHANGE_CONTACT_RATE", "5/h")


def contact_per_sender_per_day():
    """How many messages one e-mail address may send in 24 hours (``EXCHANGE_CONTACT_PER_SENDER``, default 5)."""
    return int(getattr(settings, "EXCHANGE_CONTACT_PER_SENDER", 5))


def message_max_length():
    """Longest contact message in characters (``EXCHANGE_MESSAGE_MAX_LENGTH``, default 3000)."""
    return int(getattr(settings, "EXCHANGE_MESSAGE_MAX_LENGTH", 3000))


def retention_days():
    """Days after which contact requests and reports (names, addresses) are deleted (``EXCHANGE_RETENTION_DAYS``)."""
    return int(getattr(settings, "EXCHANGE_RETENTION_DAYS", 30))


def match_limit():
    """How many matching offers a need's page shows (``EXCHANGE_MATCH_LIMIT``, default 5)."""
    return int(getattr(settings, "EXCHANGE_MATCH_LIMIT", 5))


def feed_items():
    """How many entries the RSS feed carries (``EXCHANGE_FEED_ITEMS``, default 30)."""
    return int(getattr(settings, "EXCHANGE_FEED_ITEMS", 30))


def privacy_page_slug():
    """Slug of the privacy page below the German home page; the contact form links to it."""
    return getattr(settings, "EXCHANGE_PRIVACY_PAGE_SLUG", "datenschutz")
