"""Site-wide template tags: the main navigation and the language switcher.

They work on the page tree of the visitor's language, so every language gets its own menu without extra setup.
"""

from django import template
from django.conf import settings
from django.utils.translation import get_language
from wagtail.models import Page, Site

from home.localization import SOURCE_LANGUAGE, alternates_of, content_languages, in_active_language, pages
from home.page_cache import fragment

register = template.Library()


def _localized_home(request):
    # The menu and the language links both need it: look it up once per request (and language).
    homes = request.__dict__.setdefault("_localized_homes", {})
    language = get_language()
    if language not in homes:
        site = Site.find_for_request(request)
        homes[language] = in_active_language(site.root_page) if site is not None else None
    return homes[language]


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    """The German home page's menu pages, each in the visitor's language where translated.

    A section without a translation yet still appears (in German, under this language's prefix, where HomePage
    routing serves the German page with a notice), so every language has the complete navigation.
    """
    request = context["request"]
    home = _localized_home(request)
    current_path = getattr(context.get("page"), "path", "")
    sections = []
    if home is not None:
        key = ("main menu", home.pk, get_language())
        sections = fragment(key, lambda: _menu_sections(request, home))
    items = [
        {
            "title": title,
            "url": url,
            "is_current": bool(current_path and current_path.startswith(path)),
            "language": title_language,
        }
        for title, url, path, title_language in sections
    ]
    return {"home_url": home.get_url(request) if home else "/", "items": items, "request": request}


def _menu_sections(request, home):
    """(title, url, path) of each menu page below the site's root, in ``home``'s language where translated."""
    source_home = Site.find_for_request(request).root_page
    sections = list(
        pages()
        .child_of(source_home)
        .live()
        .public()
        .in_menu()
        .only("id", "path", "title", "url_path", "translation_key")
    )
    translated = {}
    if home.pk != source_home.pk:
        translated = {
            page.translation_key: page
            for page in pages()
            .live()
            .public()
            .filter(locale_id=home.locale_id, translation_key__in=[s.translation_key for s in sections])
            .only("id", "path", "title", "url_path", "translation_key")
        }
    language = get_language()
    items = []
    for section in sections:
        page = translated.get(section.translation_key, section)
        url = page.get_url(request)
        if page is section and home.pk != source_home.pk:
            url = _with_language_prefix(url, language)
        # An untranslated section shows its German title, which says so (lang="de" in the template).
        title_language = SOURCE_LANGUAGE if page is section else language
        items.append((page.title, url, page.path, title_language))
    return items


@register.simple_tag(takes_context=True)
def language_links(context):
    """One entry per content language: where this page lives in that language, and whether it is translated.

    The versions come from the localisation rule (``home.localization.alternates``: live, honest translations). A
    language without one links to the German page under that language's prefix, which ``HomePage.route`` serves
    in German with that language's interface and a notice, so the switcher never leads to an error.
    """
    request = context["request"]
    page = context.get("page")
    current_language = get_language()
    is_page = isinstance(page, Page) and bool(page.pk)
    home = _localized_home(request)
    # The page's versions and the home page's (where a language without this page leads), in one query.
    versions, home_versions = alternates_of([page if is_page else None, home])
    source = versions.get(SOURCE_LANGUAGE)
    source_url = source.get_url(request) if source is not None else None
    homes = {code: version.get_url(request) for code, version in home_versions.items()}

    # hreflang (``full_url``) announces translations of one page to search engines. Varieties such as Leichte
    # Sprache are left out (``Language.hreflang``), and a variety's own page announces none: it is no alternate of
    # the others, which would never point back to it.
    languages = content_languages()
    announce = all(language.hreflang for language in languages if language.code == current_language)
    links = []
    for language in languages:
        code = language.code
        target = versions.get(code)
        full_url = None
        if target is not None:
            url = target.get_url(request)
            if language.hreflang and announce:
                full_url = target.get_full_url(request)
        elif source_url:
            url = _with_language_prefix(source_url, code)
        else:
            url = homes.get(code) or f"/{code}/"
        links.append(
            {
                "code": code,
                "name": language.own_name,
                "url": url,
                "full_url": full_url,
                "is_current": code == current_language,
                "translated": target is not None or not is_page,
                "dir": language.direction,
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
