"""RSS 2.0 and Atom feeds of one news index, in the index's language (Django's syndication framework)."""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed

from . import conf


class NewsRssFeed(Feed):
    feed_type = Rss201rev2Feed

    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page
        self.language = index_page.locale.language_code

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return self.index_page

    def title(self, index):
        return f"{index.title} – {index.get_site().site_name}" if index.get_site() else index.title

    def link(self, index):
        return index.get_url(self.request)

    def description(self, index):
        return index.intro or index.title

    def feed_url(self, index):
        return self.request.build_absolute_uri()

    def items(self, index):
        return index.news().for_listing().with_authors()[: conf.feed_items()]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.teaser

    def item_link(self, item):
        return item.get_url(self.request)

    def item_guid(self, item):
        # Stable across slug changes: the item's translation key and language identify it.
        return f"urn:uuid:{item.translation_key}:{item.locale.language_code}"

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return timezone.make_aware(datetime.datetime.combine(item.date, datetime.time(8, 0)))

    def item_updateddate(self, item):
        return item.last_published_at

    def item_author_name(self, item):
        names = [author.name for author in item.authors]
        if item.author_names:
            names.append(item.author_names)
        return ", ".join(names) or None

    def item_categories(self, item):
        return [tag.name for tag in item.topic_tags]


class NewsAtomFeed(NewsRssFeed):
    feed_type = Atom1Feed

    def subtitle(self, index):
        return self.description(index)
