"""The accessibility statement (BITV 2.0) and the German Sign Language page (``data/accessibility.yaml``), in every
content language with a translation."""

import json

from django.conf import settings

from demo import seeding
from home.models import HomePage, StandardPage


def seed_accessibility_pages(log):
    """The two pages under the start page; the start page is translated too where home.po leaves a language out,
    since a translated page needs its parent in that language."""
    home = HomePage.objects.get(depth=2, locale__language_code=settings.LANGUAGE_CODE)
    pages = [
        seeding.get_or_create_page(
            home,
            StandardPage,
            spec["slug"],
            log,
            title=spec["title"],
            intro=spec["intro"],
            body=json.dumps(spec["body"]),
        )
        for spec in seeding.content("accessibility")["pages"]
    ]
    seeding.translate_all("accessibility", [home, *pages], log)
