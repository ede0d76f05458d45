"""Settings of the participation app, each with a default, so the app runs on any Wagtail site that installs it.

Read them through these functions (not at import time), so a host project or a test can change them.
"""

from django.conf import settings


def answer_max_length():
    """Longest accepted answer to a free-text survey question, in characters (a page of text)."""
    return int(getattr(settings, "PARTICIPATION_ANSWER_MAX_LENGTH", 3000))


def comment_max_length():
    """Longest comment on "Was this page helpful?" and on an accessibility barrier report."""
    return int(getattr(settings, "PARTICIPATION_COMMENT_MAX_LENGTH", 2000))


def submission_rate(group=None, request=None):
    """How many survey answers and feedback forms one IP address may send (django-ratelimit syntax).

    The address is only used for this short-lived counter in the cache; it is never stored with an answer.
    """
    return getattr(settings, "PARTICIPATION_SUBMISSION_RATE", "20/h")


def public_minimum_count():
    """Fewer answers than this in a cell are not shown publicly (small groups could be recognised)."""
    return int(getattr(settings, "PARTICIPATION_PUBLIC_MINIMUM_COUNT", 5))


def coordinator_emails():
    """Who receives accessibility barrier reports; defaults to the initiative's address."""
    emails = getattr(settings, "PARTICIPATION_COORDINATOR_EMAILS", None)
    if emails:
        return list(emails)
    initiative = getattr(settings, "INITIATIVE", {})
    return [initiative["email"]] if initiative.get("email") else [settings.DEFAULT_FROM_EMAIL]


def barrier_answer_days():
    """BITV: a barrier report must be answered within a month."""
    return int(getattr(settings, "PARTICIPATION_BARRIER_ANSWER_DAYS", 30))


def counter_ttl():
    """Seconds a day's page-view counters stay in the cache; record_reach must run at least this often."""
    return int(getattr(settings, "PARTICIPATION_COUNTER_TTL", 3 * 24 * 3600))


def counter_days():
    """How many days back record_reach looks for counters (today included)."""
    return int(getattr(settings, "PARTICIPATION_COUNTER_DAYS", 3))


def bot_user_agent_pattern():
    """Regular expression (case-insensitive) for user agents that are not counted as page views."""
    return getattr(
        settings,
        "PARTICIPATION_BOT_USER_AGENTS",
        r"bot|crawl|spider|slurp|archiver|fetch|scan|monitor|check|preview|curl|wget|httpie|python|java/|go-http|"
        r"okhttp|axios|node-fetch|libwww|headless|phantom|selenium|playwright|lighthouse|pingdom|uptime|feed|http-client",
    )


def feedback_excluded_page_types():
    """Page types (app_label.ModelName, lower case) that do not ask "Was this page helpful?"."""
    return getattr(settings, "PARTICIPATION_FEEDBACK_EXCLUDED_PAGE_TYPES", ["participation.surveypage"])
