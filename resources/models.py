"""The resource library: guides, templates, funding calls, legal information and training material to download."""

from django.db import models
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import Tag, TaggedItemBase
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.api import APIField
from wagtail.documents import get_document_model
from wagtail.fields import StreamField
from wagtail.models import Locale, Orderable, Page, PageManager
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from directory.permissions import OrganisationScopedPage, OrganisationScopedPageForm
from home.blocks import BaseStreamBlock
from home.fields import LanguageCodesField
from home.index_pages import IndexPage
from home.localization import LocalizedPageQuerySet
from home.models import PAGE_TRANSLATABLE_FIELDS
from home.serializers import LanguageCodesSerializer, TagNamesField

from .constants import LANGUAGE_CHOICES, RESOURCE_LANGUAGES, RIGHT_TO_LEFT
from .serializers import ResourceFileSerializer


class ResourceType(models.TextChoices):
    GUIDE = "guide", _("Guide")
    TEMPLATE = "template", _("Template")
    FUNDING_CALL = "funding_call", _("Funding call")
    LEGAL = "legal", _("Legal information")
    PRESENTATION = "presentation", _("Presentation from a training")
    OTHER = "other", _("Other material")


class ResourceLinkBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Link text"), max_length=150)
    url = blocks.URLBlock(label=_("Web address"))
    language = blocks.ChoiceBlock(
        label=_("Language"),
        choices=LANGUAGE_CHOICES,
        required=False,
        help_text=_("The language of the linked page, if it is in one language only."),
    )

    class Meta:
        icon = "link-external"
        label = _("External link")
        description = _("A link to material on another website.")
        preview_value = {"title": "Förderprogramme des Landes Berlin", "url": "https://www.berlin.de/"}


class ResourcePageQuerySet(LocalizedPageQuerySet):
    def topics(self):
        """The topic tags these resources use, for the filter form."""
        return Tag.objects.filter(resources_resourcepagetag_items__content_object__in=self).distinct().order_by("name")

    def in_locale(self, locale):
        return self.filter(locale=locale)

    def available_in(self, language_code):
        """Resources available in this language (whole material or at least one of its files)."""
        return self.filter(languages__contains=LanguageCodesField.lookup_value(language_code))

    def of_type(self, resource_type):
        return self.filter(resource_type=resource_type)

    def tagged(self, slug):
        return self.filter(tags__slug=slug).distinct()

    def contributed_by(self, organisation):
        """Materials shared by this directory organisation, whichever language's page of it is given."""
        return self.filter(contributing_organisation__translation_key=organisation.translation_key)

    def current(self, today=None):
        """Resources without an expiry date, or whose "valid until" date has not passed."""
        today = today or timezone.localdate()
        return self.filter(models.Q(valid_until__isnull=True) | models.Q(valid_until__gte=today))

    def outdated(self, today=None):
        """Resources whose "valid until" date has passed: possibly outdated, but still shown with a notice."""
        return self.filter(valid_until__lt=today or timezone.localdate())

    def newest_first(self):
        return self.order_by("-first_published_at", "-pk")

    def for_listing(self):
        """Everything a resource card shows, in a fixed number of queries however many resources there are."""
        return self.select_related("locale").prefetch_related(
            "tags",
            Prefetch("files", queryset=ResourceFile.objects.select_related("document")),
        )


# No default select_related("locale") here: Wagtail deletes and moves pages through the model's manager with
# .only(...) (django-treebeard), which Django refuses to combine with it. Listings join the locale in for_listing().
ResourcePageManager = PageManager.from_queryset(ResourcePageQuerySet)


class ResourceIndexPage(OrganisationScopedPage, IndexPage):
    """The resource library of one language, filterable by type, topic and language."""

    intro_help_text = _("One or two sentences above the list: what visitors find here and how to contribute.")
    listing_form_class = "resources.forms.ResourceFilterForm"

    subpage_types = ["resources.ResourcePage"]

    class Meta:
        verbose_name = _("resource library")
        verbose_name_plural = _("resource libraries")

    def resources(self):
        """Live, public resources in this library's language, German ones not translated yet, newest first."""
        return self.localized_children(ResourcePage).newest_first()

    def listing(self):
        return self.resources()

    def per_page(self):
        from . import conf

        return conf.resources_per_page()


class ResourcePageTag(TaggedItemBase):
    """Topic tags of resources; the tags themselves are taggit's, one vocabulary for the whole site."""

    content_object = ParentalKey("resources.ResourcePage", on_delete=models.CASCADE, related_name="tagged_items")

    class Meta:
        verbose_name = _("resource topic")
        verbose_name_plural = _("resource topics")


class ResourcePageForm(OrganisationScopedPageForm):
    """Editors' form: a resource needs something to take away, a file or a link."""

    def clean(self):
        cleaned_data = super().clean()
        files = self.formsets.get("files")
        has_file = files is not None and any(
            form.cleaned_data.get("document") and not form.cleaned_data.get("DELETE")
            for form in files.forms
            if hasattr(form, "cleaned_data")
        )
        if not has_file and not cleaned_data.get("links"):
            self.add_error(None, _("Add at least one file or one link, so visitors can use this resource."))
        return cleaned_data


class ResourcePage(OrganisationScopedPage, Page):
    """One resource: what it is, for whom, in which languages, and the files or links to get it."""

    resource_type = models.CharField(
        _("type"),
        max_length=20,
        choices=ResourceType.choices,
        default=ResourceType.GUIDE,
        help_text=_("What kind of material this is; visitors filter the library by it."),
    )
    summary = models.TextField(
        _("summary"),
        max_length=500,
        help_text=_("Two or three sentences: what the material helps with and for whom. Shown in the list."),
    )
    body = StreamField(
        BaseStreamBlock(),
        verbose_name=_("description"),
        blank=True,
        help_text=_("Optional longer description: how to use the material, background, contacts."),
    )
    tags = ClusterTaggableManager(
        through=ResourcePageTag,
        blank=True,
        verbose_name=_("topics"),
        help_text=_("Topics shared across the site, e.g. 'Förderung', 'Vereinsrecht'. Visitors filter by them."),
    )
    languages = LanguageCodesField(
        _("available in"),
        blank=True,
        language_choices=LANGUAGE_CHOICES,
        help_text=_("Every language the material (or one of its files) is available in."),
    )
    contributing_organisation = models.ForeignKey(
        "directory.OrganisationPage",
        verbose_name=_("contributed by (directory)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The organisation from the directory that made or shared this material; links to its profile."),
    )
    contributing_organisation_name = models.CharField(
        _("contributed by"),
        max_length=200,
        blank=True,
        help_text=_("Or the name of an organisation outside the directory, e.g. 'NARUD e.V.'."),
    )
    valid_until = models.DateField(
        _("valid until"),
        null=True,
        blank=True,
        help_text=_(
            "After this date the resource is marked as possibly outdated, e.g. the deadline of a funding call. "
            "Leave empty if it does not expire."
        ),
    )
    links = StreamField(
        [("link", ResourceLinkBlock())],
        verbose_name=_("external links"),
        blank=True,
        help_text=_("Links to the material on other websites, in addition to or instead of files."),
    )

    objects = ResourcePageManager()
    base_form_class = ResourcePageForm

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldPanel("resource_type"), FieldPanel("summary"), FieldPanel("valid_until")],
            heading=_("About this resource"),
        ),
        InlinePanel(
            "files",
            label=_("file"),
            heading=_("Files"),
            help_text=_("One file per language, if you have translations; visitors get their language first."),
        ),
        FieldPanel("links"),
        FieldPanel("body"),
    ]
    classify_panels = [
        FieldPanel("languages"),
        FieldPanel("tags"),
        FieldPanel("contributing_organisation"),
        FieldPanel("contributing_organisation_name"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(classify_panels, heading=_("Languages and topics")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
        ]
    )

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("contributing_organisation_name"),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.FilterField("resource_type"),
        index.FilterField("valid_until"),
    ]

    api_fields = [
        APIField("resource_type"),
        APIField("summary"),
        APIField("body"),
        APIField("tags", serializer=TagNamesField()),
        APIField("languages", serializer=LanguageCodesSerializer()),
        APIField("contributing_organisation"),
        APIField("contributing_organisation_name"),
        APIField("valid_until"),
        APIField("is_outdated"),
        APIField("files", serializer=ResourceFileSerializer(many=True)),
        APIField("links"),
    ]

    translatable_fields = [
        *PAGE_TRANSLATABLE_FIELDS,
        TranslatableField("summary"),
        TranslatableField("body"),
        TranslatableField("links"),
        SynchronizedField("resource_type"),
        SynchronizedField("tags"),
        SynchronizedField("languages"),
        SynchronizedField("contributing_organisation"),
        SynchronizedField("contributing_organisation_name"),
        SynchronizedField("valid_until"),
        SynchronizedField("files"),
    ]

    # The contributing organisation may edit the resource (directory.permissions).
    organisation_lookup = "contributing_organisation"

    parent_page_types = ["resources.ResourceIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("resource")
        verbose_name_plural = _("resources")

    def clean(self):
        super().clean()
        if self.contributing_organisation_id:
            # Relations point at the German page, whichever language's profile the editor chose.
            default = Locale.get_default()
            source = self.contributing_organisation.get_translation_or_none(default)
            self.contributing_organisation = source or self.contributing_organisation

    @property
    def contributor(self):
        """(name, url) of who shared the material: the directory profile in the current language, or the name."""
        if self.contributing_organisation_id:
            profile = self.contributing_organisation.localized
            return profile.title, profile.url
        return self.contributing_organisation_name, ""

    @property
    def topic_tags(self):
        return list(self.tags.all())

    @property
    def is_outdated(self):
        return bool(self.valid_until and self.valid_until < timezone.localdate())

    def language_names(self):
        return [
            {"code": code, "name": RESOURCE_LANGUAGES.get(code, code), "rtl": code in RIGHT_TO_LEFT}
            for code in self.languages
        ]

    def files_for_language(self, language_code):
        """The files with the visitor's language first; each knows whether it is in that language."""
        files = list(self.files.all())
        for file in files:
            file.in_visitor_language = file.language == language_code
        return sorted(files, key=lambda file: not file.in_visitor_language)

    def get_context(self, request, *args, **kwargs):
        from django.utils.translation import get_language

        context = super().get_context(request, *args, **kwargs)
        context["resource_files"] = self.files_for_language(get_language())
        return context


class ResourceFile(Orderable):
    """A file of a resource, in one language (or language-neutral); a Wagtail document."""

    page = ParentalKey(ResourcePage, on_delete=models.CASCADE, related_name="files")
    document = models.ForeignKey(
        get_document_model(),
        verbose_name=_("file"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Upload or choose a document (PDF, Word, spreadsheet …)."),
    )
    language = models.CharField(
        _("language"),
        max_length=8,
        choices=LANGUAGE_CHOICES,
        blank=True,
        help_text=_("The language of this file; leave empty for material without text, e.g. a spreadsheet."),
    )
    label = models.CharField(
        _("label"),
        max_length=150,
        blank=True,
        help_text=_("Optional, e.g. 'Kurzfassung'. Without a label the document's title is shown."),
    )

    panels = [FieldPanel("document"), FieldPanel("language"), FieldPanel("label")]

    class Meta(Orderable.Meta):
        verbose_name = _("file")
        verbose_name_plural = _("files")

    @property
    def title(self):
        """What the file is called on the page and in the content API: its label, else the document's title."""
        return self.label or self.document.title

    @property
    def language_name(self):
        return RESOURCE_LANGUAGES.get(self.language, "")

    @property
    def rtl(self):
        return self.language in RIGHT_TO_LEFT
