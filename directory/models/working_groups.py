"""Working groups: who works together on what, how to join, and when they meet."""

from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import Lower
from django.utils import timezone
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
    PageChooserPanel,
    TabbedInterface,
)
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, PageManager, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.blocks import RICH_TEXT_FEATURES
from home.forms import SitePageForm
from home.index_pages import IndexPage
from home.localization import LocalizedPageQuerySet
from home.models import PAGE_TRANSLATABLE_FIELDS
from home.public import local_isoformat

from .. import serializers
from .organisations import OrganisationPage, phone_validator


class WorkingGroupTopic(TaggedItemBase):
    """Topic tags of working groups, from the same vocabulary as the organisations' topics."""

    content_object = ParentalKey("directory.WorkingGroupPage", on_delete=models.CASCADE, related_name="tagged_items")

    class Meta:
        verbose_name = _("working group topic")
        verbose_name_plural = _("working group topics")


class WorkingGroupMembership(Orderable):
    """One organisation's membership in a working group.

    Stored once, on the group, pointing at the organisation's German page; both directions are derived through
    the pages' ``translation_key``, so memberships hold in every language without being entered twice.
    """

    group = ParentalKey("directory.WorkingGroupPage", on_delete=models.CASCADE, related_name="memberships")
    organisation = models.ForeignKey(
        "directory.OrganisationPage",
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A member organisation of the group."),
    )

    panels = [PageChooserPanel("organisation", "directory.OrganisationPage")]

    class Meta(Orderable.Meta):
        verbose_name = _("member organisation")
        verbose_name_plural = _("member organisations")

    def __str__(self):
        return str(self.organisation)


class WorkingGroupMeetingQuerySet(models.QuerySet):
    def upcoming(self):
        """Meetings that have not ended yet (a meeting in progress still counts), soonest first."""
        return self.filter(
            Q(ends_at__gte=timezone.now()) | Q(ends_at__isnull=True, starts_at__gte=timezone.now())
        ).order_by("starts_at")

    def past(self):
        """Meetings that are over, most recent first."""
        return self.exclude(pk__in=self.upcoming().values("pk")).order_by("-starts_at")


class WorkingGroupMeeting(TranslatableMixin, Orderable):
    """One meeting of a working group; times are stored in UTC and shown in Europe/Berlin."""

    group = ParentalKey("directory.WorkingGroupPage", on_delete=models.CASCADE, related_name="meetings")
    starts_at = models.DateTimeField(_("starts at"), help_text=_("Date and start time (Berlin time)."))
    ends_at = models.DateTimeField(_("ends at"), null=True, blank=True, help_text=_("Optional end time (Berlin time)."))
    place = models.CharField(
        _("place"),
        max_length=200,
        blank=True,
        help_text=_("Address and room, e.g. 'Rathaus Spandau, Carl-Schurz-Straße 2, Raum 108'."),
    )
    online_url = models.URLField(
        _("online meeting link"), blank=True, help_text=_("Video conference link, if people can join online.")
    )
    agenda = RichTextField(
        _("agenda"),
        features=["bold", "italic", "ol", "ul", "link"],
        blank=True,
        help_text=_("The topics of the meeting, as a short list."),
    )
    minutes = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("minutes"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Upload the minutes after the meeting (PDF preferred)."),
    )

    panels = [
        FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
        FieldPanel("place"),
        FieldPanel("online_url"),
        FieldPanel("agenda"),
        FieldPanel("minutes"),
    ]

    # Place and agenda are prose; times, the link and the minutes document are the same in every language.
    translatable_fields = [
        TranslatableField("place"),
        TranslatableField("agenda"),
        SynchronizedField("starts_at"),
        SynchronizedField("ends_at"),
        SynchronizedField("online_url"),
        SynchronizedField("minutes"),
    ]

    objects = WorkingGroupMeetingQuerySet.as_manager()

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")

    def __str__(self):
        return f"{self.group} – {timezone.localtime(self.starts_at):%Y-%m-%d %H:%M}"

    @property
    def is_upcoming(self):
        """The same rule as ``WorkingGroupMeetingQuerySet.upcoming``, for meetings already in memory."""
        return (self.ends_at or self.starts_at) >= timezone.now()

    @property
    def public(self):
        """The meeting as API v2 and the content API show it; times in Berlin time with offset (ISO 8601)."""
        minutes = self.minutes
        return {
            "starts_at": local_isoformat(self.starts_at),
            "ends_at": local_isoformat(self.ends_at),
            "place": self.place,
            "online_url": self.online_url,
            "agenda": self.agenda,
            "minutes": {"id": minutes.pk, "title": minutes.title, "url": minutes.url} if minutes else None,
            "is_upcoming": self.is_upcoming,
        }


class WorkingGroupPageQuerySet(LocalizedPageQuerySet):
    def about(self, topic_slug):
        """Working groups tagged with this topic."""
        return self.filter(
            Exists(WorkingGroupTopic.objects.filter(content_object=OuterRef("pk"), tag__slug=topic_slug))
        )

    def for_listing(self):
        """Everything a card and the API show, fetched in a fixed number of queries, alphabetically."""
        return self.select_related("locale").prefetch_related("tagged_items__tag").order_by(Lower("title"), "pk")

    def with_member(self, organisation):
        """Groups that count this organisation (in any of its languages) among their members."""
        return self.filter(
            pk__in=WorkingGroupMembership.objects.filter(
                organisation__translation_key=organisation.translation_key
            ).values("group_id")
        )


class WorkingGroupIndexPage(IndexPage):
    """All working groups of the network."""

    intro_help_text = _("A few sentences above the list: what the working groups are and how to take part.")

    subpage_types = ["directory.WorkingGroupPage"]

    class Meta:
        verbose_name = _("working group overview")
        verbose_name_plural = _("working group overviews")

    def working_groups(self):
        return self.localized_children(WorkingGroupPage)

    def listing(self):
        return self.working_groups()

    def for_display(self, results):
        return results.select_related("locale").prefetch_related("tagged_items__tag").order_by(Lower("title"), "pk")


class WorkingGroupPage(Page):
    """One working group: its purpose, members, how to join and its meetings."""

    base_form_class = SitePageForm

    purpose = models.TextField(
        _("purpose"),
        max_length=500,
        help_text=_("What the group wants to achieve, in two or three sentences. Shown in lists too."),
    )
    description = RichTextField(
        _("description"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("More about the group's work, results and plans."),
    )
    topics = ClusterTaggableManager(
        verbose_name=_("topics"),
        through=WorkingGroupTopic,
        blank=True,
        help_text=_("The group's topics, from the same list as the organisations' topics."),
    )
    contact_name = models.CharField(
        _("contact person"), max_length=120, blank=True, help_text=_("Who answers questions about the group.")
    )
    contact_email = models.EmailField(
        _("contact e-mail"), blank=True, help_text=_("Where people write to join or ask a question.")
    )
    contact_phone = models.CharField(
        _("contact phone"),
        max_length=25,
        blank=True,
        validators=[phone_validator],
        help_text=_("e.g. 030 1234567."),
    )
    how_to_join = RichTextField(
        _("how to join"),
        features=["bold", "italic", "link", "ul", "ol"],
        blank=True,
        help_text=_("Who can take part and what to do first, e.g. 'Write to us, then come to the next meeting'."),
    )
    meeting_rhythm = models.CharField(
        _("meeting rhythm"),
        max_length=200,
        blank=True,
        help_text=_("e.g. 'Every second Tuesday of the month, 17:00–19:00'."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("purpose"),
        FieldPanel("description"),
        FieldPanel("topics"),
    ]
    members_panels = [
        InlinePanel(
            "memberships",
            heading=_("Member organisations"),
            label=_("Member"),
            help_text=_("Choose the organisations' German pages; the membership then shows in every language."),
        ),
        MultiFieldPanel(
            [FieldPanel("contact_name"), FieldRowPanel([FieldPanel("contact_email"), FieldPanel("contact_phone")])],
            heading=_("Contact"),
        ),
        FieldPanel("how_to_join"),
    ]
    meeting_panels = [
        FieldPanel("meeting_rhythm"),
        InlinePanel("meetings", heading=_("Meetings"), label=_("Meeting")),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(members_panels, heading=_("Members and contact")),
            ObjectList(meeting_panels, heading=_("Meetings")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )

    search_fields = [
        *Page.search_fields,
        index.SearchField("purpose", boost=2),
        index.SearchField("description"),
        index.AutocompleteField("purpose"),
        index.RelatedFields("topics", [index.SearchField("name", boost=2), index.AutocompleteField("name")]),
    ]

    # The contact person stays on the page; neither API names people (docs/api.md).
    api_fields = [
        APIField("purpose"),
        APIField("description"),
        APIField("topics", serializer=serializers.TopicsField()),
        APIField("how_to_join"),
        APIField("meeting_rhythm"),
        APIField("members", serializer=serializers.MemberLinksField()),
        APIField("meetings", serializer=serializers.MeetingsField()),
    ]

    # What the API's relation-reading fields need, prefetched once per listing (see directory.serializers).
    api_prefetch = ["locale", "tagged_items__tag", "meetings__minutes"]

    # Prose is translated (meetings: place and agenda); members, tags and contact details are synchronised.
    translatable_fields = [
        *PAGE_TRANSLATABLE_FIELDS,
        TranslatableField("purpose"),
        TranslatableField("description"),
        TranslatableField("how_to_join"),
        TranslatableField("meeting_rhythm"),
        TranslatableField("meetings"),
        SynchronizedField("tagged_items"),
        SynchronizedField("memberships"),
        SynchronizedField("contact_name"),
        SynchronizedField("contact_email"),
        SynchronizedField("contact_phone"),
    ]

    parent_page_types = ["directory.WorkingGroupIndexPage"]
    subpage_types = []

    objects = PageManager.from_queryset(WorkingGroupPageQuerySet)()

    class Meta:
        verbose_name = _("working group")
        verbose_name_plural = _("working groups")

    # --- what is public about a working group (read by the page, API v2 and the content API) ---------------------

    @property
    def topic_tags(self):
        return [item.tag for item in self.tagged_items.all()]

    @property
    def public_meetings(self):
        """Every meeting, earliest first, as ``WorkingGroupMeeting.public`` gives it."""
        return [meeting.public for meeting in sorted(self.meetings.all(), key=lambda meeting: meeting.starts_at)]

    def member_translation_keys(self):
        """Translation keys of the member organisations; works on saved pages and on unsaved previews."""
        ids = [membership.organisation_id for membership in self.memberships.all() if membership.organisation_id]
        return Page.objects.filter(pk__in=ids).values("translation_key")

    def members(self):
        """Member organisations, in this page's language where translated, alphabetically."""
        return (
            OrganisationPage.objects.live()
            .public()
            .localized(self.locale.language_code)
            .members_of(self)
            .select_related("logo")
            .order_by(Lower("title"), "pk")
        )

    def sorted_meetings(self):
        meetings = list(self.meetings.all())
        upcoming = sorted((m for m in meetings if m.is_upcoming), key=lambda m: m.starts_at)
        past = sorted((m for m in meetings if not m.is_upcoming), key=lambda m: m.starts_at, reverse=True)
        return upcoming, past

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["members"] = self.members()
        context["upcoming_meetings"], context["past_meetings"] = self.sorted_meetings()
        return context
