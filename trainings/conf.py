"""Settings of the trainings app, each with a default, so the app runs on any Wagtail site that installs it.

Read them through these functions (not at import time), so a host project or a test can change them.
"""

from django.conf import settings
from django.utils.translation import gettext_lazy as _

# The languages sessions can be held in: the languages of Spandau's communities, as ISO 639-1 codes. English
# names match Django's own catalogue where it has one, so they arrive translated; the native name helps visitors.
SESSION_LANGUAGES = {
    "de": (_("German"), "Deutsch"),
    "en": (_("English"), "English"),
    "tr": (_("Turkish"), "Türkçe"),
    "ar": (_("Arabic"), "العربية"),
    "ru": (_("Russian"), "Русский"),
    "uk": (_("Ukrainian"), "Українська"),
    "fa": (_("Persian"), "فارسی"),
    "pl": (_("Polish"), "Polski"),
    "ku": (_("Kurdish"), "Kurdî"),
    "vi": (_("Vietnamese"), "Tiếng Việt"),
    "ro": (_("Romanian"), "Română"),
    "bg": (_("Bulgarian"), "Български"),
    "sr": (_("Serbian"), "Српски"),
    "bs": (_("Bosnian"), "Bosanski"),
    "hr": (_("Croatian"), "Hrvatski"),
    "sq": (_("Albanian"), "Shqip"),
    "fr": (_("French"), "Français"),
    "es": (_("Spanish"), "Español"),
    "it": (_("Italian"), "Italiano"),
    "ps": (_("Pashto"), "پښتو"),
    "ti": (_("Tigrinya"), "ትግርኛ"),
    "so": (_("Somali"), "Soomaali"),
    "pt": (_("Portuguese"), "Português"),
    "zh": (_("Chinese"), "中文"),
    "hi": (_("Hindi"), "हिन्दी"),
    "ur": (_("Urdu"), "اردو"),
}


def language_name(code):
    """ "Arabic (العربية)" in the active language; the bare code for a code no longer on the list."""
    names = SESSION_LANGUAGES.get(code)
    if names is None:
        return code
    translated, native = names
    translated = str(translated)
    return translated if translated == native else f"{translated} ({native})"


def language_choices():
    """(code, name) pairs of every session language, for form and model choices."""
    return [(code, language_name(code)) for code in SESSION_LANGUAGES]


def retention_days():
    """Days after a session's end until its registrations (personal data) are deleted by purge_registrations."""
    return int(getattr(settings, "TRAININGS_RETENTION_DAYS", 30))


def series_expiry_days():
    """Days after the end of a series' last session at which its page expires (Wagtail's expiry; None: never).

    Long enough for participants to find the materials and the follow-up; after that the series leaves the site and
    the search engines instead of advertising a past event.
    """
    days = getattr(settings, "TRAININGS_SERIES_EXPIRY_DAYS", 30)
    return None if days is None else int(days)


def registration_rate(group=None, request=None):
    """How many registration attempts one IP address may send (django-ratelimit syntax)."""
    return getattr(settings, "TRAININGS_REGISTRATION_RATE", "10/h")


def privacy_page_slug():
    """Slug of the privacy page below the German home page; the registration form links to its translation."""
    return getattr(settings, "TRAININGS_PRIVACY_PAGE_SLUG", "datenschutz")


def calendar_uid_domain():
    """Right-hand side of iCalendar UIDs. Never change it on a running site: calendars would duplicate events."""
    return getattr(settings, "TRAININGS_CALENDAR_UID_DOMAIN", "migraktiv-spandau")


def index_page_size():
    """Series per page of the trainings index (``TRAININGS_INDEX_PAGE_SIZE``, default 20)."""
    return int(getattr(settings, "TRAININGS_INDEX_PAGE_SIZE", 20))
