"""Small factories for the content API tests: German source pages under the demo index pages, published now."""

from datetime import timedelta
from urllib.parse import urlencode

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Locale, PageViewRestriction

from directory.models import OrganisationIndexPage, OrganisationPage, WorkingGroupIndexPage, WorkingGroupPage
from news.models import NewsIndexPage, NewsPage
from resources.models import ResourceIndexPage, ResourcePage
from trainings.models import TrainingIndexPage, TrainingSeriesPage, TrainingSession


def german(index_model):
    return index_model.objects.get(locale__language_code="de")


def publish(parent, page, live=True):
    now = timezone.now()
    page.live = live
    if live:
        page.first_published_at = page.last_published_at = now
    return parent.add_child(instance=page)


def organisation(title="Testverein Haselhorst (Demo)", **fields):
    fields.setdefault("short_description", "Ein Verein für Tests.")
    return publish(german(OrganisationIndexPage), OrganisationPage(title=title, **fields), fields.pop("live", True))


def working_group(title="AG Test", **fields):
    live = fields.pop("live", True)
    return publish(german(WorkingGroupIndexPage), WorkingGroupPage(title=title, purpose="Testen.", **fields), live)


def series(title="Testfortbildung", sessions=1, **fields):
    live = fields.pop("live", True)
    start = timezone.now() + timedelta(days=3)
    page = TrainingSeriesPage(
        title=title,
        summary="Eine Fortbildung für Tests.",
        organiser_name="NARUD e.V.",
        sessions=[
            TrainingSession(start=start + timedelta(days=day), end=start + timedelta(days=day, hours=2), capacity=10)
            for day in range(sessions)
        ],
        **fields,
    )
    return publish(german(TrainingIndexPage), page, live)


def news(title="Testmeldung", **fields):
    live = fields.pop("live", True)
    return publish(german(NewsIndexPage), NewsPage(title=title, teaser="Eine Meldung für Tests.", **fields), live)


def resource(title="Testmaterial", **fields):
    live = fields.pop("live", True)
    return publish(german(ResourceIndexPage), ResourcePage(title=title, summary="Material für Tests.", **fields), live)


def make_private(page):
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)


def translate(page, language_code, title, live=True):
    """A translation of ``page`` (published, or only a draft)."""
    translation = page.copy_for_translation(Locale.objects.get(language_code=language_code))
    translation.title = title
    revision = translation.save_revision()
    if live:
        revision.publish()
    return translation


# Query-count tests list FEW items and then MANY: a query per item would add more than twenty to the longer list.
FEW, MANY = 3, 25


def queries_for(client, url):
    """How many SQL queries answering ``url`` takes (after a warm-up request, so caches are equal)."""
    client.get(url)
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200, response.content
    return len(context)


def queries_for_full_list(client, url, limit, **query):
    """How many queries a list of ``limit`` items takes; there must be that many to list (``url`` is a list path)."""
    address = f"{url}?{urlencode({'limit': limit, **query})}"
    count = queries_for(client, address)
    assert len(client.get(address).json()["items"]) == limit
    return count


def ids(response):
    return [item["id"] for item in response.json()["items"]]
