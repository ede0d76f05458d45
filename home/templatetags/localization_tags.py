"""Template side of the localisation rule (see ``home.localization``): mark German text inside another language.

``{% content_lang page %}`` on an element that shows a page's text renders ``lang="de" dir="ltr"`` when the page is
the German source shown as fallback in another language, and nothing otherwise; the interface around it (filters,
forms, notices) keeps the visitor's language and direction. ``{% field_lang page "intro" %}`` does the same for one
field of a published translation that still carries the German text (a segment not translated yet).
"""

from django import template
from django.utils.html import format_html
from django.utils.translation import get_language

from home.localization import SOURCE_LANGUAGE, direction, in_active_language, languages

register = template.Library()


@register.filter
def localized(page):
    """``{{ page|localized }}``: Wagtail's ``page.localized``, with the active locale looked up once per request."""
    return in_active_language(page)


def _attributes(code):
    return format_html(' lang="{}" dir="{}"', code, direction(code))


def _page_language(page):
    locale = getattr(page, "locale", None)
    return locale.language_code if locale is not None else None


@register.simple_tag
def current_language():
    """``{% current_language as language %}``: the visitor's ``Language`` (own name, direction, ``is_easy_to_read``).

    Leichte Sprache shares German's interface translations; a template telling its readers that a text is not in
    easy language yet asks ``language.is_easy_to_read`` and takes the wording with the context "easy-to-read".
    """
    return languages.BY_CODE.get(get_language()) or languages.get(SOURCE_LANGUAGE)


@register.simple_tag
def text_lang(code):
    """``lang``/``dir`` for a text in language ``code`` where that is not the visitor's (e.g. a German survey
    question on an Arabic page); nothing otherwise."""
    if not code or code == get_language():
        return ""
    return _attributes(code)


@register.simple_tag
def content_lang(page):
    """``lang``/``dir`` of ``page``'s text where it differs from the visitor's language (fallback content)."""
    return text_lang(_page_language(page))


def _source_of(page):
    if "_localization_source" not in page.__dict__:
        from wagtail.models import Locale

        from home.localization import source_locale

        source = None
        if page.pk:
            try:
                locale = source_locale()
            except Locale.DoesNotExist:
                locale = None
            source = page.get_translation_or_none(locale) if locale else None
        page.__dict__["_localization_source"] = source.specific if source is not None else None
    return page.__dict__["_localization_source"]


@register.simple_tag
def field_lang(page, field_name):
    """``lang``/``dir`` for one field: German where the page is fallback or the field is not translated yet."""
    fallback = content_lang(page)
    if fallback:
        return fallback
    code = _page_language(page)
    if code in (None, SOURCE_LANGUAGE):
        return ""
    value = getattr(page, field_name, None)
    source = _source_of(page)
    if source is None or not value:
        return ""
    source_value = getattr(source, field_name, None)
    if hasattr(value, "raw_data"):  # a StreamField: compare what editors wrote, not block instances
        value, source_value = list(value.raw_data), list(source_value.raw_data)
        for blocks in (value, source_value):
            for block in blocks:
                block.pop("id", None)
    if value == source_value:
        return _attributes(SOURCE_LANGUAGE)
    return ""
