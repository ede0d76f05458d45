"""Editors delete pages in the admin without an error, whatever the page type's manager adds to its queries."""

import pytest
from django.urls import reverse
from wagtail.models import Page

from directory.models import OrganisationPage
from exchange.models import ExchangeEntryPage
from home.models import StandardPage
from news.models import NewsPage
from resources.models import ResourcePage
from trainings.models import TrainingSeriesPage

pytestmark = pytest.mark.django_db

CONTENT_TYPES = [NewsPage, ResourcePage, OrganisationPage, TrainingSeriesPage, ExchangeEntryPage, StandardPage]


@pytest.mark.parametrize("model", CONTENT_TYPES, ids=lambda model: model.__name__)
def test_a_content_page_can_be_deleted_in_the_admin(admin_client, demo_site, model):
    page = model.objects.filter(locale__language_code="de").order_by("-depth", "pk").first()
    response = admin_client.post(reverse("wagtailadmin_pages:delete", args=[page.pk]))
    assert response.status_code == 302
    assert not Page.objects.filter(pk=page.pk).exists()
