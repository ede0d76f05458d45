"""The news app's settings, each with a default, so a host site only sets what it wants to change.

Read them through these functions (not at import time), so a host project or a test can change them.
"""

from django.conf import settings


def news_per_page():
    """How many news items one page of the news index lists (``NEWS_PER_PAGE``, default 10)."""
    return int(getattr(settings, "NEWS_PER_PAGE", 10))


def feed_items():
    """How many of the newest items the RSS and Atom feeds carry (``NEWS_FEED_ITEMS``, default 20)."""
    return int(getattr(settings, "NEWS_FEED_ITEMS", 20))
