"""Absolute URLs (hreflang, sitemap, API links) lead to where `make run` serves the demo: WAGTAILADMIN_BASE_URL."""

import pytest

from demo import seeding

pytestmark = pytest.mark.django_db

BASE = "http://127.0.0.1:8000"
HOST = {"HTTP_HOST": "127.0.0.1:8000"}


@pytest.fixture
def development_site(demo_site, settings):
    """The demo seeded with the development default of WAGTAILADMIN_BASE_URL, visited the way a browser does."""
    settings.WAGTAILADMIN_BASE_URL = BASE
    settings.WAGTAILAPI_BASE_URL = BASE
    seeding.ensure_site(demo_site, log=lambda message: None)
    return demo_site


@pytest.mark.parametrize(
    ("base_url", "address"),
    [
        ("http://127.0.0.1:8000", ("127.0.0.1", 8000)),
        ("https://migraktiv.example.org", ("migraktiv.example.org", 443)),
        ("http://localhost", ("localhost", 80)),
    ],
)
def test_site_address_is_read_from_the_base_url(base_url, address):
    assert seeding.site_address(base_url) == address


def test_demo_site_follows_the_base_url(development_site):
    from wagtail.models import Site

    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port, site.root_url) == ("127.0.0.1", 8000, BASE)


def test_sitemap_uses_the_base_urls_host_and_port(client, development_site):
    content = client.get("/sitemap.xml", **HOST).content.decode()
    assert f"<loc>{BASE}/de/ueber-die-initiative/</loc>" in content
    assert f'<xhtml:link rel="alternate" hreflang="en" href="{BASE}/en/about-the-initiative/"/>' in content
    assert f'hreflang="x-default" href="{BASE}/de/ueber-die-initiative/"' in content
    assert "http://localhost" not in content


def test_hreflang_uses_the_base_urls_host_and_port(client, development_site):
    content = client.get("/en/about-the-initiative/", **HOST).content.decode()
    assert f'<link rel="alternate" hreflang="de" href="{BASE}/de/ueber-die-initiative/">' in content
    assert f'<link rel="alternate" hreflang="x-default" href="{BASE}/de/ueber-die-initiative/">' in content


def test_api_links_lead_to_the_running_site(client, development_site):
    pages = client.get("/api/v2/pages/?locale=en&fields=html_url", **HOST).json()["items"]
    assert pages
    assert all(page["meta"]["html_url"].startswith(f"{BASE}/en/") for page in pages)
    assert all(page["meta"]["detail_url"].startswith(f"{BASE}/api/v2/pages/") for page in pages)
    organisations = client.get("/api/content/organisations?language=en", **HOST).json()["items"]
    assert organisations
    assert all(item["url"].startswith(f"{BASE}/") for item in organisations)


def test_seeding_again_keeps_the_site_where_it_is(development_site):
    from wagtail.models import Site

    messages = []
    seeding.ensure_site(development_site, log=messages.append)
    assert messages == []
    assert Site.objects.get(is_default_site=True).root_url == BASE
