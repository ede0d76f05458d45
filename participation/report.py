"""The funders' report: what the platform reached, per quarter and per year, counts only.

Figures come read-only from the domain apps' querysets, each only when its app is installed (this is a plugin:
a site without trainings simply has no training rows). Registrations are counted from ``RegistrationTally``
as well, which keeps the counts after ``purge_registrations`` deleted the personal data.
"""

import datetime
from dataclasses import dataclass, field

from django.apps import apps
from django.db.models import Count, Q, Sum
from django.utils import timezone
from django.utils.translation import gettext as _

from home import languages, localization

from .models import PageViewCount, RegistrationTally


@dataclass
class Period:
    label: str
    start: datetime.date  # first day
    end: datetime.date  # day after the last day

    @property
    def start_at(self):
        return timezone.make_aware(datetime.datetime.combine(self.start, datetime.time.min))

    @property
    def end_at(self):
        return timezone.make_aware(datetime.datetime.combine(self.end, datetime.time.min))


@dataclass
class Row:
    label: str
    values: list  # one per period
    group: str = ""


@dataclass
class Report:
    year: int
    periods: list
    rows: list = field(default_factory=list)

    def as_rows(self):
        """Header and figures as spreadsheet rows."""
        return [[_("Figure"), *(period.label for period in self.periods)]] + [
            [row.label, *row.values] for row in self.rows
        ]


def periods_of(year):
    quarters = [
        Period(_("Q%(quarter)s %(year)s") % {"quarter": number, "year": year}, datetime.date(year, month, 1), end)
        for number, (month, end) in enumerate(
            [
                (1, datetime.date(year, 4, 1)),
                (4, datetime.date(year, 7, 1)),
                (7, datetime.date(year, 10, 1)),
                (10, datetime.date(year + 1, 1, 1)),
            ],
            start=1,
        )
    ]
    return [*quarters, Period(str(year), datetime.date(year, 1, 1), datetime.date(year + 1, 1, 1))]


def _source_pages(model_label):
    """Live German pages of a page type, or None when its app is not installed."""
    app_label, model_name = model_label.split(".")
    if not apps.is_installed(app_label):
        return None
    model = apps.get_model(app_label, model_name)
    return model.objects.live().filter(locale__language_code=localization.SOURCE_LANGUAGE)


def _language_name(code):
    language = languages.BY_CODE.get(code)
    return str(language.name) if language else code


def _first_published_in(pages, period):
    return pages.filter(first_published_at__gte=period.start_at, first_published_at__lt=period.end_at)


def build_report(year, now=None):
    now = now or timezone.now()
    periods = periods_of(year)
    report = Report(year=year, periods=periods)

    def add(label, func, group):
        report.rows.append(Row(label, [func(period) for period in periods], group))

    organisations = _source_pages("directory.OrganisationPage")
    if organisations is not None:
        add(
            _("Organisations listed (at the end of the period)"),
            lambda p: organisations.filter(first_published_at__lt=p.end_at).count(),
            _("Network"),
        )
        add(
            _("Organisations newly listed"),
            lambda p: _first_published_in(organisations, p).count(),
            _("Network"),
        )
    groups = _source_pages("directory.WorkingGroupPage")
    if groups is not None:
        add(
            _("Working groups (at the end of the period)"),
            lambda p: groups.filter(first_published_at__lt=p.end_at).count(),
            _("Network"),
        )

    if apps.is_installed("trainings"):
        session_model = apps.get_model("trainings", "TrainingSession")
        held = (
            session_model.objects.canonical()
            .exclude(status=session_model.Status.CANCELLED)
            .filter(end__lt=now, page__live=True)
        )

        def sessions_in(period):
            return held.filter(end__gte=period.start_at, end__lt=period.end_at)

        add(_("Training sessions held"), lambda p: sessions_in(p).count(), _("Trainings"))
        add(
            _("Participants (confirmed registrations of sessions held)"),
            lambda p: RegistrationTally.total(session_uuids=sessions_in(p).values("uuid"), field="participants"),
            _("Trainings"),
        )
        content = [language.code for language in localization.content_languages()]
        codes = content + sorted(set(RegistrationTally.objects.values_list("language", flat=True)) - set(content))
        for code in codes:
            add(
                _("Registrations in %(language)s") % {"language": _language_name(code)},
                lambda p, code=code: RegistrationTally.total(
                    session_uuids=sessions_in(p).values("uuid"), field="registrations", language=code
                ),
                _("Registrations per language (sessions held in the period)"),
            )

    views = PageViewCount.objects.all()
    for code in (language.code for language in localization.content_languages()):
        add(
            _("Page views in %(language)s") % {"language": _language_name(code)},
            lambda p, code=code: (
                views.filter(language=code, day__gte=p.start, day__lt=p.end).aggregate(total=Sum("views"))["total"] or 0
            ),
            _("Page views per language"),
        )

    entries = _source_pages("exchange.ExchangeEntryPage")
    if entries is not None:
        offers, needs = entries.filter(direction="offer"), entries.filter(direction="need")
        add(_("Exchange offers published"), lambda p: _first_published_in(offers, p).count(), _("Exchange"))
        add(_("Exchange needs published"), lambda p: _first_published_in(needs, p).count(), _("Exchange"))
        # The exchange keeps no date of agreement: an entry counts in the period its "agreed" status was published.
        add(
            _("Exchange entries agreed (a partner was found)"),
            lambda p: entries.filter(
                status="agreed", last_published_at__gte=p.start_at, last_published_at__lt=p.end_at
            ).count(),
            _("Exchange"),
        )
    return report


def record_registration_tallies():
    """Copy today's registration counts per session and language into RegistrationTally (counts only).

    Idempotent; counts never go down, so the purge of registrations after a session does not shrink the report.
    Returns the number of rows changed.
    """
    if not apps.is_installed("trainings"):
        return 0
    registration_model = apps.get_model("trainings", "Registration")
    rows = (
        registration_model.objects.exclude(status=registration_model.Status.CANCELLED)
        .values("session__uuid", "session__start", "session__end", "language")
        .annotate(
            registrations=Count("pk"),
            participants=Count("pk", filter=Q(status=registration_model.Status.CONFIRMED)),
        )
        .order_by()
    )
    changed = 0
    for row in rows:
        tally, created = RegistrationTally.objects.get_or_create(
            session_uuid=row["session__uuid"],
            language=row["language"],
            defaults={
                "session_start": row["session__start"],
                "session_end": row["session__end"],
                "registrations": row["registrations"],
                "participants": row["participants"],
            },
        )
        if created:
            changed += 1
            continue
        updated = {
            "session_start": row["session__start"],
            "session_end": row["session__end"],
            "registrations": max(tally.registrations, row["registrations"]),
            "participants": max(tally.participants, row["participants"]),
        }
        if any(getattr(tally, name) != value for name, value in updated.items()):
            for name, value in updated.items():
                setattr(tally, name, value)
            tally.save()
            changed += 1
    return changed
