"""Every page type's title fills in the slug while an editor types (Wagtail's TitleFieldPanel), so a first
"Publish" never fails on an empty slug hidden on another tab."""

import pytest
from wagtail.admin.panels import TitleFieldPanel, get_edit_handler
from wagtail.models import get_page_models

OUR_APPS = {"home", "directory", "trainings", "news", "resources", "exchange"}


def _panels(panel):
    yield panel
    for child in getattr(panel, "children", []):
        yield from _panels(child)


@pytest.mark.parametrize(
    "model",
    [model for model in get_page_models() if model._meta.app_label in OUR_APPS],
    ids=lambda model: model.__name__,
)
def test_the_title_of_every_page_type_autofills_the_slug(model):
    handler = get_edit_handler(model)
    title_panels = [panel for panel in _panels(handler) if getattr(panel, "field_name", None) == "title"]
    assert title_panels, f"{model.__name__} has no title field"
    assert all(isinstance(panel, TitleFieldPanel) for panel in title_panels)
