"""The exchange's vocabulary on the QuerySet: current, expired, matching, and the schema.org markup."""

import datetime

import pytest
from django.utils import timezone

from exchange.models import Direction, ExchangeEntryPage, Kind, Status

pytestmark = pytest.mark.django_db


def test_current_leaves_out_expired_and_closed_entries(make_entry):
    current = make_entry("Offen")
    expired = make_entry("Abgelaufen", days=-1)
    closed = make_entry("Geschlossen", status=Status.CLOSED)
    pages = ExchangeEntryPage.objects.filter(pk__in=[current.pk, expired.pk, closed.pk])
    assert list(pages.current()) == [current]
    assert list(pages.expired()) == [expired]


def test_a_need_is_matched_with_open_offers_of_the_same_kind_best_first(make_entry, make_organisation):
    need = make_entry(
        "Dolmetscherin Dari gesucht",
        direction=Direction.NEED,
        kind=Kind.INTERPRETING,
        topics=["Bildung"],
        languages=["fa"],
        place="haselhorst",
    )
    topic_and_language = make_entry(
        "Sprachmittlung Dari", kind=Kind.INTERPRETING, topics=["Bildung"], languages=["fa"], place="kladow"
    )
    online_only = make_entry("Sprachmittlung per Video", kind=Kind.INTERPRETING, place="online")
    others = [
        make_entry("Raum frei", kind=Kind.ROOM, topics=["Bildung"], languages=["fa"]),  # another kind
        make_entry("Nichts gemeinsam", kind=Kind.INTERPRETING, topics=["Sport"], languages=["pl"], place="gatow"),
        make_entry("Abgelaufen", kind=Kind.INTERPRETING, topics=["Bildung"], days=-3),
        make_entry("Eigenes Angebot", kind=Kind.INTERPRETING, topics=["Bildung"], organisation=need.organisation),
    ]
    mine = [topic_and_language.pk, online_only.pk, *(page.pk for page in others)]

    matches = list(ExchangeEntryPage.objects.live().offers_matching(need).filter(pk__in=mine))

    assert matches == [topic_and_language, online_only]
    assert matches[0].score > matches[1].score


def test_an_offer_has_no_matches(make_entry):
    assert make_entry(kind=Kind.ROOM).matches() == []


def test_an_offer_is_marked_up_as_a_schema_org_offer_by_the_organisation(make_entry, rf):
    offer = make_entry("Saal frei", place="spandau")
    data = offer.structured_data(rf.get("/"))
    assert data["@type"] == "Offer"
    assert data["offeredBy"]["name"] == offer.organisation.title
    assert data["validThrough"] == offer.valid_until.isoformat()
    assert data["areaServed"]["name"] == "Spandau, Berlin-Spandau"


def test_a_need_is_marked_up_as_the_organisation_seeking_a_demand(make_entry, rf):
    need = make_entry("Beamer gesucht", direction=Direction.NEED, kind=Kind.EQUIPMENT)
    data = need.structured_data(rf.get("/"))
    assert data["@type"] == "Organization"
    assert data["seeks"]["@type"] == "Demand"


def test_an_expired_entry_takes_no_contact(make_entry):
    entry = make_entry()
    entry.valid_until = timezone.localdate() - datetime.timedelta(days=1)
    assert not entry.accepts_contact
