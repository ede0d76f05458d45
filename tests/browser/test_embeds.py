"""In a real Chromium: a partner's page on another origin shows the widget, styled by the partner's CSS."""

import functools
import http.server
import threading

import pytest

from directory.models import OrganisationPage

pytestmark = [pytest.mark.browser, pytest.mark.django_db]  # one shared live server: conftest.demo_server

PARTNER_PAGE = """<!doctype html>
<html lang="de"><head><meta charset="utf-8"><title>Partnerverein</title>
<style>.migraktiv-widget {{ --migraktiv-accent: rgb(200, 0, 0); }}</style></head>
<body><h1>Unser Verein</h1>
<div class="migraktiv-widget" data-migraktiv-organisation="{organisation}" data-kind="trainings" data-lang="ar"></div>
<script src="{site}/static/api/widget.js" defer></script>
<iframe src="{site}/api/embed/organisations/{organisation}/news/?lang=fa&amp;accent=006400" title="news"></iframe>
</body></html>
"""


@pytest.fixture
def partner_site(tmp_path):
    """A partner's website on its own origin (another port), served by Python's http.server."""
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield tmp_path, f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_script_and_iframe_widgets_appear_on_a_partner_page(page, demo_server, partner_site):
    folder, partner_url = partner_site
    organisation = OrganisationPage.objects.get(slug="kulturforum-anatolien-spandau", locale__language_code="de")
    (folder / "index.html").write_text(PARTNER_PAGE.format(organisation=organisation.pk, site=demo_server))

    page.goto(f"{partner_url}/index.html")

    widget = page.locator("div.migraktiv-widget")
    heading = widget.locator("h2")
    heading.wait_for()
    assert heading.inner_text() == "الدورات التدريبية القادمة"
    assert widget.get_attribute("dir") == "rtl"
    link = widget.locator("a.migraktiv-widget__link").first
    assert link.evaluate("element => getComputedStyle(element).color") == "rgb(200, 0, 0)"
    assert link.get_attribute("target") == "_blank"

    frame = page.frame_locator("iframe")
    assert frame.locator("h2").inner_text() == "تازه\u200cترین اخبار"
    assert frame.locator("html").get_attribute("dir") == "rtl"
    frame_link = frame.locator("a.migraktiv-widget__link").first
    assert frame_link.evaluate("element => getComputedStyle(element).color") == "rgb(0, 100, 0)"
