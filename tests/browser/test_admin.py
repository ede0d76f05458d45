"""Editors in a real browser: the title fills in the slug as they type, so a first save never fails on it."""

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from directory.models import OrganisationIndexPage, OrganisationPage
from news.models import NewsIndexPage, NewsPage

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

PASSWORD = "ein-langes-test-passwort"


@pytest.fixture(scope="module")
def admin_ids(demo_server, django_db_blocker):
    """A coordinator account the live server sees (committed, outside any test's transaction) and the indexes."""
    with django_db_blocker.unblock():
        get_user_model().objects.filter(username="browser-koordination").delete()
        get_user_model().objects.create_superuser("browser-koordination", "bk@example.org", PASSWORD)
        return {
            "directory": OrganisationIndexPage.objects.get(locale__language_code="de").pk,
            "news": NewsIndexPage.objects.get(locale__language_code="de").pk,
        }


@pytest.fixture
def admin_page(page, demo_server, admin_ids):
    page.goto(f"{demo_server}/admin/login/")
    page.fill("input[name=username]", "browser-koordination")
    page.fill("input[name=password]", PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url(f"{demo_server}/admin/")
    return page


@pytest.mark.parametrize(
    ("kind", "model", "title", "slug"),
    [
        ("directory", OrganisationPage, "Frauentreff Staaken", "frauentreff-staaken"),
        ("news", NewsPage, "Neue Räume im Stadtteilzentrum", "neue-räume-im-stadtteilzentrum"),
    ],
)
def test_typing_a_title_fills_in_the_slug_and_a_draft_saves_at_once(
    admin_page, demo_server, admin_ids, kind, model, title, slug
):
    page = admin_page
    page.goto(f"{demo_server}/admin/pages/add/{model._meta.app_label}/{model._meta.model_name}/{admin_ids[kind]}/")
    page.locator("#id_title").press_sequentially(title)
    expect(page.locator("#id_slug")).to_have_value(slug)
    page.locator("button.action-save").first.click()  # "Save draft"; the second saves a schedule
    page.wait_for_url(f"{demo_server}/admin/pages/*/edit/")
    expect(page.locator(".messages .success")).to_be_visible()
    assert model.objects.filter(slug=slug, live=False, locale__language_code="de").exists()
