"""The demo exchange: realistic entries of the demo organisations, in German, English and Turkish."""

import pytest
from django.utils import timezone

from exchange.models import Direction, ExchangeEntryPage

pytestmark = pytest.mark.django_db


def german_entries():
    return ExchangeEntryPage.objects.live().filter(locale__language_code="de")


def test_demo_has_at_least_twelve_entries_of_both_directions_and_several_kinds(demo_site):
    entries = german_entries()
    assert entries.count() >= 12
    assert set(entries.values_list("direction", flat=True)) == {Direction.OFFER, Direction.NEED}
    assert len(set(entries.values_list("kind", flat=True))) >= 5
    assert all(entry.organisation_id for entry in entries)


def test_demo_has_matching_pairs_and_one_expired_entry(demo_site):
    needs_with_offers = [need for need in german_entries().needs().current() if need.matches()]
    assert len(needs_with_offers) >= 3
    assert german_entries().filter(valid_until__lt=timezone.localdate()).count() == 1


@pytest.mark.parametrize("language", ["en", "tr"])
def test_every_demo_entry_is_translated(demo_site, language):
    for entry in german_entries():
        translation = entry.get_translations().filter(locale__language_code=language).first()
        assert translation is not None and translation.live, entry.title
        assert translation.specific.summary != entry.summary
