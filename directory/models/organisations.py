"""Organisation profiles: who is out there, what they do, for whom, in which languages and where."""

import datetime
from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator, RegexValidator
from django.db import models
from django.db.models import Exists, OuterRef, Prefetch, Q, prefetch_related_objects
from django.db.models.functions import Lower
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import Tag, TaggedItemBase
from wagtail import hooks
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    HelpPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
    TitleFieldPanel,
)
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.images import get_image_model
from wagtail.models import Orderable, Page, PageManager
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.blocks import RICH_TEXT_FEATURES
from home.index_pages import IndexPage
from home.localization import LocalizedPageQuerySet
from home.models import PAGE_TRANSLATABLE_FIELDS

from .. import conf, serializers
from ..constants import (
    BERLIN_LATITUDE,
    BERLIN_LONGITUDE,
    SPOKEN_LANGUAGE_NAMES,
    SPOKEN_LANGUAGE_OWN_NAMES,
    SPOKEN_LANGUAGES,
    LegalForm,
    Neighbourhood,
    SocialPlatform,
    StepFreeAccess,
)
from ..permissions import OrganisationScopedPage

SHORT_DESCRIPTION_MAX_LENGTH = 240
LOGO_CARD_FILTER = "max-160x160"
LOGO_PROFILE_FILTER = "max-320x320"

# The relations an organisation's public values read (see "what is public" on OrganisationPage): every listing,
# export, API and the profile itself prefetch them, so each costs one query, not one per organisation or per use.
PUBLIC_RELATIONS = ("tagged_items__tag", "languages", "social_links")

phone_validator = RegexValidator(
    r"^\+?[0-9][0-9 ()/\-]{4,24}$",
    _("Enter a phone number of digits, spaces and / - ( ), optionally starting with +, e.g. 030 1234567."),
    code="invalid_phone",
)


def validate_not_in_future(year):
    # A function, not MaxValueValidator(this year): a fixed bound would be baked into the migration.
    if year is not None and year > datetime.date.today().year:
        raise ValidationError(_("The founding year cannot lie in the future."), code="future_year")


class Language(models.Model):
    """One language of the curated list in ``directory.constants``; kept in step with it after every migrate."""

    code = models.CharField(
        _("language code"), max_length=8, primary_key=True, help_text=_("ISO 639-1 code, e.g. 'ar'.")
    )
    sort_order = models.PositiveSmallIntegerField(
        _("position"), default=0, help_text=_("Position in the list of languages.")
    )

    class Meta:
        ordering = ["sort_order"]
        verbose_name = _("language")
        verbose_name_plural = _("languages")

    def __str__(self):
        own = SPOKEN_LANGUAGE_OWN_NAMES.get(self.code, "")
        name = str(SPOKEN_LANGUAGE_NAMES.get(self.code, self.code))
        return name if own in ("", name) else f"{name} ({own})"

    @property
    def name(self):
        return SPOKEN_LANGUAGE_NAMES.get(self.code, self.code)

    @property
    def own_name(self):
        return SPOKEN_LANGUAGE_OWN_NAMES.get(self.code, "")

    @classmethod
    def sync_with_constants(cls, using="default"):
        """Create the curated languages that are missing; languages in use are never deleted."""
        languages = cls.objects.using(using)
        existing = set(languages.values_list("code", flat=True))
        for position, (code, _name, _own) in enumerate(SPOKEN_LANGUAGES):
            if code not in existing:
                languages.create(code=code, sort_order=position)
            else:
                languages.filter(code=code).exclude(sort_order=position).update(sort_order=position)


class OrganisationTopic(TaggedItemBase):
    """Topic tags of organisations; the tags themselves are taggit's, shared with working groups."""

    content_object = ParentalKey("directory.OrganisationPage", on_delete=models.CASCADE, related_name="tagged_items")

    class Meta:
        verbose_name = _("organisation topic")
        verbose_name_plural = _("organisation topics")


class OrganisationPageQuerySet(LocalizedPageQuerySet):
    def speaking(self, code):
        """Organisations where someone speaks the language with this ISO code."""
        return self.filter(languages=code)

    def about(self, topic_slug):
        """Organisations tagged with this topic."""
        return self.filter(
            Exists(OrganisationTopic.objects.filter(content_object=OuterRef("pk"), tag__slug=topic_slug))
        )

    def in_neighbourhood(self, neighbourhood):
        return self.filter(neighbourhood=neighbourhood)

    def topics(self):
        """The topic tags these organisations use, for the directory's topic filter."""
        used = OrganisationTopic.objects.filter(tag=OuterRef("pk"), content_object__in=self.order_by().values("pk"))
        return Tag.objects.filter(Exists(used)).order_by(Lower("name"))

    def matching(self, text):
        """Free-text filter of the directory listing: name, short description or a topic contains ``text``.

        A plain ``icontains`` rather than the search backend, so it combines with every other filter and the
        pagination in one query, on SQLite and PostgreSQL alike. The site search (``.search()``) ranks instead.
        """
        in_topics = Exists(OrganisationTopic.objects.filter(content_object=OuterRef("pk"), tag__name__icontains=text))
        return self.filter(Q(title__icontains=text) | Q(short_description__icontains=text) | in_topics)

    def with_coordinates(self):
        return self.filter(latitude__isnull=False, longitude__isnull=False)

    def members_of(self, working_group):
        """Member organisations of a working group, in the group's language where translated."""
        return self.filter(translation_key__in=working_group.member_translation_keys())

    def for_listing(self):
        """Everything a card, the CSV export and the map show, fetched in a fixed number of queries."""
        return (
            self.select_related("locale")
            .prefetch_related(
                Prefetch("logo", queryset=get_image_model().objects.prefetch_renditions(LOGO_CARD_FILTER)),
                *PUBLIC_RELATIONS,
            )
            .order_by(Lower("title"), "pk")
        )


class OrganisationSocialLink(Orderable):
    page = ParentalKey("directory.OrganisationPage", on_delete=models.CASCADE, related_name="social_links")
    platform = models.CharField(
        _("platform"),
        max_length=20,
        choices=SocialPlatform.choices,
        help_text=_("Where the organisation posts."),
    )
    url = models.URLField(_("address"), help_text=_("The full address of the profile, starting with https://."))

    panels = [FieldRowPanel([FieldPanel("platform"), FieldPanel("url")])]

    class Meta(Orderable.Meta):
        verbose_name = _("social media link")
        verbose_name_plural = _("social media links")

    def __str__(self):
        return self.url


class OrganisationIndexPage(OrganisationScopedPage, RoutablePageMixin, IndexPage):
    """The directory: every organisation of the network, filterable, on a map and as CSV for partners."""

    intro_help_text = _("A few sentences above the list: what visitors find here and how to be listed.")
    listing_form_class = "directory.forms.OrganisationFilterForm"

    subpage_types = ["directory.OrganisationPage"]

    class Meta:
        verbose_name = _("organisation directory")
        verbose_name_plural = _("organisation directories")

    def organisations(self):
        """The organisations of this directory in its language, plus German originals not yet translated."""
        return self.localized_children(OrganisationPage)

    def listing(self):
        return self.organisations()

    def per_page(self):
        return conf.page_size()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["map_tile_url"] = conf.map_tile_url()
        if context["map_tile_url"]:
            context["map_data"] = self.map_data(context["paginator"].object_list, request)
            context["map_attribution"] = conf.map_attribution()
        return context

    def map_data(self, organisations, request):
        """The markers of the map: every filtered organisation that has coordinates (not only this page's)."""
        return [
            {
                "name": organisation.title,
                "url": organisation.get_url(request),
                "lat": organisation.coordinates["latitude"],
                "lon": organisation.coordinates["longitude"],
                "neighbourhood": organisation.get_neighbourhood_display(),
                "description": organisation.short_description,
            }
            for organisation in organisations.with_coordinates()
        ]

    @path("sign-up/", name="sign_up")
    def sign_up(self, request):
        from ..views import sign_up

        return sign_up(request, self)

    # Wagtail page URLs allow no dots, so the route is "csv/" (the download is still named <slug>.csv).
    @path("csv/", name="export_csv")
    def export_csv(self, request):
        from ..exports import organisations_csv_response

        _form, organisations = self.filtered_listing(request)
        return organisations_csv_response(organisations, request, filename=f"{self.slug}.csv")


class OrganisationPage(OrganisationScopedPage, Page):
    """One organisation's profile."""

    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The organisation's logo, on a light background. It is shown small; it is never cropped."),
    )
    short_description = models.CharField(
        _("short description"),
        max_length=SHORT_DESCRIPTION_MAX_LENGTH,
        help_text=_("One or two sentences for the directory's cards and search results (at most 240 characters)."),
    )
    description = RichTextField(
        _("description"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("What the organisation does, its offers and projects. Use short paragraphs."),
    )
    founding_year = models.PositiveSmallIntegerField(
        _("founding year"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1800, _("Enter a year after 1800.")), validate_not_in_future],
        help_text=_("The year the organisation or initiative was founded, e.g. 2012."),
    )
    legal_form = models.CharField(
        _("legal form"),
        max_length=20,
        choices=LegalForm.choices,
        blank=True,
        help_text=_("For example a registered association (e.V.) or an initiative without a legal form."),
    )
    topics = ClusterTaggableManager(
        verbose_name=_("topics"),
        through=OrganisationTopic,
        blank=True,
        help_text=_(
            "What the organisation works on. Reuse the suggested topics (Bildung, Beratung, Kultur …) so "
            "visitors can filter; the same topics are used by working groups."
        ),
    )
    communities_served = models.TextField(
        _("communities served"),
        max_length=500,
        blank=True,
        help_text=_(
            "Which communities the organisation works with, e.g. 'Arabic-speaking families, Kurdish community'."
        ),
    )
    target_groups = models.TextField(
        _("target groups"),
        max_length=500,
        blank=True,
        help_text=_("Whom the offers are for, e.g. 'women, young people aged 14–21, newly arrived families'."),
    )
    languages = ParentalManyToManyField(
        "directory.Language",
        verbose_name=_("languages spoken"),
        blank=True,
        related_name="organisations",
        help_text=_("Languages in which visitors can be advised or take part. Visitors filter by them."),
    )
    street = models.CharField(
        _("street and number"), max_length=120, blank=True, help_text=_("e.g. Carl-Schurz-Straße 2.")
    )
    postal_code = models.CharField(
        _("postal code"),
        max_length=5,
        blank=True,
        validators=[RegexValidator(r"^\d{5}$", _("Enter a German postal code of five digits."))],
        help_text=_("Five digits, e.g. 13597."),
    )
    city = models.CharField(_("city"), max_length=60, default="Berlin", blank=True, help_text=_("Usually Berlin."))
    neighbourhood = models.CharField(
        _("neighbourhood"),
        max_length=30,
        choices=Neighbourhood.choices,
        blank=True,
        help_text=_("The Ortsteil of Spandau where the organisation is based. Visitors filter by it."),
    )
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=8,
        decimal_places=6,
        null=True,
        blank=True,
        help_text=_("For the map, e.g. 52.535300. Right-click the place in a map app to copy it."),
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=8,
        decimal_places=6,
        null=True,
        blank=True,
        help_text=_("For the map, e.g. 13.199200. Fill in both values or neither."),
    )
    email = models.EmailField(
        _("e-mail"), blank=True, help_text=_("A contact address that is read regularly, e.g. info@example.org.")
    )
    phone = models.CharField(
        _("phone"),
        max_length=25,
        blank=True,
        validators=[phone_validator],
        help_text=_("e.g. 030 1234567 or +49 30 1234567."),
    )
    website = models.URLField(_("website"), blank=True, help_text=_("The full address, starting with https://."))
    opening_hours = models.TextField(
        _("opening hours"),
        max_length=500,
        blank=True,
        help_text=_("When visitors can come or call, e.g. 'Mon–Thu 10:00–16:00, Fri by appointment'."),
    )
    step_free_access = models.CharField(
        _("step-free access"),
        max_length=10,
        choices=StepFreeAccess.choices,
        blank=True,
        help_text=_("Can wheelchair users and people with prams reach the rooms without steps?"),
    )
    accessibility_notes = models.TextField(
        _("accessibility notes"),
        max_length=500,
        blank=True,
        help_text=_("Further details: lift, accessible toilet, hearing loop, sign language, quiet room …"),
    )

    content_panels = [
        TitleFieldPanel("title", heading=_("Name of the organisation"), help_text=_("As the organisation writes it.")),
        FieldPanel("short_description"),
        FieldPanel("logo"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("founding_year"), FieldPanel("legal_form")], heading=_("Facts")),
    ]
    offer_panels = [
        FieldPanel("topics"),
        FieldPanel("languages", widget=forms.CheckboxSelectMultiple),
        FieldPanel("communities_served"),
        FieldPanel("target_groups"),
        HelpPanel(
            content=_("Memberships in working groups are entered on the working group's page."),
            heading=_("Working groups"),
        ),
    ]
    contact_panels = [
        MultiFieldPanel(
            [
                FieldPanel("street"),
                FieldRowPanel([FieldPanel("postal_code"), FieldPanel("city")]),
                FieldPanel("neighbourhood"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading=_("Address and map"),
        ),
        MultiFieldPanel(
            [FieldPanel("email"), FieldPanel("phone"), FieldPanel("website"), FieldPanel("opening_hours")],
            heading=_("Contact"),
        ),
        InlinePanel("social_links", heading=_("Social media"), label=_("Link")),
        MultiFieldPanel(
            [FieldPanel("step_free_access"), FieldPanel("accessibility_notes")], heading=_("Accessibility")
        ),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Profile")),
            ObjectList(offer_panels, heading=_("Offers and languages")),
            ObjectList(contact_panels, heading=_("Address and contact")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )

    search_fields = [
        *Page.search_fields,
        index.SearchField("short_description", boost=2),
        index.SearchField("description"),
        index.SearchField("communities_served"),
        index.SearchField("target_groups"),
        index.AutocompleteField("short_description"),
        index.RelatedFields("topics", [index.SearchField("name", boost=2), index.AutocompleteField("name")]),
        index.FilterField("neighbourhood"),
    ]

    api_fields = [
        APIField("short_description"),
        APIField("description"),
        APIField("logo", serializer=serializers.LogoField()),
        APIField("logo_rendition", serializer=serializers.BulkRenditionField(LOGO_PROFILE_FILTER, source="logo")),
        APIField("founding_year"),
        APIField("legal_form", serializer=serializers.ChoiceDisplayField(LegalForm)),
        APIField("topics", serializer=serializers.TopicsField()),
        APIField("languages", serializer=serializers.LanguagesField()),
        APIField("communities_served"),
        APIField("target_groups"),
        APIField("address", serializer=serializers.PageField()),
        APIField("neighbourhood", serializer=serializers.ChoiceDisplayField(Neighbourhood)),
        APIField("coordinates", serializer=serializers.PageField()),
        APIField("email"),
        APIField("phone"),
        APIField("website"),
        APIField("social_links", serializer=serializers.PageField("public_social_links")),
        APIField("opening_hours"),
        APIField("step_free_access", serializer=serializers.ChoiceDisplayField(StepFreeAccess)),
        APIField("accessibility_notes"),
        APIField("working_groups", serializer=serializers.WorkingGroupLinksField()),
    ]

    # What the API's relation-reading fields need, prefetched once per listing (see directory.serializers).
    api_prefetch = [
        "locale",
        Prefetch("logo", queryset=get_image_model().objects.prefetch_renditions(LOGO_PROFILE_FILTER)),
        *PUBLIC_RELATIONS,
    ]

    # Prose is translated; facts that are the same in every language are synchronised, so a corrected phone
    # number or a moved office reaches every translation without a translator. Topics are synchronised: they are
    # one shared vocabulary (translating them would split it per language).
    translatable_fields = [
        *PAGE_TRANSLATABLE_FIELDS,
        TranslatableField("short_description"),
        TranslatableField("description"),
        TranslatableField("communities_served"),
        TranslatableField("target_groups"),
        TranslatableField("opening_hours"),
        TranslatableField("accessibility_notes"),
        SynchronizedField("logo"),
        SynchronizedField("founding_year"),
        SynchronizedField("legal_form"),
        SynchronizedField("tagged_items"),
        SynchronizedField("languages"),
        SynchronizedField("street"),
        SynchronizedField("postal_code"),
        SynchronizedField("city"),
        SynchronizedField("neighbourhood"),
        SynchronizedField("latitude"),
        SynchronizedField("longitude"),
        SynchronizedField("email"),
        SynchronizedField("phone"),
        SynchronizedField("website"),
        SynchronizedField("social_links"),
        SynchronizedField("step_free_access"),
    ]

    # The profile is the organisation itself: its editors edit it (directory.permissions).
    organisation_lookup = ""

    parent_page_types = ["directory.OrganisationIndexPage"]
    subpage_types = []

    objects = PageManager.from_queryset(OrganisationPageQuerySet)()

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        permissions = [("import_organisations", _("Can import organisations from a CSV or Excel file"))]

    def clean(self):
        super().clean()
        errors = {}
        if (self.latitude is None) != (self.longitude is None):
            missing = "longitude" if self.longitude is None else "latitude"
            errors[missing] = _("Enter both latitude and longitude, or leave both empty.")
        outside = _(
            "This point lies outside Berlin. Latitude must be between %(lat_min)s and %(lat_max)s, longitude "
            "between %(lon_min)s and %(lon_max)s. Have latitude and longitude been swapped?"
        ) % {
            "lat_min": BERLIN_LATITUDE[0],
            "lat_max": BERLIN_LATITUDE[1],
            "lon_min": BERLIN_LONGITUDE[0],
            "lon_max": BERLIN_LONGITUDE[1],
        }
        if self.latitude is not None and not _between(self.latitude, BERLIN_LATITUDE):
            errors["latitude"] = outside
        if self.longitude is not None and not _between(self.longitude, BERLIN_LONGITUDE):
            errors["longitude"] = outside
        if errors:
            raise ValidationError(errors)

    # --- what is public about an organisation ---------------------------------------------------------------------
    # The one declaration read by the profile template, API v2 (``api_fields``), the content API's schemas, the
    # JSON-LD, the CSV export and the map: plain values, built from relations prefetched once (PUBLIC_RELATIONS).

    @property
    def topic_tags(self):
        return [item.tag for item in self.tagged_items.all()]

    @property
    def spoken_languages(self):
        return list(self.languages.all())

    @property
    def language_codes(self):
        return [language.code for language in self.spoken_languages]

    @property
    def address(self):
        return {"street": self.street, "postal_code": self.postal_code, "city": self.city}

    @property
    def address_lines(self):
        address = self.address
        town = " ".join(part for part in (address["postal_code"], address["city"]) if part)
        return [line for line in (address["street"], town) if line]

    @property
    def coordinates(self):
        """Latitude and longitude as numbers, or None unless both are filled in."""
        if self.latitude is None or self.longitude is None:
            return None
        return {"latitude": float(self.latitude), "longitude": float(self.longitude)}

    @property
    def has_coordinates(self):
        return self.coordinates is not None

    @property
    def public_social_links(self):
        """Social media profiles; ``label`` is the platform's name in the active language."""
        return [
            {"platform": link.platform, "label": str(link.get_platform_display()), "url": link.url}
            for link in self.social_links.all()
        ]

    @property
    def same_as(self):
        """Other addresses of the organisation on the web: its website, then its social media profiles."""
        return [url for url in [self.website, *(link["url"] for link in self.public_social_links)] if url]

    def working_groups(self):
        """The working groups this organisation belongs to, in its language where translated."""
        from .working_groups import WorkingGroupPage

        return (
            WorkingGroupPage.objects.live()
            .public()
            .localized(self.locale.language_code)
            .with_member(self)
            .order_by(Lower("title"), "pk")
        )

    def extra_sections(self, request):
        """HTML from other apps (e.g. upcoming trainings), through the ``directory_organisation_sections`` hook.

        Each hook is called with ``(page, request)`` and returns HTML or None; the directory imports no other app.
        Hooks are code registered by installed apps, so their output is trusted as HTML, like Wagtail's own
        HTML-returning hooks: a hook escapes what it interpolates (``render_to_string``/``format_html`` do).
        """
        sections = []
        for hook in hooks.get_hooks("directory_organisation_sections"):
            html = hook(self, request)
            if html:
                sections.append(mark_safe(html))  # noqa: S308 - trusted hook output, see docstring
        return sections

    def structured_data(self, request, working_groups=None):
        """schema.org ``Organization`` for search engines, as a dict (the template dumps it safely).

        Pass the ``working_groups`` the page already loaded to save their query.
        """
        data = {
            "@context": "https://schema.org",
            "@type": "Organization",
            "name": self.title,
            "description": self.short_description,
            "url": self.get_full_url(request),
        }
        if self.logo_id:
            data["logo"] = request.build_absolute_uri(self.logo.get_rendition(LOGO_PROFILE_FILTER).url)
        if self.founding_year:
            data["foundingDate"] = str(self.founding_year)
        if self.email:
            data["email"] = self.email
        if self.phone:
            data["telephone"] = self.phone
        address = self.address
        if address["street"] or address["postal_code"]:
            data["address"] = {
                "@type": "PostalAddress",
                "streetAddress": address["street"],
                "postalCode": address["postal_code"],
                "addressLocality": address["city"],
                "addressRegion": "Berlin",
                "addressCountry": "DE",
            }
        if self.coordinates:
            data["geo"] = {"@type": "GeoCoordinates", **self.coordinates}
        if self.neighbourhood:
            data["areaServed"] = {"@type": "Place", "name": f"{self.get_neighbourhood_display()}, Berlin-Spandau"}
        lists = [
            ("knowsLanguage", self.language_codes),
            ("knowsAbout", [tag.name for tag in self.topic_tags]),
            ("sameAs", self.same_as),
        ]
        data.update((key, values) for key, values in lists if values)
        if working_groups is None:
            working_groups = self.working_groups()
        groups = [{"@type": "Organization", "name": group.title} for group in working_groups]
        if groups:
            data["memberOf"] = groups
        return data

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The template and the JSON-LD read the same public values: one query per relation, not one per use (and
        # not one per topic).
        prefetch_related_objects([self], *PUBLIC_RELATIONS)
        context["working_groups"] = list(self.working_groups())
        context["extra_sections"] = self.extra_sections(request)
        context["structured_data"] = self.structured_data(request, context["working_groups"])
        directory = self.get_parent()
        context["directory_url"] = directory.get_url(request) if directory else ""
        return context


def _between(value, bounds):
    if not isinstance(value, Decimal):
        return True  # not a number at all: the field's own validation already reports it
    return Decimal(str(bounds[0])) <= value <= Decimal(str(bounds[1]))
