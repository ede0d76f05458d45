"""Settings of the api app, each with a default, so it can be added to another Wagtail site as it is.

Read them through these functions (not at import time), so a host project or a test can change them.
"""

from django.conf import settings

# Limits of the partner content API's paging: part of its published OpenAPI schema, so fixed, not settings.
CONTENT_MAX_LIMIT = 100
CONTENT_DEFAULT_LIMIT = 20
CONTENT_MAX_OFFSET = 10_000


def webhook_page_types():
    """Page types (``app_label.ModelName``) whose publish, unpublish and delete partners hear about."""
    return list(
        getattr(
            settings,
            "API_WEBHOOK_PAGE_TYPES",
            [
                "directory.OrganisationPage",
                "directory.WorkingGroupPage",
                "trainings.TrainingSeriesPage",
                "news.NewsPage",
                "resources.ResourcePage",
            ],
        )
    )


def webhook_timeout_seconds():
    """Seconds one webhook request may take (``API_WEBHOOK_TIMEOUT_SECONDS``, default 5)."""
    return getattr(settings, "API_WEBHOOK_TIMEOUT_SECONDS", 5)


def webhook_max_attempts():
    """Attempts at delivering one webhook before it counts as failed (``API_WEBHOOK_MAX_ATTEMPTS``, default 6)."""
    return int(getattr(settings, "API_WEBHOOK_MAX_ATTEMPTS", 6))


def webhook_first_retry_seconds():
    """Seconds before the second attempt; each further one waits twice as long (30 s, 1 min, 2 min, 4 min, 8 min)."""
    return int(getattr(settings, "API_WEBHOOK_FIRST_RETRY_SECONDS", 30))


def webhook_task_backend():
    """The task backend (an alias in ``TASKS``) webhooks are queued in (``API_WEBHOOK_TASK_BACKEND``, "webhooks")."""
    return getattr(settings, "API_WEBHOOK_TASK_BACKEND", "webhooks")


def content_rate():
    """Requests per client address to the partner content API (``API_CONTENT_RATE``); answers 429 beyond it."""
    return getattr(settings, "API_CONTENT_RATE", "600/m")


def content_cache_seconds():
    """How long caches may keep a content API answer (``API_CONTENT_CACHE_SECONDS``, default 300)."""
    return getattr(settings, "API_CONTENT_CACHE_SECONDS", 300)


def embed_default_limit():
    """Items an embedded widget shows when the partner does not ask for a number (``API_EMBED_DEFAULT_LIMIT``, 5)."""
    return int(getattr(settings, "API_EMBED_DEFAULT_LIMIT", 5))


def embed_max_limit():
    """Most items a partner may ask an embedded widget for (``API_EMBED_MAX_LIMIT``, default 20)."""
    return int(getattr(settings, "API_EMBED_MAX_LIMIT", 20))


def embed_feed_items():
    """Upcoming sessions or news items in a partner's .ics and .rss feed (``API_EMBED_FEED_ITEMS``, default 50)."""
    return int(getattr(settings, "API_EMBED_FEED_ITEMS", 50))


def embed_cache_seconds():
    """How long caches may keep a feed or widget (``API_EMBED_CACHE_SECONDS``, default 300)."""
    return getattr(settings, "API_EMBED_CACHE_SECONDS", 300)
