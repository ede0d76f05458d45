"""The abstract index page every listing of the site extends (organisations, news, resources, trainings, ...).

An index page has an introduction, lives directly under a home page (once per language) and lists pages or rows
below it, filtered by a ``ListingFilterForm`` and paginated. Its template gets one vocabulary whatever it lists:
``filter_form``, ``items`` (the current page of results), ``paginator``, ``querystring`` (the filters, without the
page number) and ``is_filtered``. A subclass says what differs: its listing, its form, its page size, its help text.
"""

from django.core.paginator import Paginator
from django.db import models
from django.db.models.signals import class_prepared
from django.dispatch import receiver
from django.utils.functional import cached_property
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import TranslatableField

from .forms import SitePageForm
from .localization import source_locale
from .models import PAGE_TRANSLATABLE_FIELDS

INTRO_MAX_LENGTH = 500


class IndexPage(Page):
    """An introduction above a filtered, paginated listing; one per language, directly under the home page."""

    #: the editors' help for ``intro``; each index page says what its introduction is for
    intro_help_text = _("One or two sentences above the list.")
    #: the longest introduction editors may write
    intro_max_length = INTRO_MAX_LENGTH
    #: dotted path of the ``home.forms.ListingFilterForm`` subclass that filters the listing, or None; a path, so
    #: that models do not import forms (which read the models' QuerySets)
    listing_form_class = None

    base_form_class = SitePageForm

    intro = models.TextField(_("introduction"), max_length=INTRO_MAX_LENGTH, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    search_fields = [*Page.search_fields, index.SearchField("intro")]

    api_fields = [APIField("intro")]

    translatable_fields = [*PAGE_TRANSLATABLE_FIELDS, TranslatableField("intro")]

    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1

    class Meta:
        abstract = True

    def localized_children(self, model):
        """Live, public ``model`` pages below this index in its language, plus German originals not translated yet.

        Untranslated children sit below the German index only, so they are looked for there too.
        """
        pages = model.objects.live().public()
        return (pages.child_of(self) | pages.child_of(self.source_index)).localized(self.locale.language_code)

    @cached_property
    def source_index(self):
        """This index's German original (itself when German): looked up once, though filters and listing ask."""
        source = source_locale()
        if self.locale_id == source.pk:
            return self
        return self.get_translation_or_none(source) or self

    def listing(self):
        """The unfiltered listing (a QuerySet); every index page says what it lists."""
        raise NotImplementedError

    def for_display(self, results):
        """``results`` with what the template shows fetched alongside (``select_related``/``prefetch_related``)."""
        return results.for_listing()

    def per_page(self):
        """How many results one page of the listing shows."""
        return 20

    def filter_form(self, request):
        """The listing form bound to the request's query, or None where the listing has no filters."""
        if self.listing_form_class is None:
            return None
        return import_string(self.listing_form_class)(request.GET, queryset=self.listing())

    def filtered_listing(self, request):
        """The filter form and the listing it narrows, ready for display (also for exports and calendars)."""
        form = self.filter_form(request)
        results = self.listing()
        if form is not None:
            results = form.filter(results)
        return form, self.for_display(results)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        form, results = self.filtered_listing(request)
        items = Paginator(results, self.per_page()).get_page(request.GET.get("page"))
        context.update(
            filter_form=form,
            items=items,
            paginator=items.paginator,
            querystring=form.querystring() if form is not None else "",
            is_filtered=form is not None and form.is_filtered,
        )
        return context


@receiver(class_prepared)
def apply_intro_rules(sender, **kwargs):
    """Give each index page's ``intro`` its own help text and length, declared as class attributes.

    Django copies an abstract model's field into each subclass; adjusting the copy keeps one field definition
    while every index page keeps the help text its editors know (and migrations see the field unchanged).
    """
    if issubclass(sender, IndexPage):
        field = sender._meta.get_field("intro")
        field.help_text = sender.intro_help_text
        field.max_length = sender.intro_max_length
