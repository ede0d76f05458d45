"""The design in a real browser, on every page type in German, Leichte Sprache and Arabic: fits a phone, passes
axe-core and the Nu HTML checker (``lang="de-simple"`` included); and the journeys a visitor makes with a mouse, on
a phone and with the keyboard alone.

All tests share one seeded live server (``demo_server``): seeding per test would cost a minute each.
"""

import json
import re
import shutil
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.core import mail

from tests.helpers import run_mail_worker

from .pages import page_type_paths

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

ROOT = Path(__file__).resolve().parents[2]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
LANGUAGES = ["de", "de-simple", "ar"]
PHONE_HEIGHT = 740
HEADER_SHARE = 0.20


@pytest.fixture(scope="module")
def paths(demo_server, django_db_blocker):
    with django_db_blocker.unblock():
        return page_type_paths()


def every_page(paths):
    for language in LANGUAGES:
        for name, path in paths.items():
            yield language, name, f"/{language}{path}"


def test_header_takes_at_most_a_fifth_of_a_phone_screen_on_every_page(phone, demo_server, paths):
    heights = {}
    for language, name, path in every_page(paths):
        phone.goto(demo_server + path)
        heights[(language, name)] = phone.locator(".site-header").bounding_box()["height"]
    too_tall = {page: height for page, height in heights.items() if height > PHONE_HEIGHT * HEADER_SHARE}
    assert not too_tall, too_tall


def test_no_page_scrolls_sideways_on_a_320_pixel_screen(phone, demo_server, paths):
    phone.set_viewport_size({"width": 320, "height": 640})
    overflowing = {}
    for language, name, path in every_page(paths):
        phone.goto(demo_server + path)
        width = phone.evaluate("document.documentElement.scrollWidth")
        if width > 320:
            overflowing[(language, name)] = width
    assert not overflowing, overflowing


def test_axe_finds_no_accessibility_violation_on_any_page(browser, demo_server, paths):
    if not AXE.exists():
        pytest.fail("axe-core is missing: run `npm ci` (make test does).")
    context = browser.new_context(viewport={"width": 1280, "height": 900}, bypass_csp=True)
    page = context.new_page()
    violations = {}
    for language, name, path in every_page(paths):
        page.goto(demo_server + path)
        page.evaluate(AXE.read_text())
        found = page.evaluate(
            "async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
            ".map(v => `${v.id} (${v.impact}): ${v.nodes.map(n => n.target.join(' ')).join(', ')}`)"
        )
        if found:
            violations[f"{language} {name}"] = found
    context.close()
    assert not violations, json.dumps(violations, indent=1, ensure_ascii=False)


def test_nu_html_checker_finds_no_error_on_any_page(browser, demo_server, paths, tmp_path):
    if not VNU.exists() or not shutil.which("java"):
        pytest.fail("The Nu HTML checker needs `npm ci` (vnu-jar) and Java.")
    context = browser.new_context()
    page = context.new_page()
    files = []
    for language, name, path in every_page(paths):
        response = page.goto(demo_server + path)
        slug = re.sub(r"\W+", "-", name)
        target = tmp_path / f"{language}-{slug}.html"
        target.write_bytes(response.body())
        files.append(str(target))
    context.close()
    result = subprocess.run(  # noqa: S603 - fixed command on files this test wrote
        ["java", "-jar", str(VNU), "--errors-only", "--format", "json", *files],  # noqa: S607
        capture_output=True,
        text=True,
        timeout=300,
    )
    messages = json.loads(result.stderr or result.stdout or '{"messages": []}')["messages"]
    errors = [f"{Path(m.get('url', '')).name}: {m['message']} ({m.get('extract', '')})" for m in messages]
    assert not errors, "\n".join(errors)


def test_visitor_journey_from_the_german_home_page_to_cancelling_a_registration(phone, demo_server):
    page = phone
    page.goto(f"{demo_server}/de/")
    # Arabic, through the language menu
    page.locator(".header-menu--language > summary").click()
    page.get_by_role("link", name="العربية").click()
    page.wait_for_url("**/ar/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    # The directory, filtered by a language spoken
    page.locator(".action").first.click()
    page.wait_for_url("**/organisationen/")
    page.locator("select[name=language]").select_option("vi")
    page.locator(".filters button[type=submit]").click()
    page.wait_for_url("**language=vi*")
    assert page.locator(".org-card").count() == 1
    # A profile, with a route link instead of raw coordinates
    page.locator(".org-card a").first.click()
    assert page.locator(".org-profile__route a").get_attribute("href").startswith("https://www.openstreetmap.org/")
    # A series from the programme, then register
    page.goto(f"{demo_server}/ar/fortbildungen/")
    page.locator(".session-card__title a").first.click()
    page.locator(".session-card__actions a.button").first.click()
    page.fill("input[name=name]", "Amal Haddad")
    page.fill("input[name=email]", "amal@example.org")
    page.check("input[name=consent]")
    page.locator(".registration-form button[type=submit]").click()
    page.wait_for_selector("h1")
    # The cancel link from the confirmation e-mail, which the mail worker sends from its queue
    run_mail_worker()
    sent = [message for message in mail.outbox if "amal@example.org" in message.to]
    assert sent, "no confirmation e-mail"
    cancel_url = urlsplit(re.search(r"https?://\S+/cancel/\?token=\S+", sent[-1].body).group(0))
    page.goto(f"{demo_server}{cancel_url.path}?{cancel_url.query}")
    page.locator("main form button[type=submit]").first.click()  # the cancel form; page feedback comes after
    page.wait_for_load_state()
    assert page.locator("main h1").is_visible()


def test_keyboard_alone_opens_the_menu_and_reaches_a_section(browser, demo_server):
    context = browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    page.goto(f"{demo_server}/de/")
    page.keyboard.press("Tab")  # skip link
    page.keyboard.press("Tab")  # logo
    page.keyboard.press("Tab")  # menu button
    assert page.evaluate("document.activeElement.textContent.trim()") == "Menü"
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.closest('.main-nav') !== null")
    assert focused
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url != f"{demo_server}/de/"
    outline = page.evaluate(
        "() => { const a = document.querySelector('.skip-link'); a.focus(); return getComputedStyle(a).outlineStyle; }"
    )
    assert outline != "none"
    context.close()


def test_header_menus_open_without_javascript(browser, demo_server):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 360, "height": 740})
    page = context.new_page()
    page.goto(f"{demo_server}/de/")
    nav = page.get_by_role("navigation", name="Hauptnavigation")
    assert not nav.is_visible()
    page.get_by_text("Menü", exact=True).click()
    assert nav.is_visible()
    page.locator(".header-menu--search > summary").click()
    assert page.get_by_role("searchbox").is_visible()
    context.close()
