"""Settings of the api app, with defaults, so it can be added to another Wagtail site as it is."""

from django.conf import settings

# Page types whose publish, unpublish and delete partners hear about (app_label.ModelName).
WEBHOOK_PAGE_TYPES = getattr(
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
WEBHOOK_TIMEOUT_SECONDS = getattr(settings, "API_WEBHOOK_TIMEOUT_SECONDS", 5)
WEBHOOK_MAX_ATTEMPTS = getattr(settings, "API_WEBHOOK_MAX_ATTEMPTS", 6)
# Seconds before the second attempt; each further attempt waits twice as long (30 s, 1 min, 2 min, 4 min, 8 min).
WEBHOOK_FIRST_RETRY_SECONDS = getattr(settings, "API_WEBHOOK_FIRST_RETRY_SECONDS", 30)
WEBHOOK_BACKEND = getattr(settings, "API_WEBHOOK_TASK_BACKEND", "webhooks")

# Partner content API (/api/content/).
CONTENT_RATE = getattr(settings, "API_CONTENT_RATE", "600/m")  # per client address; answers 429 beyond it
CONTENT_CACHE_SECONDS = getattr(settings, "API_CONTENT_CACHE_SECONDS", 300)
CONTENT_MAX_LIMIT = 100
CONTENT_DEFAULT_LIMIT = 20
CONTENT_MAX_OFFSET = 10_000

# Partner feeds and embeddable widgets (/api/embed/).
EMBED_DEFAULT_LIMIT = getattr(settings, "API_EMBED_DEFAULT_LIMIT", 5)
EMBED_MAX_LIMIT = getattr(settings, "API_EMBED_MAX_LIMIT", 20)
EMBED_FEED_ITEMS = getattr(settings, "API_EMBED_FEED_ITEMS", 50)  # upcoming sessions / news items in .ics and .rss
EMBED_CACHE_SECONDS = getattr(settings, "API_EMBED_CACHE_SECONDS", 300)
