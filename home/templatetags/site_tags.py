"""Site-wide template tags: the main navigation and the language switcher.

They work on the page tree of the visitor's language, so every language gets its own menu without extra setup.
"""

from django import template
from django.conf import settings
from django.utils.translation import get_language
from wagtail.models import Page, Site

register = template.Library()


def _localized_home(request):
    # The menu and the language links both need it: look it up once per request (and language).
    homes = request.__dict__.setdefault("_localized_homes", {})
    language = get_language()
    if language not in homes:
        site = Site.find_for_request(request)
        homes[language] = site.root_page.localized if site is not None else None
    return homes[language]


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    """The German home page's menu pages, each in the visitor's language where translated.

    A section without a translation yet still appears (in German, under this language's prefix, where HomePage
    routing serves the German page with a notice), so every language has the complete navigation.
    """
    request = context["request"]
    home = _localized_home(request)
    current = context.get("page")
    items = []
    if home is not None:
        source_home = Site.find_for_request(request).root_page
        sections = list(
            source_home.get_children()
            .live()
            .public()
            .in_menu()
            .only("id", "path", "title", "url_path", "translation_key")
        )
        translated = {}
        if home.pk != source_home.pk:
            translated = {
                page.translation_key: page
                for page in Page.objects.live()
                .public()
                .filter(locale_id=home.locale_id, translation_key__in=[s.translation_key for s in sections])
                .only("id", "path", "title", "url_path", "translation_key")
            }
        language = get_language()
        for section in sections:
            page = translated.get(section.translation_key, section)
            url = page.get_url(request)
            if page is section and home.pk != source_home.pk:
                url = _with_language_prefix(url, language)
            is_current = bool(current and getattr(current, "path", "").startswith(page.path))
            items.append({"title": page.title, "url": url, "is_current": is_current})
    return {"home_url": home.get_url(request) if home else "/", "items": items, "request": request}


@register.simple_tag(takes_context=True)
def language_links(context):
    """One entry per content language: where this page lives in that language, and whether it is translated.

    A language without a translation of the current page links to that language's home page, so a visitor is
    never sent to a dead end.
    """
    request = context["request"]
    page = context.get("page")
    current_language = get_language()
    translations = {}
    if isinstance(page, Page) and page.pk:
        for translation in page.get_translations(inclusive=True).live().select_related("locale"):
            translations[translation.locale.language_code] = translation

    homes = {}
    home = _localized_home(request)
    if home is not None:
        for translation in home.get_translations(inclusive=True).live().select_related("locale"):
            homes[translation.locale.language_code] = translation

    links = []
    for code, name in settings.LANGUAGES:
        target = translations.get(code)
        full_url = None
        if target is not None:
            url = target.get_url(request)
            full_url = target.get_full_url(request)
        elif isinstance(page, Page) and page.pk and page.get_url(request):
            # No translation yet: the same page under this language's prefix. HomePage.route serves the German
            # page there with this language's interface and a notice.
            url = _with_language_prefix(page.get_url(request), code)
        elif code in homes:
            url = homes[code].get_url(request)
        else:
            url = f"/{code}/"
        links.append(
            {
                "code": code,
                "name": name,
                "url": url,
                "full_url": full_url,
                "is_current": code == current_language,
                "translated": target is not None or not isinstance(page, Page),
                "dir": "rtl" if code in settings.LANGUAGES_BIDI else "ltr",
            }
        )
    return links


@register.filter
def topic_label(tag):
    """``{{ tag|topic_label }}``: the topic in the visitor's language (German name where no label exists)."""
    from home.topics import topic_label as label

    return label(tag)


def _with_language_prefix(url, code):
    """Swap the language prefix of a path made by i18n_patterns (/de/x/ → /tr/x/)."""
    parts = url.split("/", 2)
    if len(parts) == 3 and parts[0] == "" and parts[1] in dict(settings.LANGUAGES):
        return f"/{code}/{parts[2]}"
    return url


@register.inclusion_tag("includes/footer.html", takes_context=True)
def site_footer(context):
    """The footer editors wrote (Snippets → Footer) in the visitor's language, else German, else the built-in one."""
    from home.footer import footer_for

    language = get_language()
    footer = footer_for(language)
    return {
        "footer": footer,
        # German text on another language's page says so (for screen readers and hyphenation) and runs left to
        # right even on an Arabic page, as the fallback content in <main> does.
        "footer_lang": footer.locale.language_code if footer and footer.locale.language_code != language else "",
        "INITIATIVE": context.get("INITIATIVE", {}),
    }


@register.simple_tag
def page_numbers(page_obj):
    """The page links a listing shows: 1 2 … 9 10 11 … 99 100, not a hundred links once a listing grows."""
    return page_obj.paginator.get_elided_page_range(page_obj.number, on_each_side=2, on_ends=1)
