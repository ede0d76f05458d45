"""The site shell in a real browser: keyboard use, switching language, right-to-left layout, no JavaScript."""

from pathlib import Path

import pytest

# These tests only read pages: they share one live server with the demo for the module (see conftest.demo_server).
pytestmark = [pytest.mark.browser, pytest.mark.django_db]

SCREENSHOTS = Path(__file__).resolve().parents[2] / "bench" / "results"


def test_skip_link_is_the_first_tab_stop_and_moves_focus_to_the_content(page, demo_server):
    page.goto(f"{demo_server}/de/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Zum Inhalt springen"
    assert page.locator(".skip-link").is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


def test_visitor_switches_to_the_english_version_of_the_same_page(page, demo_server):
    page.goto(f"{demo_server}/de/ueber-die-initiative/")
    page.locator(".header-menu--language > summary").click()
    page.get_by_role("navigation", name="Sprache wählen").get_by_role("link", name="English").click()
    page.wait_for_url(f"{demo_server}/en/about-the-initiative/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.get_by_role("heading", level=1).inner_text() == "About the initiative"


def test_arabic_layout_mirrors(page, demo_server):
    page.goto(f"{demo_server}/ar/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    width = page.viewport_size["width"]
    brand = page.locator(".brand").bounding_box()
    # The logo and name start the header: on the right in a right-to-left page.
    assert brand["x"] > width / 2
    skip_link_start = page.evaluate("getComputedStyle(document.querySelector('.skip-link')).insetInlineStart")
    assert skip_link_start == "16px"
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "home-ar.png"), full_page=True)


def test_a_latin_page_title_keeps_its_punctuation_on_an_arabic_page(page, demo_server):
    """ "MigrAktiv Spandau!" must not read "!MigrAktiv Spandau" when the page around it runs right to left."""
    page.goto(f"{demo_server}/ar/")
    first, last = page.evaluate(
        """() => {
            const h1 = document.querySelector("h1");
            const text = document.createTreeWalker(h1, NodeFilter.SHOW_TEXT).nextNode();
            const box = (start) => {
                const range = document.createRange();
                range.setStart(text, start);
                range.setEnd(text, start + 1);
                return range.getBoundingClientRect().x;
            };
            return [box(0), box(text.length - 1)];
        }"""
    )
    assert page.locator("h1").inner_text() == "MigrAktiv Spandau!"
    assert last > first  # the "!" sits to the right of the "M", as in a left-to-right name


def test_questions_open_without_javascript(page_without_js, demo_server):
    page = page_without_js
    page.goto(f"{demo_server}/de/ueber-die-initiative/")
    answer = page.get_by_text("Alle Migrant*innenorganisationen, Initiativen und Communities")
    assert not answer.is_visible()
    page.get_by_text("Wer kann mitmachen?").click()
    assert answer.is_visible()
