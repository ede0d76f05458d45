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
