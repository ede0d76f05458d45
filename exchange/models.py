"""The exchange: organisations offer and ask for rooms, equipment, volunteers, expertise and more.

Entries are Wagtail pages below one exchange index per language, translated with wagtail-localize. Facts (kind,
place, languages, topics, validity, status, organisation) follow the German entry; prose is translated. Contact
requests, reports and digest subscriptions are plain models that point at the German entry.
"""

import datetime
import uuid

from django.conf import settings
from django.db import models
from django.db.models import Case, Count, Exists, F, OuterRef, Q, Value, When
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import Tag, TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Locale, Page, PageManager
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from directory.constants import Neighbourhood
from directory.permissions import OrganisationPagePermissionTester, OrganisationScopedPage
from home.index_pages import IndexPage
from home.localization import LocalizedPageQuerySet, localize
from home.models import PAGE_TRANSLATABLE_FIELDS

from . import conf


class Direction(models.TextChoices):
    OFFER = "offer", _("Offer")
    NEED = "need", _("Need")


class Kind(models.TextChoices):
    ROOM = "room", _("Room")
    EQUIPMENT = "equipment", _("Equipment")
    VOLUNTEERS = "volunteers", _("Volunteers")
    EXPERTISE = "expertise", _("Expertise and consulting")
    INTERPRETING = "interpreting", _("Language mediation and interpreting")
    TRANSPORT = "transport", _("Transport")
    FUNDING_PARTNER = "funding_partner", _("Partner for a funding application")
    OTHER = "other", _("Other")


class Status(models.TextChoices):
    OPEN = "open", _("Open")
    AGREED = "agreed", _("Agreed")
    CLOSED = "closed", _("Closed")


ONLINE = "online"
PLACE_CHOICES = [*Neighbourhood.choices, (ONLINE, _("Online"))]


def default_valid_until():
    return timezone.localdate() + datetime.timedelta(days=conf.default_validity_days())


class ExchangeEntryTag(TaggedItemBase):
    """Topic tags of entries; the tags are taggit's, one vocabulary for the whole site."""

    content_object = ParentalKey("exchange.ExchangeEntryPage", on_delete=models.CASCADE, related_name="tagged_items")

    class Meta:
        verbose_name = _("exchange topic")
        verbose_name_plural = _("exchange topics")


class ExchangeEntryQuerySet(LocalizedPageQuerySet):
    def offers(self):
        return self.in_direction(Direction.OFFER)

    def needs(self):
        return self.in_direction(Direction.NEED)

    def in_direction(self, direction):
        """Offers (``"offer"``) or needs (``"need"``)."""
        return self.filter(direction=direction)

    def of_kind(self, kind):
        return self.filter(kind=kind)

    def about(self, topic_slug):
        return self.filter(Exists(ExchangeEntryTag.objects.filter(content_object=OuterRef("pk"), tag__slug=topic_slug)))

    def speaking(self, code):
        return self.filter(Exists(ExchangeEntryPage.languages.through.objects.filter(
            exchangeentrypage_id=OuterRef("pk"), language_id=code
        )))  # fmt: skip

    def at(self, place):
        """Entries in this Ortsteil, or online ones for ``"online"``."""
        return self.filter(place=place)

    def matching(self, text):
        """Free text in title, summary, description or a topic: a plain ``icontains`` that combines with filters."""
        in_topics = Exists(ExchangeEntryTag.objects.filter(content_object=OuterRef("pk"), tag__name__icontains=text))
        return self.filter(
            Q(title__icontains=text) | Q(summary__icontains=text) | Q(description__icontains=text) | in_topics
        )

    def current(self, today=None):
        """Open entries whose validity has not run out: what the exchange lists and what contact is possible for."""
        return self.filter(status=Status.OPEN, valid_until__gte=today or timezone.localdate())

    def expired(self, today=None):
        """Entries past their validity that are not closed yet (``expire_exchange_entries`` closes them)."""
        return self.filter(valid_until__lt=today or timezone.localdate()).exclude(status=Status.CLOSED)

    def expiring_by(self, day):
        """Open entries whose validity ends on or before ``day`` but has not ended yet."""
        return self.current().filter(valid_until__lte=day)

    def of_organisation(self, organisation):
        """Entries naming this directory organisation, whichever language's page of it is given."""
        return self.filter(organisation__translation_key=organisation.translation_key)

    def newest_first(self):
        return self.order_by("-first_published_at", "-pk")

    def topics(self):
        """The topic tags these entries use, for the filter form."""
        used = ExchangeEntryTag.objects.filter(content_object__in=self.order_by().values("pk"))
        return Tag.objects.filter(pk__in=used.values("tag_id")).order_by("name")

    def for_listing(self):
        """Everything a card shows, in a fixed number of queries however many entries there are."""
        return self.select_related("locale", "organisation").prefetch_related("tagged_items__tag", "languages")

    def offers_matching(self, need):
        """Current offers that fit ``need``: same kind and a shared topic, language or Ortsteil, best first.

        A shared topic weighs most, then each shared language, then the same Ortsteil (online offers fit every
        place). Works on German sources; ``score`` is annotated for display.
        """
        topic_ids = [item.tag_id for item in need.tagged_items.all()]
        language_codes = [language.code for language in need.languages.all()]
        # Without a place of its own, a need has no place to share (an empty "in" would empty the whole query).
        same_place = (
            Case(When(Q(place=need.place) | Q(place=ONLINE), then=Value(1)), default=Value(0))
            if need.place
            else Value(0)
        )
        offers = (
            self.offers()
            .current()
            .sources()
            .filter(kind=need.kind)
            .exclude(organisation__translation_key=getattr(need.organisation, "translation_key", None))
            .annotate(
                # An empty "in ()" would empty the whole query on PostgreSQL, so nothing to share counts as zero.
                shared_topics=Count("tagged_items", filter=Q(tagged_items__tag_id__in=topic_ids), distinct=True)
                if topic_ids
                else Value(0),
                shared_languages=Count("languages", filter=Q(languages__code__in=language_codes), distinct=True)
                if language_codes
                else Value(0),
                same_place=same_place,
            )
            .annotate(score=F("shared_topics") * 3 + F("shared_languages") * 2 + F("same_place"))
            .filter(score__gt=0)
        )
        return offers.order_by("-score", "valid_until", "pk")


def publishes_directly(user):
    """Whether ``user``'s entries go live without a coordinator's approval (``EXCHANGE_REQUIRE_APPROVAL``)."""
    return not conf.require_approval() or user.is_superuser or user.has_perm("exchange.moderate_exchange_entries")


class EntryPermissionTester(OrganisationPagePermissionTester):
    """The organisation rule's page permissions, and with approval required only coordinators publish entries.

    Everyone else gets Wagtail's "Submit for moderation" instead, and the page's workflow does the rest.
    """

    def can_publish(self):
        return super().can_publish() and publishes_directly(self.user)

    def can_publish_subpage(self):
        return super().can_publish_subpage() and publishes_directly(self.user)


class ExchangeEntryManager(PageManager.from_queryset(ExchangeEntryQuerySet)):
    pass


class ExchangeIndexPage(OrganisationScopedPage, RoutablePageMixin, IndexPage):
    """The exchange of one language: offers and needs of the network's organisations, filterable."""

    intro_help_text = _("One or two sentences above the list: what the exchange is for and how to take part.")
    listing_form_class = "exchange.forms.EntryFilterForm"

    subpage_types = ["exchange.ExchangeEntryPage"]

    class Meta:
        verbose_name = _("exchange")
        verbose_name_plural = _("exchanges")

    def permissions_for_user(self, user):
        return EntryPermissionTester(user, self)

    def entries(self):
        """Current entries in this exchange's language, German ones where untranslated (``is_fallback``)."""
        return ExchangeEntryPage.objects.live().public().localized(self.locale.language_code).current().newest_first()

    def listing(self):
        return self.entries()

    def per_page(self):
        return conf.entries_per_page()


class ExchangeEntryPage(OrganisationScopedPage, RoutablePageMixin, Page):
    """One offer or need of an organisation: what, for whom, where, in which languages, until when."""

    direction = models.CharField(
        _("offer or need"),
        max_length=10,
        choices=Direction.choices,
        default=Direction.OFFER,
        help_text=_("Does your organisation offer something, or is it looking for something?"),
    )
    kind = models.CharField(
        _("kind"),
        max_length=20,
        choices=Kind.choices,
        default=Kind.ROOM,
        help_text=_("What is offered or needed; offers and needs of the same kind are matched."),
    )
    summary = models.TextField(
        _("summary"),
        max_length=300,
        help_text=_("One or two sentences for the list, e.g. 'Our hall (40 seats) is free on Tuesday evenings.'"),
    )
    description = models.TextField(
        _("description"),
        max_length=3000,
        blank=True,
        help_text=_("Details: times, size, conditions, costs, what you expect in return."),
    )
    organisation = models.ForeignKey(
        "directory.OrganisationPage",
        verbose_name=_("organisation"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The organisation from the directory that posts this entry; visitors see its profile."),
    )
    contact_email = models.EmailField(
        _("contact e-mail (not shown)"),
        blank=True,
        help_text=_(
            "Where contact messages, reminders and digests go. Never shown to visitors. "
            "Leave empty to use the organisation's e-mail address from the directory."
        ),
    )
    tags = ClusterTaggableManager(
        through=ExchangeEntryTag,
        blank=True,
        verbose_name=_("topics"),
        help_text=_("Topics shared across the site, e.g. 'Bildung', 'Beratung'. Used for filters and matching."),
    )
    languages = ParentalManyToManyField(
        "directory.Language",
        verbose_name=_("languages involved"),
        blank=True,
        related_name="+",
        help_text=_("Languages that are offered or needed, e.g. Dari for an interpreter."),
    )
    place = models.CharField(
        _("Ortsteil"),
        max_length=20,
        choices=PLACE_CHOICES,
        blank=True,
        help_text=_("Where in Spandau, or 'online'. Leave empty if it does not matter."),
    )
    valid_until = models.DateField(
        _("valid until"),
        default=default_valid_until,
        help_text=_("The entry leaves the exchange after this day. You get a reminder by e-mail a week before."),
    )
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=Status.choices,
        default=Status.OPEN,
        help_text=_("Set 'agreed' when you found a partner, 'closed' when the entry is no longer current."),
    )

    objects = ExchangeEntryManager()

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("direction"), FieldPanel("kind")]), FieldPanel("summary")],
            heading=_("What"),
        ),
        FieldPanel("description"),
        MultiFieldPanel(
            [FieldPanel("organisation"), FieldPanel("contact_email")],
            heading=_("Who"),
        ),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("valid_until"), FieldPanel("status")])],
            heading=_("Validity"),
        ),
    ]
    classify_panels = [FieldPanel("tags"), FieldPanel("languages"), FieldPanel("place")]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(classify_panels, heading=_("Topics, languages and place")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
        ]
    )

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("description"),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.FilterField("direction"),
        index.FilterField("kind"),
        index.FilterField("status"),
        index.FilterField("valid_until"),
    ]

    # Public facts only: the contact address is deliberately not an API field.
    api_fields = [
        APIField("direction"),
        APIField("kind"),
        APIField("summary"),
        APIField("description"),
        APIField("place"),
        APIField("valid_until"),
        APIField("status"),
        APIField("organisation"),
    ]

    translatable_fields = [
        *PAGE_TRANSLATABLE_FIELDS,
        TranslatableField("summary"),
        TranslatableField("description"),
        SynchronizedField("direction"),
        SynchronizedField("kind"),
        SynchronizedField("organisation"),
        SynchronizedField("contact_email"),
        SynchronizedField("tags"),
        SynchronizedField("languages"),
        SynchronizedField("place"),
        SynchronizedField("valid_until"),
        SynchronizedField("status"),
    ]

    # The organisation rule (directory.permissions): an organisation's editors act on the entries naming it.
    organisation_lookup = "organisation"

    parent_page_types = ["exchange.ExchangeIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("exchange entry")
        verbose_name_plural = _("exchange entries")
        permissions = [("moderate_exchange_entries", _("Can publish exchange entries when approval is required"))]

    def permissions_for_user(self, user):
        return EntryPermissionTester(user, self)

    def clean(self):
        super().clean()
        if self.organisation_id:
            # Relations point at the German profile, whichever language's profile the editor chose.
            source = self.organisation.get_translation_or_none(Locale.get_default())
            self.organisation = source or self.organisation

    @property
    def source(self):
        """The German entry this page translates (itself when it is German)."""
        if self.locale.language_code == settings.LANGUAGE_CODE:
            return self
        return (
            ExchangeEntryPage.objects.filter(
                translation_key=self.translation_key, locale__language_code=settings.LANGUAGE_CODE
            ).first()
            or self
        )

    @property
    def topic_tags(self):
        return [item.tag for item in self.tagged_items.all()]

    @property
    def language_codes(self):
        return [language.code for language in self.languages.all()]

    @property
    def is_expired(self):
        return self.valid_until < timezone.localdate()

    @property
    def accepts_contact(self):
        """Whether visitors can write about this entry: live, open, not expired, and someone to receive it."""
        return self.live and self.status == Status.OPEN and not self.is_expired and bool(self.recipient)

    @property
    def recipient(self):
        """Where messages about this entry go: its contact address, else the organisation's; may be empty."""
        if self.contact_email:
            return self.contact_email
        return getattr(self.organisation, "email", "") or ""

    @property
    def organisation_profile(self):
        """The organisation's live profile in this entry's language (else the German one), or None."""
        if not self.organisation_id:
            return None
        profile = self.organisation.get_translation_or_none(self.locale)
        if profile is None or not profile.live:
            profile = self.organisation
        return profile if profile.live else None

    def place_label(self):
        return dict(PLACE_CHOICES).get(self.place, "")

    def matches(self, code=None):
        """For a need: the fitting open offers, in language ``code`` where translated (default: this page's)."""
        if self.direction != Direction.NEED:
            return []
        offers = ExchangeEntryPage.objects.live().public().offers_matching(self.source)
        code = code or self.locale.language_code
        localized = localize(offers.for_listing()[: conf.match_limit()], code, ExchangeEntryPage.objects.for_listing())
        return [item.page for item in localized]

    def structured_data(self, request):
        """schema.org markup: an offer is an ``Offer`` by the organisation, a need a ``Demand`` it ``seeks``."""
        entry = {
            "@type": "Offer" if self.direction == Direction.OFFER else "Demand",
            "name": self.title,
            "description": self.summary,
            "url": self.get_full_url(request),
            "validThrough": self.valid_until.isoformat(),
            "availability": "https://schema.org/InStock" if self.accepts_contact else "https://schema.org/Discontinued",
        }
        if self.place and self.place != ONLINE:
            entry["areaServed"] = {"@type": "Place", "name": f"{self.place_label()}, Berlin-Spandau"}
        profile = self.organisation_profile
        if profile is None:
            return {"@context": "https://schema.org", **entry}
        organisation = {"@type": "Organization", "name": profile.title, "url": profile.get_full_url(request)}
        if self.direction == Direction.OFFER:
            return {"@context": "https://schema.org", **entry, "offeredBy": organisation}
        return {"@context": "https://schema.org", **organisation, "seeks": entry}

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["matches"] = self.matches(Locale.get_active().language_code)
        context["structured_data"] = self.structured_data(request)
        return context

    @path("")
    def entry(self, request):
        return self.render(request)

    @path("contact/", name="contact")
    def contact(self, request):
        from .views import contact

        return contact(request, self)

    @path("report/", name="report")
    def report(self, request):
        from .views import report

        return report(request, self)


# --- contact, reports, notices, digests: personal data kept only as long as needed --------------------------------


class ContactRequestQuerySet(models.QuerySet):
    def beyond_retention(self, days=None):
        days = conf.retention_days() if days is None else days
        return self.filter(created_at__lt=timezone.now() - datetime.timedelta(days=days))

    def from_sender(self, email, hours=24):
        return self.filter(sender_email__iexact=email, created_at__gte=timezone.now() - datetime.timedelta(hours=hours))


class ContactRequest(models.Model):
    """That someone wrote to an entry's organisation through the platform: the log, never the message itself.

    The message goes straight into the mail queue (``home.mail``), which forgets it once sent. The log keeps who
    wrote about which entry and when, to stop floods from one address; ``purge_exchange_contacts`` deletes it
    after ``EXCHANGE_RETENTION_DAYS``.
    """

    entry = models.ForeignKey(
        ExchangeEntryPage, verbose_name=_("entry"), on_delete=models.CASCADE, related_name="contact_requests"
    )
    sender_name = models.CharField(_("name"), max_length=200)
    sender_email = models.EmailField(_("e-mail address"))
    sender_organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    language = models.CharField(_("language"), max_length=10)
    created_at = models.DateTimeField(_("sent at"), auto_now_add=True, db_index=True)
    queued = models.BooleanField(
        _("queued for delivery"), default=True, help_text=_("False if the mail queue could not take the message.")
    )

    objects = ContactRequestQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("contact request")
        verbose_name_plural = _("contact requests")

    def __str__(self):
        return f"{self.sender_name} → {self.entry.title}"


class Report(models.Model):
    """A visitor's report of an entry (spam, inappropriate, outdated); coordinators see them in the admin."""

    class Reason(models.TextChoices):
        SPAM = "spam", _("Spam or advertising")
        INAPPROPRIATE = "inappropriate", _("Inappropriate or discriminatory")
        PERSONAL_DATA = "personal_data", _("Contains personal data")
        OUTDATED = "outdated", _("No longer current")
        OTHER = "other", _("Something else")

    entry = models.ForeignKey(
        ExchangeEntryPage, verbose_name=_("entry"), on_delete=models.CASCADE, related_name="reports"
    )
    reason = models.CharField(_("reason"), max_length=20, choices=Reason.choices)
    comment = models.TextField(_("comment"), max_length=1000, blank=True)
    created_at = models.DateTimeField(_("reported at"), auto_now_add=True, db_index=True)
    resolved = models.BooleanField(_("resolved"), default=False)

    class Meta:
        ordering = ["resolved", "-created_at"]
        verbose_name = _("report")
        verbose_name_plural = _("reports")

    def __str__(self):
        return f"{self.get_reason_display()}: {self.entry.title}"


class ExpiryReminder(models.Model):
    """That the reminder before an entry's expiry was sent, per validity date: extending the entry re-arms it."""

    translation_key = models.UUIDField()
    valid_until = models.DateField()
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["translation_key", "valid_until"], name="one_reminder_per_date")]
        verbose_name = _("expiry reminder")
        verbose_name_plural = _("expiry reminders")

    def __str__(self):
        return f"{self.translation_key} ({self.valid_until})"


class DigestSubscription(models.Model):
    """An editor's opt-in to the weekly e-mail of new offers that match their organisation's open needs."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("user"), on_delete=models.CASCADE, related_name="+"
    )
    organisation = models.ForeignKey(
        "directory.OrganisationPage", verbose_name=_("organisation"), on_delete=models.CASCADE, related_name="+"
    )
    token = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    last_sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "organisation"], name="one_digest_per_organisation")]
        verbose_name = _("digest subscription")
        verbose_name_plural = _("digest subscriptions")

    def __str__(self):
        return f"{self.user} – {self.organisation}"
