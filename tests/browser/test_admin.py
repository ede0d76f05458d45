"""Editors in a real browser: the title fills in the slug as they type; a profile with a logo goes live."""

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
    admin_page, demo_server, admin_ids, remove_pages_afterwards, kind, model, title, slug
):
    remove_pages_afterwards.append(slug)
    page = admin_page
    page.goto(f"{demo_server}/admin/pages/add/{model._meta.app_label}/{model._meta.model_name}/{admin_ids[kind]}/")
    page.locator("#id_title").press_sequentially(title)
    expect(page.locator("#id_slug")).to_have_value(slug)
    page.locator("button.action-save").first.click()  # "Save draft"; the second saves a schedule
    page.wait_for_url(f"{demo_server}/admin/pages/*/edit/")
    expect(page.locator(".messages .success")).to_be_visible()
    assert model.objects.filter(slug=slug, live=False, locale__language_code="de").exists()


def test_a_coordinator_creates_an_organisation_with_a_logo_publishes_it_and_finds_it_on_the_site(
    admin_page, demo_server, admin_ids, remove_pages_afterwards, tmp_path
):
    remove_pages_afterwards.append("nachbarschaftsverein-hakenfelde")
    from PIL import Image

    logo = tmp_path / "logo-hakenfelde.png"
    Image.new("RGB", (240, 240), (150, 30, 90)).save(logo)
    page = admin_page
    page.goto(f"{demo_server}/admin/pages/add/directory/organisationpage/{admin_ids['directory']}/")
    page.locator("#id_title").press_sequentially("Nachbarschaftsverein Hakenfelde")
    page.fill("#id_short_description", "Treffpunkt für Familien aus aller Welt in Hakenfelde.")

    # The logo, uploaded through Wagtail's image chooser
    page.locator("[data-chooser-action-choose]").first.click()
    modal = page.locator(".modal-dialog")
    modal.locator("a[href='#tab-upload']").click()
    modal.locator("input[type=file]").set_input_files(str(logo))
    modal.locator("#id_image-chooser-upload-title").fill("Logo Nachbarschaftsverein Hakenfelde")
    modal.locator("form button[type=submit], form input[type=submit]").last.click()
    expect(page.locator(".modal-dialog")).to_have_count(0)
    expect(page.locator("[data-chooser-title]").first).to_contain_text("Logo Nachbarschaftsverein Hakenfelde")

    # Publish from the footer's action menu
    page.locator("footer [data-w-dropdown-target=toggle], footer .dropdown-toggle").first.click()
    page.locator("button[name=action-publish]").click()
    page.wait_for_url(f"{demo_server}/admin/pages/{admin_ids['directory']}/")

    page.goto(f"{demo_server}/de/organisationen/nachbarschaftsverein-hakenfelde/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Nachbarschaftsverein Hakenfelde")
    logo_img = page.locator("main img").first
    expect(logo_img).to_be_visible()
    assert logo_img.evaluate("img => img.naturalWidth") > 0  # the rendition was made and served
