"""With SERVE_MEDIA (the single-host compose setup) Django serves image renditions only: documents and original
uploads, which carry privacy rules, never leave through /media/."""

import importlib

import pytest
from django.test import override_settings
from django.urls import clear_url_caches

import config.urls


@pytest.fixture
def media_served(tmp_path):
    for path in ("images/logo.width-400.png", "original_images/logo.png", "documents/protokoll.pdf"):
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_bytes(b"data")
    with override_settings(SERVE_MEDIA=True, MEDIA_ROOT=tmp_path):
        importlib.reload(config.urls)
        clear_url_caches()
        yield
    importlib.reload(config.urls)
    clear_url_caches()


@pytest.mark.django_db
def test_image_renditions_are_served(client, media_served):
    assert client.get("/media/images/logo.width-400.png").status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["original_images/logo.png", "documents/protokoll.pdf", "images/../documents/x"])
def test_documents_and_original_uploads_are_never_served_from_media(client, media_served, path):
    assert client.get(f"/media/{path}").status_code == 404
