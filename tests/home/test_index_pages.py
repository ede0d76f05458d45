"""The shared shape of listing pages: one context vocabulary, invalid filters ignored one way, own help texts."""

import pytest

from directory.models import OrganisationIndexPage, WorkingGroupIndexPage
from exchange.models import ExchangeIndexPage
from home.index_pages import IndexPage
from news.models import NewsIndexPage
from resources.models import ResourceIndexPage
from trainings.models import TrainingIndexPage

INDEX_PAGES = [
    OrganisationIndexPage,
    WorkingGroupIndexPage,
    NewsIndexPage,
    ResourceIndexPage,
    TrainingIndexPage,
    ExchangeIndexPage,
]
# The filtered ones, with a choice field each
TOPIC_FIELDS = [
    (OrganisationIndexPage, "topic"),
    (NewsIndexPage, "tag"),
    (ResourceIndexPage, "topic"),
    (TrainingIndexPage, "topic"),
    (ExchangeIndexPage, "topic"),
]


def german_url(model):
    return model.objects.live().get(locale__language_code="de").url


@pytest.mark.parametrize("model", INDEX_PAGES, ids=lambda model: model.__name__)
def test_every_index_page_gives_its_template_the_same_names(client, demo_site, model):
    response = client.get(german_url(model))
    assert response.status_code == 200
    for name in ("filter_form", "items", "paginator", "querystring", "is_filtered"):
        assert name in response.context, name
    assert list(response.context["items"]), "the demo lists something on every index page"


@pytest.mark.parametrize(("model", "field"), TOPIC_FIELDS, ids=lambda value: getattr(value, "__name__", value))
def test_an_unknown_filter_value_is_ignored_and_reported_not_an_error(client, demo_site, model, field):
    url = german_url(model)
    unfiltered = client.get(url).context["paginator"].count
    response = client.get(url, {field: "gibt-es-nicht"})
    assert response.status_code == 200
    form = response.context["filter_form"]
    assert field in form.errors
    assert form.filters == {}
    assert response.context["is_filtered"] is False
    assert response.context["paginator"].count == unfiltered
    assert "einen Wert, den wir nicht kennen" in response.content.decode()


def test_pagination_and_export_links_keep_only_the_filters_that_were_understood(client, demo_site):
    response = client.get("/de/organisationen/", {"neighbourhood": "kladow", "topic": "gibt-es-nicht", "page": "2"})
    assert response.context["querystring"] == "neighbourhood=kladow"
    assert response.context["is_filtered"] is True


def test_each_index_page_keeps_its_own_introduction_help_text():
    help_texts = {str(model._meta.get_field("intro").help_text) for model in INDEX_PAGES}
    assert len(help_texts) == len(INDEX_PAGES)
    assert str(IndexPage.intro_help_text) not in help_texts


def test_the_programme_allows_a_longer_introduction_than_the_other_index_pages():
    assert TrainingIndexPage._meta.get_field("intro").max_length == 600
    assert {model._meta.get_field("intro").max_length for model in INDEX_PAGES if model is not TrainingIndexPage} == {
        500
    }


def test_index_pages_under_the_organisation_rule_keep_its_admin_form():
    from directory.permissions import OrganisationScopedPageForm
    from home.forms import SitePageForm

    assert issubclass(NewsIndexPage.base_form_class, OrganisationScopedPageForm)
    assert WorkingGroupIndexPage.base_form_class is SitePageForm
