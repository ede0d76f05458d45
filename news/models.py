"""News from the network: an index per language and the news items below it, with RSS and Atom feeds."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import Tag, TaggedItemBase
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    PageChooserPanel,
    TabbedInterface,
)
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.images.api.fields import ImageRenditionField
from wagtail.models import Orderable, Page, PageManager
from wagtail.search import index
from wagtail.snippets.models import register_snippet
from wagtail_localize.fields import SynchronizedField, TranslatableField

from directory.permissions import OrganisationScopedPage
from home.blocks import BaseStreamBlock
from home.index_pages import IndexPage
from home.localization import LocalizedPageQuerySet
from home.models import PAGE_TRANSLATABLE_FIELDS
from home.serializers import TagNamesField

from . import conf
from .serializers import RelatedPageSerializer

LISTING_RENDITION = "fill-640x360"


class Author(index.Indexed, models.Model):
    """A person who writes news for the network; chosen on news items so names are spelled the same everywhere."""

    name = models.CharField(_("name"), max_length=120, help_text=_("First and last name, as it should be printed."))
    role = models.CharField(
        _("role"),
        max_length=120,
        blank=True,
        help_text=_("For example 'Projektkoordination' or 'Arbeitsgruppe Bildung'. Optional."),
    )
    organisation = models.CharField(
        _("organisation"),
        max_length=200,
        blank=True,
        help_text=_("The organisation the author writes for, if any."),
    )

    panels = [FieldPanel("name"), FieldPanel("role"), FieldPanel("organisation")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name"), index.SearchField("organisation")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("author")
        verbose_name_plural = _("authors")

    def __str__(self):
        return self.name

    def credit(self):
        """The author as printed under a news item: name, then role and organisation in brackets."""
        details = ", ".join(part for part in (self.role, self.organisation) if part)
        return f"{self.name} ({details})" if details else self.name


register_snippet(Author)


class NewsPageQuerySet(LocalizedPageQuerySet):
    def newest_first(self):
        return self.order_by("-date", "-first_published_at", "-pk")

    def topics(self):
        """The topic tags these news items use, for the filter form."""
        return Tag.objects.filter(news_newspagetag_items__content_object__in=self).distinct().order_by("name")

    def years(self):
        """The years these news items are dated in, newest first."""
        dates = self.order_by().dates("date", "year", order="DESC")
        return [d.year for d in dates if isinstance(d, datetime.date)]

    def dated_between(self, first_day=None, last_day=None):
        """News dated on or after ``first_day`` and on or before ``last_day`` (either may be open)."""
        news = self
        if first_day:
            news = news.filter(date__gte=first_day)
        if last_day:
            news = news.filter(date__lte=last_day)
        return news

    def in_year(self, year):
        return self.filter(date__year=year)

    def tagged(self, slug):
        return self.filter(tags__slug=slug).distinct()

    def about(self, page):
        """News items about this page (an organisation, working group or series), whichever language's page is given."""
        return self.filter(related_pages__related_page__translation_key=page.translation_key).distinct()

    def in_locale(self, locale):
        return self.filter(locale=locale)

    def for_listing(self):
        """Everything a news card shows (image, date, teaser, topics; no authors), fetched in a fixed number of
        queries however many items there are."""
        return self.select_related("locale").prefetch_related(
            Prefetch("lead_image", queryset=get_image_model().objects.prefetch_renditions(LISTING_RENDITION)),
            "tags",
        )

    def with_authors(self):
        """The authors too (a feed names them), in one more query."""
        return self.prefetch_related(Prefetch("news_authors", queryset=NewsPageAuthor.objects.select_related("author")))


# No default select_related("locale") here: Wagtail deletes and moves pages through the model's manager with
# .only(...) (django-treebeard), which Django refuses to combine with it. Listings join the locale in for_listing().
NewsPageManager = PageManager.from_queryset(NewsPageQuerySet)


class NewsIndexPage(OrganisationScopedPage, RoutablePageMixin, IndexPage):
    """The news of one language, newest first, filterable by topic and year, with RSS and Atom feeds."""

    intro_help_text = _("One or two sentences above the list of news.")
    listing_form_class = "news.forms.NewsFilterForm"

    subpage_types = ["news.NewsPage"]

    class Meta:
        verbose_name = _("news index")
        verbose_name_plural = _("news indexes")

    def news(self):
        """Live, public news items in this index's language, German ones not translated yet, newest first."""
        return self.localized_children(NewsPage).newest_first()

    def listing(self):
        return self.news()

    def per_page(self):
        return conf.news_per_page()

    @path("")
    def index_route(self, request):
        return self.render(request)

    @path("feed/rss/", name="feed_rss")
    def feed_rss(self, request):
        from .feeds import NewsRssFeed

        return NewsRssFeed(self)(request)

    @path("feed/atom/", name="feed_atom")
    def feed_atom(self, request):
        from .feeds import NewsAtomFeed

        return NewsAtomFeed(self)(request)


class NewsPageTag(TaggedItemBase):
    """Topic tags of news items; the tags themselves are taggit's, one vocabulary for the whole site."""

    content_object = ParentalKey("news.NewsPage", on_delete=models.CASCADE, related_name="tagged_items")

    class Meta:
        verbose_name = _("news topic")
        verbose_name_plural = _("news topics")


def news_date_default():
    return timezone.localdate()


class NewsPage(OrganisationScopedPage, Page):
    """One news item: what happened or is coming up in the network."""

    date = models.DateField(
        _("publication date"),
        default=news_date_default,
        help_text=_("The date shown on the item; the news list is sorted by it, newest first."),
    )
    teaser = models.TextField(
        _("teaser"),
        max_length=400,
        help_text=_("Two or three sentences shown in the news list, in feeds and in search results."),
    )
    author_names = models.CharField(
        _("other authors"),
        max_length=255,
        blank=True,
        help_text=_("Authors who are not in the author list, as free text, e.g. 'Redaktion MigrAktiv'."),
    )
    lead_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("lead image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown at the top of the item and in the news list. Landscape works best."),
    )
    lead_image_alt = models.CharField(
        _("alternative text of the lead image"),
        max_length=250,
        blank=True,
        help_text=_("Describe what the image shows for people who cannot see it. Required when a lead image is set."),
    )
    body = StreamField(
        BaseStreamBlock(),
        verbose_name=_("text"),
        blank=True,
        help_text=_("The news text: paragraphs, headings, images, quotes."),
    )
    tags = ClusterTaggableManager(
        through=NewsPageTag,
        blank=True,
        verbose_name=_("topics"),
        help_text=_("Topics shared across the site, e.g. 'Förderung', 'Bildung'. Visitors filter the news by them."),
    )

    objects = NewsPageManager()

    content_panels = [
        *Page.content_panels,
        FieldPanel("date"),
        FieldPanel("teaser"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("lead_image"), FieldPanel("lead_image_alt")])], heading=_("Lead image")
        ),
        FieldPanel("body"),
    ]
    about_panels = [
        MultiFieldPanel(
            [InlinePanel("news_authors", label=_("author")), FieldPanel("author_names")], heading=_("Authors")
        ),
        FieldPanel("tags"),
        InlinePanel(
            "related_pages",
            label=_("related page"),
            heading=_("Related organisations, working groups and trainings"),
        ),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(about_panels, heading=_("Authors and topics")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
        ]
    )

    search_fields = [
        *Page.search_fields,
        index.SearchField("teaser"),
        index.SearchField("body"),
        index.SearchField("author_names"),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.FilterField("date"),
    ]

    # Bylines stay on the page; neither API names people (docs/api.md).
    api_fields = [
        APIField("date"),
        APIField("teaser"),
        APIField("lead_image"),
        APIField("lead_image_alt"),
        APIField("lead_image_rendition", serializer=ImageRenditionField("fill-1200x675", source="lead_image")),
        APIField("body"),
        APIField("tags", serializer=TagNamesField()),
        APIField("related", serializer=RelatedPageSerializer(many=True)),
    ]

    translatable_fields = [
        *PAGE_TRANSLATABLE_FIELDS,
        TranslatableField("teaser"),
        TranslatableField("lead_image_alt"),
        TranslatableField("body"),
        # Facts and structure stay in step with the German item.
        SynchronizedField("date"),
        SynchronizedField("author_names"),
        SynchronizedField("lead_image"),
        SynchronizedField("news_authors"),
        SynchronizedField("tags"),
        SynchronizedField("related_pages"),
    ]

    # Every organisation the item is about may edit it (directory.permissions).
    organisation_lookup = "related_pages__related_page"

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")
        # The newest items first (the start page, the news list, the feeds): read from the index, not sorted.
        indexes = [models.Index(fields=["-date"], name="news_newest_first")]

    def clean(self):
        super().clean()
        if self.lead_image_id and not self.lead_image_alt.strip():
            raise ValidationError(
                {"lead_image_alt": _("Describe the lead image for people who cannot see it, or remove the image.")}
            )

    @property
    def topic_tags(self):
        return list(self.tags.all())

    @property
    def authors(self):
        return [item.author for item in self.news_authors.all()]

    @property
    def related(self):
        return [item.related_page for item in self.related_pages.all() if item.related_page_id]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["related_links"] = [
            page for page in (item.localized for item in self.related) if page.live and page.url is not None
        ]
        return context


class NewsPageAuthor(Orderable):
    """An author from the author list on a news item."""

    page = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="news_authors")
    author = models.ForeignKey(
        Author,
        verbose_name=_("author"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Choose a person from the author list, or add them there first."),
    )

    panels = [FieldPanel("author")]

    class Meta(Orderable.Meta):
        verbose_name = _("author")
        verbose_name_plural = _("authors")


class NewsRelatedPage(Orderable):
    """A page the news item is about: an organisation, a working group or a training series."""

    page = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="related_pages")
    related_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("An organisation, working group or training series this news item is about."),
    )

    panels = [
        PageChooserPanel(
            "related_page",
            page_type=["directory.OrganisationPage", "directory.WorkingGroupPage", "trainings.TrainingSeriesPage"],
        )
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("related page")
        verbose_name_plural = _("related pages")


def latest_news(language_code, count):
    """The newest live, public news items in a language, German ones where not translated (the home page)."""
    return NewsPage.objects.live().public().localized(language_code).newest_first().for_listing()[:count]
