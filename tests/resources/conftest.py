"""Small helpers for resource tests: the demo library and a factory for more resources."""

import json

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from demo.seeders.resources import minimal_pdf
from resources.models import ResourceFile, ResourceIndexPage, ResourcePage


@pytest.fixture
def library(demo_site):
    return ResourceIndexPage.objects.get(locale__language_code="de")


@pytest.fixture
def make_document(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path

    def make(title="Testdokument"):
        document = get_document_model()(title=title)
        document.file.save(f"{title.lower().replace(' ', '-')}.pdf", ContentFile(minimal_pdf(title)), save=False)
        document._set_document_file_metadata()
        document.save()
        return document

    return make


@pytest.fixture
def make_resource(library):
    counter = {"n": 0}

    def make(title=None, *, files=(), live=True, links=None, **fields):
        counter["n"] += 1
        title = title or f"Testmaterial {counter['n']}"
        page = ResourcePage(
            title=title,
            slug=f"testmaterial-{counter['n']}",
            summary=fields.pop("summary", f"Kurzbeschreibung von {title}"),
            live=live,
            links=json.dumps(
                links if links is not None else [{"type": "link", "value": {"title": "X", "url": "https://x.test"}}]
            ),
            **fields,
        )
        for document, language in files:
            page.files.add(ResourceFile(document=document, language=language))
        library.add_child(instance=page)
        if live:
            page.save_revision().publish()
        return page

    return make
