"""Search engines find every language's pages."""

import pytest

pytestmark = pytest.mark.django_db


def test_sitemap_lists_german_pages_and_their_translations(client, demo_site):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    content = response.content.decode()
    assert "<loc>http://testserver/de/ueber-die-initiative/</loc>" in content
    assert "<loc>http://testserver/en/about-the-initiative/</loc>" in content
    assert "<loc>http://testserver/en/</loc>" in content


def test_sitemap_leaves_out_drafts(client, demo_site):
    from home.models import StandardPage

    demo_site.add_child(instance=StandardPage(title="Entwurf", slug="entwurf-sitemap", live=False))
    assert "entwurf-sitemap" not in client.get("/sitemap.xml").content.decode()


def test_sitemap_names_every_translation_and_the_german_default_as_alternates(client, demo_site):
    content = client.get("/sitemap.xml").content.decode()
    about = content.split("<loc>http://testserver/en/about-the-initiative/</loc>")[1].split("</url>")[0]
    assert '<xhtml:link rel="alternate" hreflang="de" href="http://testserver/de/ueber-die-initiative/"/>' in about
    assert 'hreflang="x-default" href="http://testserver/de/ueber-die-initiative/"' in about
    assert 'hreflang="en" href="http://testserver/en/about-the-initiative/"' in about


def test_sitemap_leaves_out_untranslated_copies(client, demo_site):
    from wagtail.models import Locale
    from wagtail_localize.operations import TranslationCreator

    from home.models import StandardPage

    page = StandardPage(title="Nur Deutsch", slug="nur-deutsch-sitemap")
    demo_site.add_child(instance=page)
    page.save_revision().publish()
    TranslationCreator(user=None, target_locales=[Locale.objects.get(language_code="ar")]).create_translations(page)
    copy = page.get_translation(Locale.objects.get(language_code="ar"))
    copy.save_revision().publish()  # published, but not one segment translated
    content = client.get("/sitemap.xml").content.decode()
    assert content.count("nur-deutsch-sitemap") == 1
