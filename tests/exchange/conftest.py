"""Small factories for exchange tests: organisations and entries of their own, below the demo's German exchange."""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import Locale

from directory.models import Language, OrganisationIndexPage, OrganisationPage
from exchange.models import Direction, ExchangeEntryPage, ExchangeIndexPage, Kind


@pytest.fixture
def exchange(demo_site):
    return ExchangeIndexPage.objects.get(locale__language_code="de")


@pytest.fixture
def make_organisation(demo_site):
    index = OrganisationIndexPage.objects.get(locale__language_code="de")
    counter = {"n": 0}

    def make(title=None, email=None, **fields):
        counter["n"] += 1
        title = title or f"Testverein {counter['n']}"
        page = OrganisationPage(
            title=title,
            slug=f"testverein-{counter['n']}",
            short_description="Ein Verein für Tests.",
            email=email or f"verein{counter['n']}@example.org",
            **fields,
        )
        index.add_child(instance=page)
        page.save_revision().publish()
        return page

    return make


@pytest.fixture
def make_entry(exchange, make_organisation):
    counter = {"n": 0}

    def make(title=None, *, organisation=None, topics=(), languages=(), live=True, days=30, **fields):
        counter["n"] += 1
        title = title or f"Testeintrag {counter['n']}"
        page = ExchangeEntryPage(
            title=title,
            slug=f"testeintrag-{counter['n']}",
            summary=fields.pop("summary", f"Kurz: {title}"),
            direction=fields.pop("direction", Direction.OFFER),
            kind=fields.pop("kind", Kind.ROOM),
            organisation=organisation or make_organisation(),
            valid_until=timezone.localdate() + datetime.timedelta(days=days),
            live=live,
            **fields,
        )
        page.tags.add(*topics)
        page.languages = list(Language.objects.filter(code__in=languages))
        exchange.add_child(instance=page)
        if live:
            page.save_revision().publish()
        return ExchangeEntryPage.objects.get(pk=page.pk)

    return make


@pytest.fixture
def translate():
    """An English translation of an entry, published, as wagtail-localize's "Translate" makes it."""

    def make(page, title):
        english = Locale.objects.get(language_code="en")
        parent = page.get_parent().specific.get_translation(english)
        translation = page.copy_for_translation(english, copy_parents=False)
        translation.title = title
        translation.slug = page.slug + "-en"
        translation.save_revision().publish()
        assert translation.get_parent().pk == parent.pk
        return ExchangeEntryPage.objects.get(pk=translation.pk)

    return make
