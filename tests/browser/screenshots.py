"""`make screenshots`: desktop and phone screenshots of the key pages in German and Arabic, for the README.

Not part of the test suite (the file name does not start with test_); pytest runs it when named explicitly, so it
gets the same seeded live server and Chromium as the browser tests.
"""

from pathlib import Path

import pytest
from PIL import Image

from .pages import page_type_paths

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

TARGET = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
KEY_PAGES = ["home", "organisation directory", "organisation", "programme", "training series", "news"]
VIEWPORTS = {"desktop": {"width": 1280, "height": 800}, "phone": {"width": 360, "height": 740}}


def shrink(path):
    """A 128-colour palette keeps a screenshot sharp and small enough to commit (about a quarter of the size)."""
    with Image.open(path) as image:
        small = image.convert("RGB").quantize(colors=128, method=Image.Quantize.MEDIANCUT)
    small.save(path, optimize=True)


def test_save_screenshots_of_the_key_pages(browser, demo_server, django_db_blocker):
    with django_db_blocker.unblock():
        paths = page_type_paths()
    TARGET.mkdir(parents=True, exist_ok=True)
    saved = []
    for device, viewport in VIEWPORTS.items():
        context = browser.new_context(viewport=viewport)
        page = context.new_page()
        for language in ("de", "ar"):
            for name in KEY_PAGES:
                page.goto(f"{demo_server}/{language}{paths[name]}")
                target = TARGET / f"{name.replace(' ', '-')}-{language}-{device}.png"
                page.screenshot(path=str(target))  # the first screen, as a visitor sees it
                shrink(target)
                saved.append(target)
        context.close()
    assert all(path.stat().st_size > 0 for path in saved)


# The admin as each role sees it, in German (docs/editors.md shows these): (user, file name, admin path or page)
ADMIN_VIEWS = [
    ("koordination", "admin-coordinator-dashboard", "/admin/"),
    ("koordination", "admin-coordinator-import", "/admin/organisations/import/"),
    ("redaktion-kulturforum", "admin-organisation-editor-dashboard", "/admin/"),
    ("redaktion-kulturforum", "admin-organisation-editor-profile", "profile"),
    ("uebersetzung-en", "admin-translator-status", "/admin/translation-status/"),
]


def test_save_screenshots_of_the_admin_per_role(browser, demo_server, django_db_blocker):
    from demo.seeders.directory import DEMO_ORGANISATION_EDITORS, DEMO_PASSWORD, seed_demo_users
    from directory.models import OrganisationPage

    with django_db_blocker.unblock():
        seed_demo_users(lambda line: None)  # the demo logins, which seeding makes only with DEBUG on
        profile = OrganisationPage.objects.get(
            slug=DEMO_ORGANISATION_EDITORS["redaktion-kulturforum"], locale__language_code="de"
        )
    TARGET.mkdir(parents=True, exist_ok=True)
    saved = []
    for username in dict.fromkeys(user for user, _name, _path in ADMIN_VIEWS):
        context = browser.new_context(viewport=VIEWPORTS["desktop"], locale="de-DE")
        page = context.new_page()
        page.goto(f"{demo_server}/admin/login/")
        page.fill("input[name=username]", username)
        page.fill("input[name=password]", DEMO_PASSWORD)
        page.locator("form button[type=submit]").click()
        page.wait_for_url(f"{demo_server}/admin/")
        for user, name, path in ADMIN_VIEWS:
            if user != username:
                continue
            path = f"/admin/pages/{profile.pk}/edit/" if path == "profile" else path
            page.goto(f"{demo_server}{path}")
            target = TARGET / f"{name}.png"
            page.screenshot(path=str(target))
            shrink(target)
            saved.append(target)
        context.close()
    assert len(saved) == len(ADMIN_VIEWS) and all(path.stat().st_size > 0 for path in saved)
