"""Thin views: parse input, call the models' methods, render. Page routes in models.py delegate here."""

import uuid

from django.http import Http404
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from django_ratelimit.decorators import ratelimit
from wagtail.models import Locale, Page, Site

from . import conf
from .emails import queue_registration_email
from .forms import RegistrationForm
from .ical import build_calendar, calendar_response
from .models import (
    AlreadyRegistered,
    Registration,
    RegistrationError,
    TrainingIndexPage,
    TrainingSeriesPage,
    TrainingSession,
)
from .structured_data import series_events


def privacy_page(request):
    """The privacy page in the visitor's language (falls back to German), found by its slug below the home page."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    home = site.root_page
    privacy = home.get_children().live().filter(slug=conf.privacy_page_slug()).first()
    return privacy.localized if privacy else None


def series_context(request, page):
    now = timezone.now()
    sessions = page.sessions_with_free_places()
    upcoming = [session for session in sessions if not session.is_past(now)]
    return {
        "upcoming_sessions": upcoming,
        "past_sessions": [session for session in reversed(sessions) if session.is_past(now)],
        "calendar_url": page.get_url(request) + "calendar.ics",
        "structured_data": series_events(page, upcoming, request),
    }


def _session_on_page(page, session_uuid):
    """This page's copy of the session (for display) and the canonical session (for seats), or 404."""
    session = next((s for s in page.sessions_with_free_places() if s.uuid == session_uuid), None)
    if session is None:
        raise Http404("No such session")
    canonical = (
        TrainingSession.objects.matching(page.translation_key, session_uuid)
        .filter(page__locale=Locale.get_default())
        .select_related("page")
        .first()
    )
    if canonical is None:
        raise Http404("No such session")
    return session, canonical


@never_cache
@ratelimit(key="ip", rate=conf.registration_rate, method="POST", block=True)
def register(request, page, session_uuid):
    session, canonical = _session_on_page(page, session_uuid)
    privacy = privacy_page(request)
    context = {"page": page, "session": session, "privacy_url": privacy.get_url(request) if privacy else ""}
    if not (canonical.page.live and canonical.accepts_registrations()):
        return render(
            request, "trainings/registration_closed.html", context, status=400 if request.method == "POST" else 200
        )
    form = RegistrationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            registration = canonical.register(
                name=data["name"],
                email=data["email"],
                organisation=data["organisation"],
                language=data["language"],
                accessibility_needs=data["accessibility_needs"],
                consent_text=form.consent_text(privacy),
            )
        except RegistrationError as error:
            form.add_error("email" if isinstance(error, AlreadyRegistered) else None, error.message)
        else:
            queue_registration_email(registration, registration.status, request)
            context["registration"] = registration
            return render(request, "trainings/registration_done.html", context)
    context["form"] = form
    return render(request, "trainings/register.html", context, status=400 if form.errors else 200)


@never_cache
def cancel(request, page):
    token = request.POST.get("token") or request.GET.get("token") or ""
    registration = Registration.from_cancel_token(token)
    context = {"page": page, "token": token, "registration": registration}
    if registration is None:
        return render(request, "trainings/cancel_invalid.html", context, status=400)
    if request.method == "POST" and registration.is_active:
        for promoted in registration.cancel():
            queue_registration_email(promoted, "promoted", request)
        queue_registration_email(registration, "cancelled", request)
        return render(request, "trainings/cancel_done.html", context)
    return render(request, "trainings/cancel.html", context)


# --- calendars: Wagtail's page URLs cannot end in ".ics", so trainings.urls routes these to the page --------------


def _page_at(request, page_path):
    """The live, public page at this path below the home page of the URL's language, like Wagtail's serve finds it."""
    site = Site.find_for_request(request)
    if site is None:
        raise Http404
    url_path = site.root_page.localized.url_path + page_path
    page = Page.objects.live().public().filter(url_path=url_path).first()
    if page is None:
        raise Http404
    return page.specific


@require_GET
def calendar_feed(request, page_path):
    page = _page_at(request, page_path)
    if isinstance(page, TrainingSeriesPage):
        sessions = [s for s in page.sessions_with_free_places() if not s.is_past()]
        for session in sessions:
            session.page = page
        return calendar_response(build_calendar(sessions, request, page.title), page.slug)
    if isinstance(page, TrainingIndexPage):
        _form, sessions = page.filtered_listing(request)
        return calendar_response(build_calendar(sessions, request, page.title), page.slug)
    raise Http404


@require_GET
def session_calendar(request, page_path, session_uuid):
    page = _page_at(request, page_path)
    if not isinstance(page, TrainingSeriesPage):
        raise Http404
    session, _canonical = _session_on_page(page, uuid.UUID(session_uuid))
    session.page = page
    name = f"{page.title} – {timezone.localtime(session.start):%d.%m.%Y}"
    return calendar_response(build_calendar([session], request, name), f"{page.slug}-{session.start:%Y-%m-%d}", True)
