"""RSS feeds of domain content that are not one page's: the exchange, per language and filter.

``/api/embed/exchange.rss?lang=tr&direction=offer&kind=room`` takes the exchange page's own filters (parsed by the
same form, so the feed and the page always agree); an unknown value is a 400, not a silently wider feed.
"""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.utils import translation
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from exchange import conf as exchange_conf
from exchange.forms import EntryFilterForm
from exchange.models import ExchangeEntryPage
from home.localization import localize
from trainings.links import absolute_url as page_url

from .embeds import EmbedParameters, bad_request_problem, cacheable


class ExchangeRssFeed(Feed):
    feed_type = Rss201rev2Feed

    def __init__(self, entries, language):
        super().__init__()
        self.entries = entries
        self.language = language

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return None

    def title(self):
        return _("Offers and needs – MigrAktiv Spandau!")

    def link(self):
        return self.request.build_absolute_uri("/")

    def description(self):
        return _("Rooms, equipment, volunteers, know-how and interpreting shared between organisations in Spandau.")

    def feed_url(self):
        return self.request.build_absolute_uri()

    def items(self):
        return self.entries

    def item_title(self, entry):
        return f"{entry.get_direction_display()}: {entry.title}"

    def item_description(self, entry):
        return entry.summary

    def item_link(self, entry):
        return page_url(entry, self.request)

    def item_guid(self, entry):
        return f"urn:uuid:{entry.translation_key}:{entry.locale.language_code}"

    item_guid_is_permalink = False

    def item_pubdate(self, entry):
        return entry.first_published_at

    def item_updateddate(self, entry):
        return entry.last_published_at

    def item_categories(self, entry):
        return [entry.get_kind_display(), *(tag.name for tag in entry.topic_tags)]


@require_safe
def exchange_feed(request):
    params = EmbedParameters(request.GET)
    sources = ExchangeEntryPage.objects.live().public().sources().current()
    filters = EntryFilterForm(request.GET, queryset=sources)
    if not params.is_valid():
        return bad_request_problem(params.error_text())
    if not filters.is_valid():
        return bad_request_problem(
            "; ".join(f"{field}: {' '.join(errors)}" for field, errors in filters.errors.items())
        )
    language = params.cleaned_data["lang"]
    sources = filters.filter(sources).newest_first()
    latest = sources.for_listing()[: exchange_conf.feed_items()]
    entries = [item.page for item in localize(latest, language, ExchangeEntryPage.objects.for_listing())]
    with translation.override(language):
        response = ExchangeRssFeed(entries, language or settings.LANGUAGE_CODE)(request)
    return cacheable(response)
