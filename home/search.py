"""Site search: one page across every page type, in the visitor's language, on Wagtail's database backend.

Results follow the localisation rule (``home.localization``): an item without a live translation is found as its
German source, labelled and marked ``lang="de"``. Stemming per language is the backend's (``home.search_backend``).
"""

import re
import unicodedata

from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.html import escape, format_html
from django.utils.http import urlencode
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.views.decorators.http import require_GET
from wagtail.models import Locale, Page

from .localization import LocalizedPageQuerySet

MAX_QUERY_LENGTH = 200
MAX_SEARCH_TERMS = 20
RESULTS_PER_PAGE = 10
EXCERPT_LENGTH = 300
# Fields page types use for a short description, in order of preference.
EXCERPT_FIELDS = ("search_description", "teaser", "summary", "intro")
# Bidirectional overrides and isolates could reorder the rest of the page around the echoed query.
BIDI_CONTROLS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"))


def clean_query(raw):
    """The visitor's query made safe to search and echo: no control characters, sane length.

    Zero-width joiners stay (Farsi and Arabic words use them). Returns the query and whether it was shortened.
    """
    text = unicodedata.normalize("NFC", raw or "").translate(BIDI_CONTROLS)
    text = "".join(" " if unicodedata.category(char) in {"Cc", "Cs", "Co", "Cn"} else char for char in text)
    text = " ".join(text.split())
    shortened = len(text) > MAX_QUERY_LENGTH
    return text[:MAX_QUERY_LENGTH].strip(), shortened


def search_terms(query):
    """The words of the query, without punctuation and symbols.

    The search backends quote each word for SQLite's FTS5 and PostgreSQL's tsquery, but a stray quote or
    operator character inside a word can still break that syntax; words are all full-text search matches anyway.
    """
    text = "".join(" " if unicodedata.category(char)[0] in "PS" else char for char in query)
    return text.split()[:MAX_SEARCH_TERMS]


def highlight(text, terms):
    """``text`` escaped, with every occurrence of a search word wrapped in <mark>. Safe for any input."""
    terms = sorted({term for term in terms if len(term) > 1}, key=len, reverse=True)
    if not terms:
        return escape(text)
    pattern = re.compile("|".join(re.escape(term) for term in terms), re.IGNORECASE)
    parts, position = [], 0
    for match in pattern.finditer(text):
        parts.append(escape(text[position : match.start()]))
        parts.append(format_html("<mark>{}</mark>", match.group(0)))
        position = match.end()
    parts.append(escape(text[position:]))
    return mark_safe("".join(parts))  # noqa: S308 - every part is escaped above


def excerpt(page):
    for field in EXCERPT_FIELDS:
        value = getattr(page, field, "")
        if isinstance(value, str) and value.strip():
            value = value.strip()
            return value if len(value) <= EXCERPT_LENGTH else value[:EXCERPT_LENGTH].rsplit(" ", 1)[0] + " …"
    return ""


def type_label(page):
    model = page.specific_class or Page
    return model._meta.verbose_name


def searchable_pages(code):
    """Live, public pages of every type as the localisation rule gives them in ``code``: per item its live
    translation, else the German source.

    Wagtail's search only filters on indexed fields, so the rule's pages come in as a subquery on the primary key.
    """
    localized = LocalizedPageQuerySet(Page).live().public().localized(code)
    return Page.objects.filter(pk__in=localized.values("pk")).specific()


@require_GET
def search(request):
    query, shortened = clean_query(request.GET.get("q", ""))
    terms = search_terms(query)
    results_page = paginator = None
    if query:
        pages = searchable_pages(get_language())
        paginator = Paginator(pages.search(" ".join(terms)) if terms else pages.none(), RESULTS_PER_PAGE)
        results_page = paginator.get_page(request.GET.get("page"))
        found = list(results_page.object_list)
        # One query for the locales of the page (two at most: the visitor's and German), for the fallback label and
        # ``{% content_lang %}``, instead of one per result.
        locales = Locale.objects.in_bulk({page.locale_id for page in found})
        results_page.object_list = []
        for page in found:
            page.locale = locales[page.locale_id]
            results_page.object_list.append(
                {
                    "page": page,
                    "url": page.get_url(request),
                    "title": highlight(page.title, terms),
                    "excerpt": highlight(excerpt(page), terms),
                    "type": type_label(page),
                    "fallback": page.locale.language_code != get_language(),
                }
            )
    return render(
        request,
        "home/search.html",
        {
            "search_query": query,
            "query_was_shortened": shortened,
            "max_query_length": MAX_QUERY_LENGTH,
            "results": results_page,
            "paginator": paginator,
            "querystring": urlencode({"q": query}),
        },
    )
