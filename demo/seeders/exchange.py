"""The exchange demo (``data/exchange.yaml``): offers and needs of the demo organisations."""

import datetime

from django.conf import settings
from django.utils import timezone

from demo import seeding
from directory.models import Language, OrganisationPage
from exchange.models import ExchangeEntryPage, ExchangeIndexPage


def seed_exchange(log):
    data = seeding.content("exchange")
    home = seeding.german_home()
    index = seeding.index_page(home, ExchangeIndexPage, data["index"], log)
    organisations = {
        page.slug: page for page in OrganisationPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
    }
    today = timezone.localdate()
    pages = []
    for spec in data["entries"]:
        existing = index.get_children().filter(slug=spec["slug"]).first()
        if existing is not None:
            pages.append(existing.specific)
            continue
        page = ExchangeEntryPage(
            slug=spec["slug"],
            title=spec["title"],
            direction=spec["direction"],
            kind=spec["kind"],
            organisation=organisations.get(spec["organisation"]),
            place=spec["place"],
            valid_until=today + datetime.timedelta(days=spec["valid_days"]),
            summary=spec["summary"],
            description=spec["description"],
        )
        page.tags.add(*spec["topics"])
        page.languages = list(Language.objects.filter(code__in=spec["languages"]))
        index.add_child(instance=page)
        page.save_revision().publish()
        log(f"exchange entry: {spec['title']}")
        pages.append(page)

    seeding.translate_all("exchange", [index, *pages], log)
