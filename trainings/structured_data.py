"""schema.org Event data for search engines, built as Python dicts (never hand-written JSON in a template)."""

from .links import absolute_url

SCHEMA = "https://schema.org/"


def _location(session):
    locations = []
    if session.place:
        locations.append({"@type": "Place", "name": session.place, "address": session.place})
    if session.online_url:
        locations.append({"@type": "VirtualLocation", "url": session.online_url})
    return locations[0] if len(locations) == 1 else locations


def _attendance_mode(session):
    if session.place and session.online_url:
        return SCHEMA + "MixedEventAttendanceMode"
    return SCHEMA + ("OnlineEventAttendanceMode" if session.online_url else "OfflineEventAttendanceMode")


def session_event(page, session, request, image_url=None):
    page_url = absolute_url(page, request)
    public = session.public
    event = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": page.title,
        "description": page.summary,
        "url": page_url,
        "startDate": public["start"],
        "endDate": public["end"],
        "eventStatus": SCHEMA + ("EventCancelled" if session.is_cancelled else "EventScheduled"),
        "eventAttendanceMode": _attendance_mode(session),
        "location": _location(session),
        "organizer": {"@type": "Organization", "name": page.organiser_display_name},
        "inLanguage": list(page.languages),
        "isAccessibleForFree": page.is_free,
        "offers": {
            "@type": "Offer",
            "price": f"{page.fee:.2f}",
            "priceCurrency": "EUR",
            "url": absolute_url(page, request, f"register/{session.uuid}/"),
            "availability": SCHEMA + ("SoldOut" if session.is_fully_booked else "InStock"),
            "validThrough": public["registration_closes_at"],
        },
    }
    if page.organiser_page:
        event["organizer"]["url"] = page.organiser_page.get_full_url(request)
    elif page.organiser_url:
        event["organizer"]["url"] = page.organiser_url
    if page.trainer_list():
        event["performer"] = [{"@type": "Person", "name": name} for name in page.trainer_list()]
    if image_url:
        event["image"] = [image_url]
    return event


def series_events(page, sessions, request):
    """One Event per upcoming session of ``page``."""
    image_url = None
    if page.image_id:
        image_url = request.build_absolute_uri(page.image.get_rendition("fill-1200x630").url)
    return [session_event(page, session, request, image_url) for session in sessions]
