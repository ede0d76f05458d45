"""The page types a visitor meets, as paths on the demo site, found in the database rather than hard-coded."""

from django.conf import settings
from wagtail.models import Page

# (name, page model "app.Model" whose first live German page stands for the type, or a fixed path)
PAGE_TYPES = [
    ("home", None, "/"),
    ("standard page", None, "/ueber-die-initiative/"),
    ("accessibility statement", None, "/barrierefreiheit/"),
    ("sign language", None, "/gebaerdensprache/"),
    ("organisation directory", "directory.OrganisationIndexPage", None),
    ("organisation", "directory.OrganisationPage", None),
    ("working groups", "directory.WorkingGroupIndexPage", None),
    ("working group", "directory.WorkingGroupPage", None),
    ("programme", "trainings.TrainingIndexPage", None),
    ("training series", "trainings.TrainingSeriesPage", None),
    ("news", "news.NewsIndexPage", None),
    ("news item", "news.NewsPage", None),
    ("resource library", "resources.ResourceIndexPage", None),
    ("resource", "resources.ResourcePage", None),
    ("search", None, "/search/?q=Förderung"),
    ("not found", None, "/gibt-es-nicht/"),
]


def page_type_paths():
    """``{name: path below the language prefix}`` for every page type (German slugs; other languages redirect)."""
    from django.apps import apps

    paths = {}
    for name, model_label, path in PAGE_TYPES:
        if path is None:
            model = apps.get_model(model_label)
            page = model.objects.live().filter(locale__language_code=settings.LANGUAGE_CODE).order_by("path").first()
            path = Page.objects.get(pk=page.pk).url_path.split("/", 2)[2]  # drop "/home/"
            path = "/" + path
        paths[name] = path
    return paths
