"""Every visitor page is ready for, and served with, a strict Content-Security-Policy; signed-in pages stay private."""

from html.parser import HTMLParser

import pytest
from wagtail.models import Page, get_page_models

pytestmark = pytest.mark.django_db

# Script types a browser never executes: structured data and configuration read by our own scripts.
DATA_SCRIPT_TYPES = {"application/ld+json", "application/json"}


class InlineCodeFinder(HTMLParser):
    """Collects everything a strict policy would block: inline scripts, <style> elements, style and on* attributes."""

    def __init__(self):
        super().__init__()
        self.problems = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "script" and "src" not in attributes and attributes.get("type") not in DATA_SCRIPT_TYPES:
            self.problems.append("inline <script>")
        if tag == "style":
            self.problems.append("<style> element")
        for name, value in attrs:
            if name == "style":
                self.problems.append(f"style attribute on <{tag}>")
            if name.startswith("on"):
                self.problems.append(f"{name} handler on <{tag}>")
            if value and value.strip().lower().startswith("javascript:"):
                self.problems.append(f"javascript: URL in {name} of <{tag}>")


def inline_code(response):
    finder = InlineCodeFinder()
    finder.feed(response.content.decode())
    return finder.problems


def policy(response):
    directives = {}
    for part in response["Content-Security-Policy"].split(";"):
        name, *sources = part.split()
        directives[name] = sources
    return directives


def visitor_urls():
    """One live, public page of every page type there is (German and Arabic), plus the views beside the pages."""
    urls = []
    for model in get_page_models():
        if model is Page:
            continue
        for language in ("de", "ar"):
            page = model.objects.live().public().filter(locale__language_code=language).first()
            if page is not None:
                urls.append(page.url)
    return [*urls, "/de/search/?q=Verein", "/en/no-such-page/", "/de/search/?q=%00"]


def test_every_visitor_page_type_has_a_strict_policy_and_no_inline_code(client, demo_site):
    urls = visitor_urls()
    # The demo has pages of every type the site offers; a new page type without a demo page would go unchecked.
    covered = {type(page).__name__ for page in Page.objects.live().specific() if page.url in urls}
    assert len(covered) == len([model for model in get_page_models() if model is not Page]), covered
    for url in urls:
        response = client.get(url)
        assert response.status_code in (200, 404), url
        directives = policy(response)
        assert directives["script-src"] == ["'self'"], url
        assert directives["style-src"] == ["'self'"], url
        assert directives["object-src"] == ["'none'"], url
        assert directives["frame-ancestors"] == ["'self'"], url
        assert "geolocation=()" in response["Permissions-Policy"], url
        assert inline_code(response) == [], url


def test_error_pages_rendered_without_a_request_are_free_of_inline_code(client, demo_site):
    from django.template.loader import render_to_string

    for template in ("400.html", "403_csrf.html", "500.html"):
        finder = InlineCodeFinder()
        finder.feed(render_to_string(template))
        assert finder.problems == [], template


def test_the_admin_gets_its_own_relaxed_policy(admin_client):
    response = admin_client.get("/admin/")
    assert response.status_code == 200
    assert "'unsafe-inline'" in policy(response)["script-src"]


def test_visitor_pages_never_allow_inline_scripts_even_for_signed_in_editors(admin_client, demo_site):
    response = admin_client.get("/de/")
    assert "'unsafe-inline'" not in policy(response)["script-src"]


def test_anonymous_pages_may_be_cached_by_shared_caches(client, demo_site):
    response = client.get("/de/")
    assert "private" not in response.get("Cache-Control", "")


def test_pages_for_signed_in_users_are_private(admin_client, demo_site):
    for url in ("/de/", "/de/search/?q=Verein", "/api/content/languages"):
        response = admin_client.get(url)
        assert "private" in response["Cache-Control"], url
        assert "public" not in response["Cache-Control"], url
        assert "Cookie" in response["Vary"], url


def test_partner_widgets_keep_their_own_policy(client, demo_site):
    from directory.models import OrganisationPage

    organisation = OrganisationPage.objects.live().filter(locale__language_code="de").first()
    response = client.get(f"/api/embed/organisations/{organisation.pk}/trainings/")
    assert response.status_code == 200
    assert policy(response)["frame-ancestors"] == ["*"]
