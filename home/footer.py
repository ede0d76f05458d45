"""The footer of every page, in the visitor's language: one cached lookup per language instead of a query per page.

Saving or deleting a Footer (an editor's change, or a translation published by wagtail-localize) clears the cache.
"""

from django.conf import settings
from django.core.cache import cache

CACHE_KEY = "footer:{}"


def footer_for(language_code):
    """The Footer to show in ``language_code`` (its translation, else German), or None when editors made none."""
    from .models import Footer

    key = CACHE_KEY.format(language_code)
    footer = cache.get(key)
    if footer is None:
        footer = Footer.objects.for_language(language_code) or False  # False: "no footer" is worth caching too
        cache.set(key, footer, 60 * 60)
    return footer or None


def forget_footers(**kwargs):
    cache.delete_many([CACHE_KEY.format(code) for code, _name in settings.LANGUAGES])
