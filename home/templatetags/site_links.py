"""Links every page carries besides the menu: imprint, privacy, accessibility statement, sign language; and dates
written for machines.

The service pages are found by the slugs of their German originals (fixed names, as the law and BITV expect them),
each shown in the visitor's language where translated.
"""

from django import template
from django.conf import settings
from django.db.models import Q
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.models import Site

from home.localization import SOURCE_LANGUAGE, pages
from home.page_cache import fragment

from .site_tags import _with_language_prefix

register = template.Library()

# What the footer and header link to, by the German page's slug.
SERVICE_PAGE_SLUGS = {
    "imprint": "impressum",
    "privacy": "datenschutz",
    "accessibility": "barrierefreiheit",
    "sign_language": "gebaerdensprache",
}


@register.simple_tag(takes_context=True)
def service_pages(context):
    """``{% service_pages as service %}``: ``service.imprint.url`` etc., each ``{"url", "title", "language"}`` or
    absent (``language``: the title's, German where the page has no translation).

    Two queries, whatever the number of pages, once per web process and page cache generation (see
    ``home.page_cache.fragment``): the German originals below the site's root, then their live translations in the
    visitor's language. A page without a translation links to the German one under this language's prefix, where
    it is served with the fallback notice.
    """
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return {}
    return fragment(("service pages", site.pk, get_language()), lambda: _service_pages(request, site))


def _service_pages(request, site):
    originals = {
        page.slug: page
        for page in pages()
        .child_of(site.root_page)
        .live()
        .public()
        .filter(slug__in=SERVICE_PAGE_SLUGS.values())
        .only("id", "path", "slug", "title", "url_path", "translation_key", "locale_id")
    }
    if not originals:
        return {}
    language = get_language()
    translated = {
        page.translation_key: page
        for page in pages()
        .live()
        .public()
        .filter(
            locale__language_code=language, translation_key__in=[page.translation_key for page in originals.values()]
        )
        .only("id", "path", "slug", "title", "url_path", "translation_key", "locale_id")
    }
    links = {}
    for name, slug in SERVICE_PAGE_SLUGS.items():
        original = originals.get(slug)
        if original is None:
            continue
        page = translated.get(original.translation_key)
        if page is not None:
            url, title_language = page.get_url(request), language
        else:
            page, title_language = original, SOURCE_LANGUAGE
            url = _with_language_prefix(original.get_url(request), language)
        links[name] = {"url": url, "title": page.title, "language": title_language}
    return links


@register.filter
def machine_datetime(value):
    """A datetime as a valid HTML ``datetime`` attribute: local time, whole seconds, offset (no microseconds)."""
    if not value:
        return ""
    if timezone.is_aware(value):
        value = timezone.localtime(value)
    return value.replace(microsecond=0).isoformat()


# The start page's calls to action: which section each points to (by page type, so every language finds its own
# section) and how it invites. An app that is not installed, or a section not created yet, leaves its tile out.
HOME_ACTIONS = [
    ("directory", "organisationindexpage", None, _("Find an organisation"), "organisations"),
    ("trainings", "trainingindexpage", None, _("Dates and trainings"), "calendar"),
    ("home", "standardpage", "ueber-die-initiative", _("Get involved"), "join"),
    ("exchange", "exchangeindexpage", None, _("Exchange"), "exchange"),
]


@register.simple_tag(takes_context=True)
def home_actions(context):
    """``{% home_actions as actions %}``: the start page's tiles, each ``{"url", "label", "teaser", "icon"}``; once
    per web process and page cache generation (``home.page_cache.fragment``)."""
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return []
    return fragment(("home actions", site.pk, get_language()), lambda: _home_actions(request, site))


def _home_actions(request, site):
    source_home = site.root_page
    candidates = Q()
    for app_label, model, slug, _label, _icon in HOME_ACTIONS:
        condition = Q(content_type__app_label=app_label, content_type__model=model)
        candidates |= condition & Q(slug=slug) if slug else condition
    originals = list(pages().child_of(source_home).live().public().filter(candidates).select_related("content_type"))
    translated = {
        page.translation_key: page
        for page in pages()
        .live()
        .public()
        .filter(locale__language_code=get_language(), translation_key__in=[page.translation_key for page in originals])
        .specific()
    }
    language = get_language()
    actions = []
    for app_label, model, slug, label, icon in HOME_ACTIONS:
        for original in originals:
            content_type = original.content_type
            if (content_type.app_label, content_type.model) != (app_label, model) or (slug and original.slug != slug):
                continue
            page = translated.get(original.translation_key)
            url = page.get_url(request) if page else _with_language_prefix(original.get_url(request), language)
            # Without a translation the tile shows the German page's teaser, which says so (lang="de").
            teaser_language = language if page else SOURCE_LANGUAGE
            page = page or original.specific
            teaser = getattr(page, "intro", "") or page.search_description
            actions.append(
                {
                    "url": url,
                    "label": label,
                    "title": page.title,
                    "teaser": teaser,
                    "language": teaser_language,
                    "icon": icon,
                }
            )
            break
    return actions


@register.simple_tag
def barrier_report_url():
    """Where visitors report an accessibility barrier: the participation app's form where it is installed, otherwise
    an e-mail to the initiative (the statement's feedback route must never be a dead link)."""
    try:
        return reverse("participation_barrier_report")
    except NoReverseMatch:
        return f"mailto:{settings.INITIATIVE['email']}"
