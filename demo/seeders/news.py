"""The news demo (``data/news.yaml``): the index, authors and items dated back from the day of seeding."""

import datetime
import json

from django.utils import timezone
from wagtail.models import Page

from demo import seeding
from news.models import Author, NewsIndexPage, NewsPage, NewsPageAuthor, NewsRelatedPage


def _lead_image(title, colour, log):
    """A generated 16:9 lead image: an illustration of the network in the item's colour."""

    def paint(draw):
        seeding.paint_illustration(draw, (1200, 675), colour, title)

    return seeding.demo_image(title, colour, (1200, 675), paint, log)


def seed_news(log):
    data = seeding.content("news")
    home = seeding.german_home()
    index = seeding.index_page(home, NewsIndexPage, data["index"], log)

    authors = {}
    for spec in data["authors"]:
        author = Author.objects.filter(name=spec["name"]).first()
        if author is None:
            author = Author.objects.create(**spec)
            log(f"author: {spec['name']}")
        authors[spec["name"]] = author

    today = timezone.localdate()
    items = []
    for spec in data["items"]:
        existing = index.get_children().filter(slug=spec["slug"]).first()
        if existing is not None:
            items.append(existing.specific)
            continue
        colour = seeding.rgb(spec.get("colour"))
        image = _lead_image(f"Aktuelles: {spec['title']}", colour, log) if colour else None
        page = NewsPage(
            slug=spec["slug"],
            title=spec["title"],
            teaser=spec["teaser"],
            date=today - datetime.timedelta(days=spec["days_ago"]),
            body=json.dumps(seeding.paragraphs(spec["body"])),
            lead_image=image,
            lead_image_alt=data["lead_image_alt"] if image else "",
            author_names=spec.get("author_names", ""),
        )
        page.tags.add(*spec["tags"])
        for related in Page.objects.filter(slug__in=spec.get("related", []), locale__language_code="de"):
            page.related_pages.add(NewsRelatedPage(related_page=related))
        for name in spec.get("authors", []):
            page.news_authors.add(NewsPageAuthor(author=authors[name]))
        index.add_child(instance=page)
        page.save_revision().publish()
        log(f"news item: {spec['title']}")
        items.append(page)

    seeding.translate_all("news", [index, *items], log)
