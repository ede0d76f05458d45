"""Search engines find every language's pages."""

import pytest

pytestmark = pytest.mark.django_db


def test_sitemap_lists_german_pages_and_their_translations(client, demo_site):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    content = response.content.decode()
    assert "<loc>http://localhost/de/ueber-die-initiative/</loc>" in content
    assert "<loc>http://localhost/en/about-the-initiative/</loc>" in content
    assert "<loc>http://localhost/en/</loc>" in content


def test_sitemap_leaves_out_drafts(client, demo_site):
    from home.models import StandardPage

    demo_site.add_child(instance=StandardPage(title="Entwurf", slug="entwurf-sitemap", live=False))
    assert "entwurf-sitemap" not in client.get("/sitemap.xml").content.decode()
