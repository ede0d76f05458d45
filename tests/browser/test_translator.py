"""A translator in a real browser: translates a page in wagtail-localize's editor, publishes it, readers see it."""

import pytest
from django.db import transaction
from playwright.sync_api import expect
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from demo.seeders.directory import DEMO_PASSWORD, seed_demo_users
from home.models import HomePage, StandardPage

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


@pytest.fixture(scope="module")
def english_draft(demo_server, django_db_blocker):
    """A German page an editor has sent for English translation: wagtail-localize made an untranslated draft."""
    with django_db_blocker.unblock():
        seed_demo_users(lambda line: None)  # "uebersetzung-en", the English translators' demo login
        home = HomePage.objects.get(depth=2, locale__language_code="de")
        german = StandardPage.objects.filter(slug="sprechstunde-im-rathaus").first()
        if german is None:
            german = home.add_child(
                instance=StandardPage(
                    title="Sprechstunde im Rathaus", slug="sprechstunde-im-rathaus", intro="Jeden Dienstag."
                )
            )
            german.save_revision().publish()
        with transaction.atomic():
            source, _created = TranslationSource.get_or_create_from_instance(german)
            translation, _created = Translation.objects.get_or_create(
                source=source, target_locale=Locale.objects.get(language_code="en"), defaults={"enabled": True}
            )
            translation.save_target(publish=False)
        return german.get_translation(Locale.objects.get(language_code="en"))


def test_a_translator_translates_a_page_in_the_editor_and_publishes_it(
    browser, demo_server, english_draft, remove_pages_afterwards
):
    remove_pages_afterwards.append("sprechstunde-im-rathaus")
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
    page = context.new_page()
    page.goto(f"{demo_server}/admin/login/")
    page.fill("input[name=username]", "uebersetzung-en")
    page.fill("input[name=password]", DEMO_PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url(f"{demo_server}/admin/")

    page.goto(f"{demo_server}/admin/pages/{english_draft.pk}/edit/")
    for german, english in [
        ("Sprechstunde im Rathaus", "Office hours at the town hall"),
        ("Jeden Dienstag.", "Every Tuesday."),
    ]:
        segment = page.locator("li", has_text=german).last
        segment.get_by_role("button", name="Translate").click()
        segment.locator("textarea").fill(english)
        segment.get_by_role("button", name="Save").click()
        expect(page.locator("li", has_text=english).last).to_be_visible()
    page.locator(
        "footer [data-w-dropdown-target=toggle], footer .dropdown-toggle, footer button[aria-label]"
    ).first.click()
    page.get_by_role("button", name="Publish in English").click()
    page.wait_for_load_state()

    page.goto(f"{demo_server}/en/sprechstunde-im-rathaus/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Office hours at the town hall")
    assert page.locator("html").get_attribute("lang") == "en"
    assert "Every Tuesday." in page.locator("main").inner_text()
    context.close()
