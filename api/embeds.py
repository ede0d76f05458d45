"""Feeds and embeddable widgets for partner pages: one organisation's trainings, news and exchange entries.

Every route here is public, read-only and cookie-free: no session, no CSRF token, nothing personal (registrations
are only counted, never listed). The widget documents may be framed by any site; the rest of the site keeps
``X-Frame-Options: DENY``. Content comes from the German source pages, shown in the requested language where a
live translation exists and in German otherwise, the same way the directory falls back.
"""

from django import forms
from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.templatetags.static import static
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.http import require_safe
from wagtail.models import Locale

from directory.models import OrganisationPage
from exchange.models import ExchangeEntryPage
from home.localization import localize
from news.feeds import NewsRssFeed
from news.models import NewsPage
from trainings.ical import build_calendar, calendar_response
from trainings.links import absolute_url
from trainings.models import TrainingSession

from . import conf

KINDS = ("trainings", "news", "exchange")

# Widget documents load nothing but our own stylesheets; any site may frame them.
WIDGET_CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors *"
)

HEX_COLOUR = r"^#?(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$"


class EmbedParameters(forms.Form):
    """The query string of every embed route; anything outside these values is the partner's mistake (400)."""

    lang = forms.ChoiceField(choices=settings.LANGUAGES, required=False)
    limit = forms.IntegerField(min_value=1, required=False)  # max_value: the setting, in __init__
    format = forms.ChoiceField(choices=[("document", "document"), ("fragment", "fragment")], required=False)
    accent = forms.RegexField(HEX_COLOUR, required=False)
    text = forms.RegexField(HEX_COLOUR, required=False)
    background = forms.RegexField(HEX_COLOUR, required=False)

    THEME_FIELDS = ("accent", "text", "background")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["limit"] = forms.IntegerField(min_value=1, max_value=conf.embed_max_limit(), required=False)

    def clean_lang(self):
        return self.cleaned_data["lang"] or settings.LANGUAGE_CODE

    def clean_limit(self):
        return self.cleaned_data["limit"] or conf.embed_default_limit()

    def _colour(self, name):
        value = self.cleaned_data[name]
        return f"#{value.lstrip('#').lower()}" if value else ""

    def clean_accent(self):
        return self._colour("accent")

    def clean_text(self):
        return self._colour("text")

    def clean_background(self):
        return self._colour("background")

    def theme(self):
        """The colours a partner chose, without the '#', for theme.css's query string."""
        return {name: self.cleaned_data[name][1:] for name in self.THEME_FIELDS if self.cleaned_data[name]}

    def error_text(self):
        return "; ".join(f"{field}: {' '.join(errors)}" for field, errors in self.errors.items())


def bad_request_problem(detail):
    body = {"type": "about:blank", "title": _("Bad request"), "status": 400, "detail": detail}
    return JsonResponse(body, status=400, content_type="application/problem+json")


def not_found_problem():
    body = {"type": "about:blank", "title": _("Not found"), "status": 404, "detail": _("No such organisation.")}
    return JsonResponse(body, status=404, content_type="application/problem+json")


def cacheable(response):
    patch_cache_control(response, public=True, max_age=conf.embed_cache_seconds())
    return response


# --- what the routes show ---------------------------------------------------------------------------------------


def find_organisation(organisation_id):
    """The live, public German organisation page for any language's page id of it, or None."""
    page = OrganisationPage.objects.filter(pk=organisation_id).only("translation_key").first()
    if page is None:
        return None
    return (
        OrganisationPage.objects.live()
        .public()
        .filter(translation_key=page.translation_key, locale=Locale.get_default())
        .select_related("locale")
        .first()
    )


def in_language(pages, locale, queryset=None):
    """Each page replaced by its live translation in ``locale`` where there is one: ``home.localization.localize``,
    the one rule. ``queryset`` is where translations are looked up (with what the template needs prefetched)."""
    return [item.page for item in localize(pages, locale.language_code, queryset)]


def upcoming_sessions(organisation, locale, limit):
    """The organisation's upcoming sessions (seats counted), each with ``page`` set to the series in ``locale``."""
    sessions = list(
        TrainingSession.objects.published()
        .canonical()
        .upcoming()
        .for_organisation(organisation)
        .with_free_places()
        .chronological()
        .select_related("page__locale")[:limit]
    )
    series = {page.pk: page for page in {session.page for session in sessions}}
    localized = dict(zip(series, in_language(list(series.values()), locale), strict=True))
    for session in sessions:
        session.page = localized[session.page_id]
    return sessions


def latest_news(organisation, locale, limit, authors=False):
    """The newest news about the organisation in ``locale`` where translated; ``authors`` prefetches the bylines a
    feed names (a card shows none)."""
    listing = NewsPage.objects.for_listing()
    if authors:
        listing = listing.with_authors()
    items = list(listing.live().public().about(organisation).in_locale(Locale.get_default()).newest_first()[:limit])
    return in_language(items, locale, listing)


def open_entries(organisation, locale, limit):
    """The organisation's open, current exchange entries, newest first, in ``locale`` where translated."""
    entries = (
        ExchangeEntryPage.objects.live()
        .public()
        .sources()
        .current()
        .of_organisation(organisation)
        .newest_first()
        .for_listing()[:limit]
    )
    return in_language(entries, locale, ExchangeEntryPage.objects.for_listing())


class OrganisationNewsFeed(NewsRssFeed):
    """The news feed of one organisation; the items and their links are the news index feed's."""

    def __init__(self, organisation, items, language):
        super(NewsRssFeed, self).__init__()
        self.organisation = organisation
        self.news_items = items
        self.language = language

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return self.organisation

    def title(self, organisation):
        return _("News about %(organisation)s – MigrAktiv Spandau!") % {"organisation": organisation.title}

    def link(self, organisation):
        return absolute_url(organisation, self.request)

    def description(self, organisation):
        return organisation.short_description or organisation.title

    def items(self, organisation):
        return self.news_items


# --- routes -----------------------------------------------------------------------------------------------------


def _prepare(request, organisation_id):
    """(parameters, German organisation, localized organisation, locale) or an error response."""
    params = EmbedParameters(request.GET)
    if not params.is_valid():
        return bad_request_problem(params.error_text())
    organisation = find_organisation(organisation_id)
    if organisation is None:
        return not_found_problem()
    locale = Locale.objects.get(language_code=params.cleaned_data["lang"])
    localized = in_language([organisation], locale)[0]
    return params, organisation, localized, locale


@require_safe
def trainings_calendar(request, organisation_id):
    prepared = _prepare(request, organisation_id)
    if isinstance(prepared, HttpResponse):
        return prepared
    params, organisation, localized, locale = prepared
    with translation.override(locale.language_code):
        sessions = upcoming_sessions(organisation, locale, conf.embed_feed_items())
        name = _("Trainings of %(organisation)s – MigrAktiv Spandau!") % {"organisation": localized.title}
        calendar = build_calendar(sessions, request, name)
    return cacheable(calendar_response(calendar, f"{localized.slug}-{locale.language_code}"))


@require_safe
def news_feed(request, organisation_id):
    prepared = _prepare(request, organisation_id)
    if isinstance(prepared, HttpResponse):
        return prepared
    params, organisation, localized, locale = prepared
    with translation.override(locale.language_code):
        items = latest_news(organisation, locale, conf.embed_feed_items(), authors=True)
        response = OrganisationNewsFeed(localized, items, locale.language_code)(request)
    return cacheable(response)


@require_safe
@xframe_options_exempt
def widget(request, organisation_id, kind):
    prepared = _prepare(request, organisation_id)
    if isinstance(prepared, HttpResponse):
        return prepared
    params, organisation, localized, locale = prepared
    language = locale.language_code
    limit = params.cleaned_data["limit"]
    theme = params.theme()
    with translation.override(language):
        context = {
            "kind": kind,
            "organisation": localized,
            "organisation_url": absolute_url(localized, request),
            "language": language,
            "direction": "rtl" if language in settings.LANGUAGES_BIDI else "ltr",
            "stylesheet_url": request.build_absolute_uri(static("api/widget.css")),
            "theme_query": "&".join(f"{name}={value}" for name, value in theme.items()),
        }
        if kind == "trainings":
            context["sessions"] = [
                {"session": session, "url": absolute_url(session.page, request)}
                for session in upcoming_sessions(organisation, locale, limit)
            ]
        elif kind == "exchange":
            context["entries"] = [
                {"page": entry, "url": absolute_url(entry, request)}
                for entry in open_entries(organisation, locale, limit)
            ]
        else:
            context["news"] = [
                {"page": item, "url": request.build_absolute_uri(item.get_url(request))}
                for item in latest_news(organisation, locale, limit)
            ]
        template = (
            "api/embeds/fragment.html" if params.cleaned_data["format"] == "fragment" else "api/embeds/widget.html"
        )
        response = render(request, template, context)
    response["Content-Security-Policy"] = WIDGET_CSP
    response["Content-Language"] = language
    return cacheable(response)


@require_safe
def theme_stylesheet(request):
    """The partner's colours as CSS custom properties, for the iframe widget (it cannot inherit the partner's CSS)."""
    params = EmbedParameters(request.GET)
    if not params.is_valid():
        return bad_request_problem(params.error_text())
    declarations = "".join(
        f"--migraktiv-{name}: #{value};" for name, value in params.theme().items()
    )  # only validated hex digits reach this line
    response = HttpResponse(f":root {{ {declarations} }}\n", content_type="text/css; charset=utf-8")
    return cacheable(response)
