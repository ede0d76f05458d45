"""The programme page and the training series pages editors write."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.images.api.fields import ImageRenditionField
from wagtail.models import Locale, Page, PageManager
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from directory.permissions import OrganisationScopedPage
from home.blocks import BaseStreamBlock
from home.fields import LanguageCodesField
from home.index_pages import IndexPage
from home.localization import LocalizedPageQuerySet, in_active_language
from home.models import PAGE_TRANSLATABLE_FIELDS
from home.serializers import LanguageCodesSerializer

from .. import conf
from ..serializers import PublicSessionsField
from .sessions import Registration, TrainingSession


class Kind(models.TextChoices):
    TRAINING = "training", _("Training")
    WORKSHOP = "workshop", _("Workshop")
    NETWORK_MEETING = "network_meeting", _("Network meeting")
    INFO_EVENT = "info_event", _("Information event")


class TrainingIndexPage(OrganisationScopedPage, RoutablePageMixin, IndexPage):
    """The programme: every upcoming session of the series below it, filterable by kind, language, topic, month."""

    intro_help_text = _("A few sentences above the programme: who the trainings are for and that they are free.")
    intro_max_length = 600
    listing_form_class = "trainings.forms.ProgrammeFilterForm"

    subpage_types = ["trainings.TrainingSeriesPage"]

    class Meta:
        verbose_name = _("training programme")
        verbose_name_plural = _("training programmes")

    def sessions(self):
        """Visible sessions of this programme's series, with free places, in date order."""
        return (
            TrainingSession.objects.published()
            .filter(page__path__startswith=self.path, page__depth=self.depth + 1)
            .with_free_places()
            .select_related("page")
            .chronological()
        )

    def listing(self):
        return self.sessions()

    def for_display(self, results):
        return results  # sessions() fetches the series each card shows already

    def per_page(self):
        from .. import conf

        return conf.index_page_size()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        query = context["querystring"]
        context["calendar_url"] = self.get_url(request) + "calendar.ics" + (f"?{query}" if query else "")
        return context

    @path("")
    def programme(self, request):
        return self.render(request)


class TrainingSeriesPageQuerySet(LocalizedPageQuerySet):
    def held_in(self, language_code):
        """Series with sessions held in this language (ISO code, e.g. "ar")."""
        return self.filter(languages__contains=LanguageCodesField.lookup_value(language_code))

    def of_kind(self, kind):
        return self.filter(kind=kind)

    def about(self, tag_slug):
        """Series tagged with this topic."""
        return self.filter(tagged_items__tag__slug=tag_slug)

    def for_listing(self):
        """Everything a card and the API show, fetched in a fixed number of queries, newest first."""
        return (
            self.select_related("locale", "organiser")
            .prefetch_related("tagged_items__tag")
            .order_by("-first_published_at", "-pk")
        )

    def for_organisation(self, organisation):
        """Series organised by this directory organisation, whichever language's page of it is given."""
        return self.filter(organiser__translation_key=organisation.translation_key)


class TrainingSeriesTag(TaggedItemBase):
    """Topic tags of a series, from the site-wide tag vocabulary (taggit's Tag model)."""

    content_object = ParentalKey("trainings.TrainingSeriesPage", on_delete=models.CASCADE, related_name="tagged_items")

    class Meta:
        verbose_name = _("topic tag")
        verbose_name_plural = _("topic tags")


class TrainingSeriesPage(OrganisationScopedPage, RoutablePageMixin, Page):
    """A training, workshop, network meeting or information event, with one or more sessions."""

    kind = models.CharField(
        _("kind"),
        max_length=20,
        choices=Kind.choices,
        default=Kind.TRAINING,
        help_text=_("Network meetings ('Vernetzungstreffen') and information events are listed like trainings."),
    )
    summary = models.TextField(
        _("summary"),
        max_length=400,
        help_text=_("One or two sentences for the programme, search results and calendars."),
    )
    description = StreamField(
        BaseStreamBlock(),
        verbose_name=_("description"),
        blank=True,
        help_text=_("What happens in the sessions: content, methods, what to bring."),
    )
    learning_goals = models.TextField(
        _("learning goals"),
        max_length=2000,
        blank=True,
        help_text=_("One goal per line, e.g. 'You can write a funding application on your own.'"),
    )
    target_group = models.TextField(
        _("target group"),
        max_length=600,
        blank=True,
        help_text=_("Who the series is for, e.g. 'Board members and volunteers of migrant organisations'."),
    )
    languages = LanguageCodesField(
        _("languages"),
        blank=True,
        max_length=200,
        default=list,
        language_choices=conf.language_choices,
        help_text=_("The languages the sessions are held in (including interpretation)."),
    )
    tags = ClusterTaggableManager(
        verbose_name=_("topics"),
        through=TrainingSeriesTag,
        blank=True,
        help_text=_("Topics visitors can filter by, e.g. 'Förderung', 'Vereinsrecht'. Shared with the whole site."),
    )
    organiser = models.ForeignKey(
        "directory.OrganisationPage",
        verbose_name=_("organiser in the directory"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Choose the organisation from the directory: the series then appears on its profile and links to it. "
            "For an organiser outside the directory, leave this empty and fill in the name below."
        ),
    )
    organiser_name = models.CharField(
        _("organiser"),
        max_length=200,
        blank=True,
        help_text=_("The organisation that runs the series, e.g. 'NARUD e.V.', if it is not in the directory."),
    )
    organiser_url = models.URLField(
        _("organiser's website"), blank=True, help_text=_("Optional link to the organiser's website.")
    )
    trainers = models.CharField(
        _("trainers"),
        max_length=300,
        blank=True,
        help_text=_("Names of the trainers or moderators, separated by commas."),
    )
    fee = models.DecimalField(
        _("fee in euros"),
        max_digits=7,
        decimal_places=2,
        default=0,
        help_text=_("Participation fee per person. 0 means free of charge (the default)."),
    )
    fee_note = models.CharField(
        _("note on the fee"),
        max_length=200,
        blank=True,
        help_text=_("Optional, e.g. 'reduced fee for volunteers' or 'includes lunch'."),
    )
    accessibility = models.TextField(
        _("accessibility"),
        max_length=1000,
        blank=True,
        help_text=_("Step-free access, hearing loop, childcare, interpretation: what participants can expect."),
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Landscape picture for the page and for sharing; give it an alt text."),
    )

    objects = PageManager.from_queryset(TrainingSeriesPageQuerySet)()

    content_panels = [
        *Page.content_panels,
        FieldPanel("kind"),
        FieldPanel("summary"),
        FieldPanel("description"),
        MultiFieldPanel(
            [FieldPanel("learning_goals"), FieldPanel("target_group"), FieldPanel("languages")],
            heading=_("For whom, in which languages"),
        ),
        FieldPanel("image"),
    ]
    organisation_panels = [
        MultiFieldPanel(
            [
                FieldPanel("organiser"),
                FieldRowPanel([FieldPanel("organiser_name"), FieldPanel("organiser_url")]),
                FieldPanel("trainers"),
            ],
            heading=_("Organiser and trainers"),
        ),
        MultiFieldPanel([FieldRowPanel([FieldPanel("fee"), FieldPanel("fee_note")])], heading=_("Cost")),
        FieldPanel("accessibility"),
        FieldPanel("tags"),
    ]
    session_panels = [
        InlinePanel(
            "sessions",
            heading=_("Sessions"),
            label=_("Session"),
            min_num=1,
            help_text=_(
                "Every date of the series. Past sessions stay visible as an archive; cancel a session instead of "
                "deleting it."
            ),
        )
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(organisation_panels, heading=_("Organisation")),
            ObjectList(session_panels, heading=_("Sessions")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
        ]
    )

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("description"),
        index.SearchField("learning_goals"),
        index.SearchField("target_group"),
        index.SearchField("trainers"),
        index.SearchField("organiser_name"),
        index.FilterField("kind"),
        index.RelatedFields("tags", [index.SearchField("name")]),
    ]

    # The trainers stay on the page; neither API names people (docs/api.md).
    api_fields = [
        APIField("kind"),
        APIField("summary"),
        APIField("description"),
        APIField("learning_goals"),
        APIField("target_group"),
        APIField("languages", serializer=LanguageCodesSerializer()),
        APIField("tags"),
        APIField("organiser"),
        APIField("organiser_name"),
        APIField("organiser_url"),
        APIField("fee"),
        APIField("fee_note"),
        APIField("accessibility"),
        APIField("image"),
        APIField("image_rendition", serializer=ImageRenditionField("fill-1200x630", source="image")),
        # Sessions with their free places; registrations (personal data) are never part of the API.
        APIField("sessions", serializer=PublicSessionsField()),
    ]

    # Prose is translated; facts (kind, languages, dates, seats, fee, links, image, tags) follow the German page.
    translatable_fields = [
        *PAGE_TRANSLATABLE_FIELDS,
        SynchronizedField("kind"),
        TranslatableField("summary"),
        TranslatableField("description"),
        TranslatableField("learning_goals"),
        TranslatableField("target_group"),
        SynchronizedField("languages"),
        SynchronizedField("tags"),
        SynchronizedField("organiser"),
        SynchronizedField("organiser_name"),
        SynchronizedField("organiser_url"),
        TranslatableField("trainers"),
        SynchronizedField("fee"),
        TranslatableField("fee_note"),
        TranslatableField("accessibility"),
        SynchronizedField("image"),
        SynchronizedField("sessions"),
    ]

    # The organisation named as organiser may edit the series (directory.permissions).
    organisation_lookup = "organiser"

    parent_page_types = ["trainings.TrainingIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("training series")
        verbose_name_plural = _("training series")

    # --- facts ------------------------------------------------------------------------------------------------

    def clean(self):
        super().clean()
        if self.organiser_id:
            # Relations point at the German page (the API's organisation ids and filters rely on it).
            self.organiser = self.organiser.get_translation_or_none(Locale.get_default()) or self.organiser
        if not self.organiser_id and not self.organiser_name:
            raise ValidationError({"organiser_name": _("Choose the organiser from the directory or enter its name.")})
        self.expire_after_last_session()

    def expire_after_last_session(self):
        """Let the page expire ``TRAININGS_SERIES_EXPIRY_DAYS`` after its last session ends (run on every save).

        An expiry date the editor chose stays if it is later; one before that moment (or none) is moved to it, so
        adding a session never leaves the page expiring in the middle of the series. The scheduler's
        ``publish_scheduled`` job then unpublishes it. A moment already past is never set: an editor who publishes
        a finished series again (as an archive, say) means it, and Wagtail refuses expiry dates in the past.
        """
        days = conf.series_expiry_days()
        ends = [session.end for session in self.sessions.all() if session.end]
        if days is None or not ends:
            return
        expiry = max(ends) + datetime.timedelta(days=days)
        if expiry > timezone.now() and (self.expire_at is None or self.expire_at < expiry):
            self.expire_at = expiry

    @cached_property
    def organiser_page(self):
        """The directory profile in the current language (or German), if the organiser is in the directory.

        Looked up once per page instance: the template and every session's JSON-LD event ask for it.
        """
        return in_active_language(self.organiser) if self.organiser_id else None

    @property
    def organiser_display_name(self):
        page = self.organiser_page
        return page.title if page else self.organiser_name

    @property
    def organiser_link(self):
        page = self.organiser_page
        return page.url if page else self.organiser_url

    @property
    def is_free(self):
        return not self.fee

    @property
    def topic_tags(self):
        return [item.tag for item in self.tagged_items.all()]

    def learning_goal_list(self):
        return [line.strip(" -•\t") for line in self.learning_goals.splitlines() if line.strip(" -•\t")]

    def trainer_list(self):
        return [name.strip() for name in self.trainers.split(",") if name.strip()]

    def public_sessions(self):
        """Every session as ``TrainingSession.public`` gives it, with free places counted across languages."""
        return [session.public for session in self.sessions_with_free_places()]

    def source_page(self):
        """The German page this one is translated from (itself if it is German)."""
        default = Locale.get_default()
        if self.locale_id == default.pk:
            return self
        return self.get_translation_or_none(default) or self

    def sessions_with_free_places(self):
        """Sessions in date order, each with seats counted on its canonical session (one query for all).

        Works on a page being previewed too, whose sessions exist only in memory.
        """
        sessions = sorted(self.sessions.all(), key=lambda session: (session.start, session.pk or 0))
        counts = (
            Registration.objects.confirmed()
            .filter(session__page__translation_key=self.translation_key, session__uuid__in=[s.uuid for s in sessions])
            .values("session__uuid")
            .annotate(seats=Count("pk"))
        )
        seats = {row["session__uuid"]: row["seats"] for row in counts}
        for session in sessions:
            session.confirmed_seats = seats.get(session.uuid, 0)
        return sessions

    def get_context(self, request, *args, **kwargs):
        from ..views import series_context

        context = super().get_context(request, *args, **kwargs)
        context.update(series_context(request, self))
        return context

    # --- sub-pages (the .ics files are served by trainings.urls; Wagtail's page URLs cannot contain dots) -------

    @path("")
    def series(self, request):
        return self.render(request)

    @path("register/<uuid:session_uuid>/", name="register")
    def register(self, request, session_uuid):
        from ..views import register

        return register(request, self, session_uuid)

    @path("cancel/", name="cancel")
    def cancel(self, request):
        from ..views import cancel

        return cancel(request, self)
