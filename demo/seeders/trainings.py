"""The trainings demo (``data/trainings.yaml``): the programme and its series, with sessions relative to the day of
seeding, so a fresh demo always has upcoming dates and an archive."""

import json
from datetime import datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from django.utils import timezone

from demo import seeding
from demo.seeders.directory import link_organisation
from trainings.models import TrainingIndexPage, TrainingSeriesPage, TrainingSeriesTag, TrainingSession

BERLIN = ZoneInfo("Europe/Berlin")


def _sessions(spec, data):
    """The series' sessions: each ``days`` from today at its Berlin wall-clock ``start``."""
    sessions = []
    for session in spec["sessions"]:
        start = datetime.combine(
            timezone.localdate() + timedelta(days=session["days"]), time.fromisoformat(session["start"]), tzinfo=BERLIN
        )
        sessions.append(
            TrainingSession(
                start=start,
                end=start + timedelta(hours=session["hours"]),
                place=data["places"][session["place"]] if "place" in session else "",
                online_url=data["online_url"] if session.get("online") else "",
                capacity=session.get("capacity"),
                status=session.get("status", TrainingSession.Status.SCHEDULED),
            )
        )
    return sessions


def _series_image(title, colour, log):
    """A generated series picture: an illustration of the network in the series' colour."""

    def paint(draw):
        seeding.paint_illustration(draw, (1200, 630), colour, title)

    return seeding.demo_image(title, colour, (1200, 630), paint, log)


def _demo_registrations(page, spec, log):
    """Sessions with ``registrations`` get that many demo participants (beyond the capacity: a waiting list)."""
    sessions = TrainingSession.objects.filter(page=page).order_by("start")
    for session, session_spec in zip(sessions, sorted(spec["sessions"], key=lambda s: s["days"]), strict=True):
        count = session_spec.get("registrations", 0)
        if not count or session.registrations.exists():
            continue
        for number in range(1, count + 1):
            session.register(
                name=f"Demo-Teilnehmer*in {number}",
                email=f"demo-{number}@example.org",
                language="de",
                organisation="Beispielverein Spandau (Demo)",
            )
        log(f"demo registrations: {page.title}")


def seed_trainings(log):
    data = seeding.content("trainings")
    home = seeding.german_home()
    index = seeding.index_page(home, TrainingIndexPage, data["index"], log)
    pages = []
    for spec in data["series"]:
        fields = {
            key: spec[key] for key in spec if key not in {"slug", "body", "tags", "colour", "sessions", "organiser"}
        }
        fields.update(
            description=json.dumps(seeding.paragraphs(spec["body"])),
            fee=Decimal(spec.get("fee", "0")),
            image=_series_image(spec["title"], seeding.rgb(spec["colour"]), log),
            sessions=_sessions(spec, data),
            tagged_items=[TrainingSeriesTag(tag=seeding.tag(name)) for name in spec["tags"]],
        )
        pages.append(seeding.get_or_create_page(index, TrainingSeriesPage, spec["slug"], log, **fields))
    for page, spec in zip(pages, data["series"], strict=True):
        _demo_registrations(page, spec, log)
    for spec in data["series"]:
        if "organiser" in spec:
            link_organisation(
                TrainingSeriesPage,
                spec["slug"],
                spec["organiser"],
                "organiser",
                log,
                organiser_name="",
                organiser_url="",
            )
    seeding.translate_all("trainings", [index, *pages], log)
