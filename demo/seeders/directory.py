"""The directory's demo (``data/directory.yaml``): organisations and working groups with meetings relative to the
day of seeding; then the roles and, in development, a demo login for each."""

import datetime
from decimal import Decimal

from django.conf import settings
from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents import get_document_model

from demo import seeding
from directory.models import (
    Language,
    OrganisationIndexPage,
    OrganisationPage,
    OrganisationSocialLink,
    OrganisationTopic,
    WorkingGroupIndexPage,
    WorkingGroupMeeting,
    WorkingGroupMembership,
    WorkingGroupPage,
    WorkingGroupTopic,
)

# Demo users, one per role (README: "Demo logins"). Only with DEBUG on: their password is published.
DEMO_PASSWORD = "migraktiv-demo"  # noqa: S105 - documented dev-only login
DEMO_ORGANISATION_EDITORS = {
    "redaktion-kulturforum": "kulturforum-anatolien-spandau",
    "redaktion-nachbarschaft": "nachbarschaftsbruecke-wilhelmstadt",
}


def _logo(title, colour, log):
    """A generated logo: the organisation's initials in a circle on its colour."""
    initials = "".join(word[0] for word in title.replace("-", " ").split()[:2]).upper()

    def paint(draw):
        draw.ellipse((30, 30, 210, 210), outline=(255, 255, 255), width=8)
        draw.text((120, 120), initials, fill=(255, 255, 255), anchor="mm", font_size=72)

    return seeding.demo_image(f"Logo {title}", colour, (240, 240), paint, log)


def _minutes(group_title, when, agenda, log):
    """The minutes of a past meeting: a small text document listing the agenda."""
    document_model = get_document_model()
    title = f"Protokoll {group_title} {when:%d.%m.%Y}"
    existing = document_model.objects.filter(title=title).first()
    if existing is not None:
        return existing
    items = "".join(f"{number}. {item}\n" for number, item in enumerate(agenda, start=1))
    text = f"Protokoll – {group_title}, {when:%d.%m.%Y}\n\n{items}"
    document = document_model(title=title)
    document.file.save(f"protokoll-{when:%Y-%m-%d}.txt", ContentFile(text.encode("utf-8")), save=False)
    document.save()
    log(f"document: {title}")
    return document


def _meetings(group, plan, log):
    """The group's meetings, ``plan["weeks_from_today"]`` from today: past ones with minutes, upcoming ones online."""
    today = timezone.localdate()
    berlin = timezone.get_current_timezone()
    starts = datetime.time.fromisoformat(plan["time"])
    meetings = []
    for weeks in plan["weeks_from_today"]:
        day = today + datetime.timedelta(weeks=weeks)
        starts_at = datetime.datetime.combine(day, starts, tzinfo=berlin)
        meetings.append(
            WorkingGroupMeeting(
                starts_at=starts_at,
                ends_at=starts_at + datetime.timedelta(hours=plan["hours"]),
                place=group["place"],
                online_url=plan["online_url"] if weeks > 0 else "",
                agenda="<ul>" + "".join(f"<li>{item}</li>" for item in plan["agenda"]) + "</ul>",
                minutes=_minutes(group["title"], day, plan["agenda"], log) if weeks < 0 else None,
            )
        )
    return meetings


def seed_directory(log):
    data = seeding.content("directory")
    Language.sync_with_constants()
    seeding.ensure_root_collection()  # the meeting minutes are documents
    home = seeding.german_home()
    organisation_index = seeding.index_page(home, OrganisationIndexPage, data["organisation_index"], log)
    group_index = seeding.index_page(home, WorkingGroupIndexPage, data["working_group_index"], log)

    organisations = {}
    for spec in data["organisations"]:
        existing = organisation_index.get_children().filter(slug=spec["slug"]).first()
        if existing is not None:
            organisations[spec["slug"]] = existing.specific
            continue
        fields = {key: spec[key] for key in spec if key not in {"slug", "colour", "topics", "languages", "social"}}
        fields.update(
            description=seeding.rich_text(spec["description"]),
            latitude=Decimal(spec["latitude"]),
            longitude=Decimal(spec["longitude"]),
            logo=_logo(spec["title"], seeding.rgb(spec["colour"]), log),
            tagged_items=[OrganisationTopic(tag=seeding.tag(name)) for name in spec["topics"]],
            languages=list(Language.objects.filter(code__in=spec["languages"])),
            social_links=[OrganisationSocialLink(**link) for link in spec["social"]],
        )
        organisations[spec["slug"]] = seeding.get_or_create_page(
            organisation_index, OrganisationPage, spec["slug"], log, **fields
        )

    groups = []
    for spec in data["working_groups"]:
        existing = group_index.get_children().filter(slug=spec["slug"]).first()
        if existing is not None:
            groups.append(existing.specific)
            continue
        fields = {key: spec[key] for key in spec if key not in {"slug", "topics", "members", "place"}}
        fields.update(
            description=seeding.rich_text(spec["description"]),
            how_to_join=seeding.rich_text([spec["how_to_join"]]),
            tagged_items=[WorkingGroupTopic(tag=seeding.tag(name)) for name in spec["topics"]],
            memberships=[WorkingGroupMembership(organisation=organisations[slug]) for slug in spec["members"]],
            meetings=_meetings(spec, data["meetings"], log),
        )
        groups.append(seeding.get_or_create_page(group_index, WorkingGroupPage, spec["slug"], log, **fields))

    seeding.translate_all("directory", [organisation_index, group_index, *organisations.values(), *groups], log)


def link_organisation(model, slug, organisation_slug, field, log, **cleared):
    """Point the German page ``slug``'s ``field`` at a demo organisation, clearing the free-text ``cleared`` fields
    it replaces; once (a page already linked is left as it is)."""
    page = model.objects.filter(slug=slug, locale__language_code=settings.LANGUAGE_CODE).first()
    organisation = OrganisationPage.objects.filter(
        slug=organisation_slug, locale__language_code=settings.LANGUAGE_CODE
    ).first()
    if page is None or organisation is None or getattr(page, f"{field}_id"):
        return
    setattr(page, field, organisation)
    for name, value in cleared.items():
        setattr(page, name, value)
    page.save_revision().publish()
    log(f"{field.replace('_', ' ')} of {page.title}: {organisation.title}")


def seed_roles(log):
    """The roles (after every app's index pages exist) and, in development, a demo user for each."""
    from directory.roles import setup_roles

    setup_roles()
    if settings.DEBUG:
        seed_demo_users(log)


def seed_demo_users(log):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from directory.roles import COORDINATORS, REVIEWERS, ensure_organisation_group
    from home.translation import translator_group_name

    groups = {
        "koordination": Group.objects.filter(name=COORDINATORS).first(),
        "uebersetzung-en": Group.objects.filter(name=translator_group_name("en")).first(),
        "pruefung": Group.objects.filter(name=REVIEWERS).first(),
    }
    for username, slug in DEMO_ORGANISATION_EDITORS.items():
        organisation = OrganisationPage.objects.filter(slug=slug, locale__language_code="de").first()
        groups[username] = ensure_organisation_group(organisation).group if organisation else None
    users = get_user_model().objects
    for username, group in groups.items():
        if group is None or users.filter(username=username).exists():
            continue
        user = users.create_user(username=username, email=f"{username}@example.org", password=DEMO_PASSWORD)
        user.groups.add(group)
        log(f"demo user: {username} / {DEMO_PASSWORD} ({group.name})")
