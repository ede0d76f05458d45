"""Sessions of a training series and the visitors' registrations for them.

A series page is translated with wagtail-localize, and its sessions are a synchronised child relation: every
translation holds its own *copies* of the sessions (other primary keys, same ``uuid``). Registrations always
attach to the session of the German source page, the *canonical* session, so seats are counted once however many
languages a series is read in. ``uuid`` plus the page's ``translation_key`` identifies a session across languages.
"""

import uuid
from datetime import timedelta

from django.core import signing
from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction
from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable

from home.fields import LanguageCodesField
from home.localization import source_locale
from home.public import local_isoformat


class RegistrationError(Exception):
    """A registration that cannot be accepted; ``message`` is shown to the visitor."""

    message = _("The registration could not be saved.")


class RegistrationClosed(RegistrationError):
    message = _("Registration for this session is closed.")


class AlreadyRegistered(RegistrationError):
    message = _("This e-mail address is already registered for this session.")


class TrainingSessionQuerySet(models.QuerySet):
    def upcoming(self, now=None):
        """Sessions that have not ended yet (a session running right now is still upcoming)."""
        return self.filter(end__gte=now or timezone.now())

    def past(self, now=None):
        return self.filter(end__lt=now or timezone.now())

    def published(self):
        """Sessions of series pages visitors can see: live and without a view restriction."""
        from .pages import TrainingSeriesPage

        return self.filter(page__in=TrainingSeriesPage.objects.live().public().values("pk"))

    def in_locale(self, locale):
        return self.filter(page__locale=locale)

    def held_in(self, language_code):
        return self.filter(page__languages__contains=LanguageCodesField.lookup_value(language_code))

    def of_kind(self, kind):
        return self.filter(page__kind=kind)

    def about(self, tag_slug):
        return self.filter(page__tagged_items__tag__slug=tag_slug)

    def topics(self):
        """The topic tags of these sessions' series, for the programme's topic filter."""
        from taggit.models import Tag

        series = self.order_by().values("page_id")
        return (
            Tag.objects.filter(trainings_trainingseriestag_items__content_object__in=series).distinct().order_by("name")
        )

    def starting_between(self, first_day=None, last_day=None):
        """Sessions starting on or after ``first_day`` and on or before ``last_day`` (dates in Berlin; either open)."""
        sessions = self
        if first_day:
            sessions = sessions.filter(start__date__gte=first_day)
        if last_day:
            sessions = sessions.filter(start__date__lte=last_day)
        return sessions

    def in_month(self, year, month):
        """Sessions starting in this month, in the site's time zone (Europe/Berlin)."""
        return self.filter(start__year=year, start__month=month)

    def canonical(self):
        """The sessions registrations attach to: those of the source (German) pages."""
        return self.filter(page__locale=source_locale())

    def matching(self, translation_key, session_uuid):
        """One session in every language: the copies share the page's translation key and the session's uuid."""
        return self.filter(page__translation_key=translation_key, uuid=session_uuid)

    def for_organisation(self, organisation):
        """Sessions of series organised by this directory organisation (any language's page of it)."""
        return self.filter(page__organiser__translation_key=organisation.translation_key)

    def with_free_places(self):
        """Annotate ``confirmed_seats``, counted on the canonical session, in one subquery for the whole list."""
        confirmed = (
            Registration.objects.confirmed()
            .filter(session__uuid=OuterRef("uuid"), session__page__translation_key=OuterRef("page__translation_key"))
            .order_by()
            .values("session__uuid")
            .annotate(seats=Count("pk"))
            .values("seats")
        )
        return self.annotate(confirmed_seats=Coalesce(Subquery(confirmed), 0))

    def chronological(self):
        return self.order_by("start", "pk")


class TrainingSession(Orderable):
    """One date of a series: when, where, how many seats."""

    class Status(models.TextChoices):
        SCHEDULED = "scheduled", _("scheduled")
        CANCELLED = "cancelled", _("cancelled")
        FULL = "full", _("fully booked")

    page = ParentalKey("trainings.TrainingSeriesPage", on_delete=models.CASCADE, related_name="sessions")
    uuid = models.UUIDField(
        _("session ID"),
        default=uuid.uuid4,
        editable=False,
        help_text=_("Identifies the session in every language, in calendars and in registration links."),
    )
    start = models.DateTimeField(_("start"), help_text=_("Date and time the session begins (Berlin time)."))
    end = models.DateTimeField(_("end"), help_text=_("Date and time the session ends; must be after the start."))
    place = models.CharField(
        _("place"),
        max_length=255,
        blank=True,
        help_text=_(
            "Venue and full address, e.g. 'Rathaus Spandau, Raum 201, Carl-Schurz-Straße 2–6, 13597 Berlin'. "
            "Leave empty for online-only sessions."
        ),
    )
    online_url = models.URLField(
        _("online link"),
        blank=True,
        help_text=_("Link to the video meeting, for online or hybrid sessions. Leave empty for on-site sessions."),
    )
    capacity = models.PositiveIntegerField(
        _("seats"),
        null=True,
        blank=True,
        help_text=_(
            "How many people can take part. Further registrations go to a waiting list. Leave empty for no limit."
        ),
    )
    registration_deadline = models.DateTimeField(
        _("registration deadline"),
        null=True,
        blank=True,
        help_text=_("Registration closes at this time. Leave empty to accept registrations until the start."),
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=Status.choices,
        default=Status.SCHEDULED,
        help_text=_(
            "Mark a session as cancelled instead of deleting it: visitors and calendars then see the "
            "cancellation. 'Fully booked' sends all new registrations to the waiting list. Deleting a session "
            "also deletes its registrations."
        ),
    )

    objects = TrainingSessionQuerySet.as_manager()

    panels = [
        FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
        FieldPanel("place"),
        FieldPanel("online_url"),
        FieldRowPanel([FieldPanel("capacity"), FieldPanel("registration_deadline")]),
        FieldPanel("status"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("session")
        verbose_name_plural = _("sessions")
        indexes = [models.Index(fields=["uuid"]), models.Index(fields=["start"])]

    def __str__(self):
        start = timezone.localtime(self.start).strftime("%d.%m.%Y %H:%M") if self.start else "?"
        return f"{self.page.title if self.page_id else ''} – {start}"

    def clean(self):
        errors = {}
        if self.start and self.end and self.end <= self.start:
            errors["end"] = _("The session must end after it starts.")
        if not self.place and not self.online_url:
            errors["place"] = _("Enter a place, an online link, or both.")
        if self.registration_deadline and self.start and self.registration_deadline > self.start:
            errors["registration_deadline"] = _("The registration deadline must not be after the start.")
        if errors:
            raise ValidationError(errors)

    # --- facts visitors see -----------------------------------------------------------------------------------

    @property
    def is_cancelled(self):
        return self.status == self.Status.CANCELLED

    def is_past(self, now=None):
        return self.end < (now or timezone.now())

    @property
    def registration_closes_at(self):
        if self.registration_deadline and self.registration_deadline < self.start:
            return self.registration_deadline
        return self.start

    def accepts_registrations(self, now=None):
        return not self.is_cancelled and (now or timezone.now()) < self.registration_closes_at

    @property
    def public(self):
        """The session as API v2, the content API and the JSON-LD show it; times in Berlin time with offset.

        Only facts: never who registered, only how many places are free (``free_places``).
        """
        return {
            "uuid": str(self.uuid),
            "start": local_isoformat(self.start),
            "end": local_isoformat(self.end),
            "place": self.place,
            "online_url": self.online_url,
            "capacity": self.capacity,
            "free_places": self.free_places,
            "status": self.status,
            "registration_closes_at": local_isoformat(self.registration_closes_at),
            "accepts_registrations": self.accepts_registrations(),
        }

    def seats_taken(self):
        """Confirmed registrations on the canonical session (annotated by ``with_free_places`` when listed)."""
        if hasattr(self, "confirmed_seats"):
            return self.confirmed_seats
        return (
            Registration.objects.confirmed()
            .filter(session__uuid=self.uuid, session__page__translation_key=self.page.translation_key)
            .count()
        )

    @property
    def free_places(self):
        """Seats still free; ``None`` when the session has no limit."""
        if self.status == self.Status.FULL:
            return 0
        if self.capacity is None:
            return None
        return max(self.capacity - self.seats_taken(), 0)

    @property
    def is_fully_booked(self):
        return self.free_places == 0

    # --- registration --------------------------------------------------------------------------------------------

    def register(self, *, name, email, language, organisation="", accessibility_needs="", consent_text="", now=None):
        """Register a visitor: a seat if one is free, else a place on the waiting list.

        Call it on the canonical session. The session row is locked (SELECT … FOR UPDATE on PostgreSQL) while the
        seats are counted, so two people taking the last seat at once cannot both get it.
        """
        email = Registration.normalise_email(email)
        try:
            with transaction.atomic():
                session = TrainingSession.objects.select_for_update(of=("self",)).select_related("page").get(pk=self.pk)
                if not session.page.live or not session.accepts_registrations(now):
                    raise RegistrationClosed
                if session.registrations.active().filter(email=email).exists():
                    raise AlreadyRegistered
                status = Registration.Status.WAITING if session.is_fully_booked else Registration.Status.CONFIRMED
                return Registration.objects.create(
                    session=session,
                    name=name,
                    email=email,
                    organisation=organisation,
                    language=language,
                    accessibility_needs=accessibility_needs,
                    status=status,
                    consent_at=timezone.now(),
                    consent_text=consent_text,
                )
        except IntegrityError as error:
            # The unique constraint caught a double submission the check above could not see yet.
            raise AlreadyRegistered from error

    def fill_free_places(self, now=None):
        """Lock the session and move people up from the waiting list into free seats; returns who moved up."""
        with transaction.atomic():
            session = TrainingSession.objects.select_for_update(of=("self",)).get(pk=self.pk)
            return session.promote_waiting(now)

    def promote_waiting(self, now=None):
        """Give free seats to the waiting list, first come first served. Call with the session row locked."""
        if self.is_cancelled or self.is_past(now):
            return []
        free = self.free_places
        waiting = self.registrations.waiting()
        if free is not None:
            waiting = waiting[:free]
        promoted = list(waiting)
        for registration in promoted:
            registration.status = Registration.Status.CONFIRMED
            registration.promoted_at = timezone.now()
            registration.save(update_fields=["status", "promoted_at"])
        return promoted


class RegistrationQuerySet(models.QuerySet):
    def active(self):
        return self.filter(status__in=[Registration.Status.CONFIRMED, Registration.Status.WAITING])

    def confirmed(self):
        return self.filter(status=Registration.Status.CONFIRMED)

    def waiting(self):
        """The waiting list in its order: who registered first moves up first."""
        return self.filter(status=Registration.Status.WAITING).order_by("created_at", "pk")

    def beyond_retention(self, days, now=None):
        """Registrations whose session ended more than ``days`` days ago: their personal data must go."""
        cutoff = (now or timezone.now()) - timedelta(days=days)
        return self.filter(session__end__lt=cutoff)


class Registration(models.Model):
    """A visitor's registration for a (canonical) session. Personal data: never in the API, purged after a while."""

    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("confirmed")
        WAITING = "waiting", _("waiting list")
        CANCELLED = "cancelled", _("cancelled")

    CANCEL_SALT = "trainings.registration.cancel"

    uuid = models.UUIDField(default=uuid.uuid4, editable=False, unique=True)
    session = models.ForeignKey(
        TrainingSession,
        verbose_name=_("session"),
        on_delete=models.CASCADE,
        related_name="registrations",
        help_text=_("The session on the German page; registrations in every language count here."),
    )
    name = models.CharField(_("name"), max_length=200, help_text=_("First and last name."))
    email = models.EmailField(_("e-mail"), max_length=254, help_text=_("Confirmation and changes go here."))
    organisation = models.CharField(
        _("organisation"), max_length=200, blank=True, help_text=_("The organisation the person comes from.")
    )
    language = models.CharField(_("language"), max_length=10, help_text=_("The language the person wants e-mails in."))
    accessibility_needs = models.TextField(
        _("accessibility needs"),
        max_length=1000,
        blank=True,
        help_text=_("What the person needs to take part, e.g. step-free access or interpretation."),
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=Status.choices,
        default=Status.CONFIRMED,
        help_text=_("Confirmed: has a seat. Waiting list: moves up when a seat becomes free."),
    )
    consent_at = models.DateTimeField(_("consent given"), help_text=_("When the person agreed to the privacy terms."))
    consent_text = models.TextField(
        _("consent text"),
        blank=True,
        help_text=_("The wording the person agreed to, in their language, and the privacy policy version."),
    )
    created_at = models.DateTimeField(_("registered"), auto_now_add=True, help_text=_("When the person registered."))
    promoted_at = models.DateTimeField(
        _("moved up"), null=True, blank=True, help_text=_("When the person moved up from the waiting list.")
    )
    cancelled_at = models.DateTimeField(
        _("cancelled"), null=True, blank=True, help_text=_("When the person cancelled.")
    )

    objects = RegistrationQuerySet.as_manager()

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["session__start", "created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["session", "email"],
                condition=models.Q(status__in=["confirmed", "waiting"]),
                name="trainings_one_active_registration_per_email",
            )
        ]

    def __str__(self):
        # No name or address: this label is what Wagtail's audit log keeps, and the log outlives the registration.
        return _("Registration %(number)s – %(session)s") % {"number": self.pk, "session": self.session}

    @staticmethod
    def normalise_email(email):
        return email.strip().lower()

    @property
    def is_active(self):
        return self.status != self.Status.CANCELLED

    def get_cancel_token(self):
        return signing.dumps(str(self.uuid), salt=self.CANCEL_SALT)

    @classmethod
    def from_cancel_token(cls, token):
        """The registration a cancel link points to, or ``None`` for a tampered or outdated link."""
        try:
            registration_uuid = signing.loads(token, salt=cls.CANCEL_SALT)
        except signing.BadSignature:
            return None
        try:
            return cls.objects.select_related("session__page").get(uuid=registration_uuid)
        except (cls.DoesNotExist, ValidationError):
            return None

    def cancel(self, now=None):
        """Cancel and give the freed seat to the waiting list. Returns the registrations that moved up."""
        with transaction.atomic():
            session = TrainingSession.objects.select_for_update(of=("self",)).get(pk=self.session_id)
            current = Registration.objects.get(pk=self.pk)
            if current.status == self.Status.CANCELLED:
                return []
            was_confirmed = current.status == self.Status.CONFIRMED
            self.status = self.Status.CANCELLED
            self.cancelled_at = timezone.now()
            self.save(update_fields=["status", "cancelled_at"])
            return session.promote_waiting(now) if was_confirmed else []
