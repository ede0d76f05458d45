"""Small helpers for news tests: the demo news index and a factory for more items."""

import datetime
import json

import pytest
from wagtail.models import Locale

from news.models import NewsIndexPage, NewsPage


@pytest.fixture
def news_index(demo_site):
    return NewsIndexPage.objects.get(locale__language_code="de")


@pytest.fixture
def make_news(news_index):
    counter = {"n": 0}

    def make(title=None, *, date=None, tags=(), parent=None, image=None, alt="", live=True, **fields):
        counter["n"] += 1
        title = title or f"Testmeldung {counter['n']}"
        page = NewsPage(
            title=title,
            slug=f"testmeldung-{counter['n']}",
            teaser=fields.pop("teaser", f"Kurzfassung von {title}"),
            date=date or datetime.date(2026, 11, 1),
            lead_image=image,
            lead_image_alt=alt,
            body=json.dumps([{"type": "paragraph", "value": f"<p>Text von {title}</p>"}]),
            live=live,
            **fields,
        )
        page.tags.add(*tags)
        (parent or news_index).add_child(instance=page)
        if live:
            page.save_revision().publish()
        return page

    return make


@pytest.fixture
def english_news_index(news_index):
    return news_index.get_translation(Locale.objects.get(language_code="en"))
