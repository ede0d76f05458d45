"""An image too large to process is refused at upload with a clear form error, not a server error."""

import io
import struct
import zlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PillowImage
from wagtail.images import get_image_model
from wagtail.models import Collection

pytestmark = pytest.mark.django_db


def png_header(width, height):
    """A PNG whose header claims ``width`` x ``height`` pixels (Pillow reads the size before any pixel data)."""

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 16))
        + chunk(b"IEND", b"")
    )


def upload(admin_client, width, height):
    return admin_client.post(
        "/admin/images/add/",
        {
            "title": "Plakat",
            "collection": Collection.get_first_root_node().pk,
            "file": SimpleUploadedFile("plakat.png", png_header(width, height), content_type="image/png"),
        },
    )


def test_a_20000_by_20000_png_is_refused_with_a_form_error(admin_client):
    response = upload(admin_client, 20000, 20000)
    assert response.status_code == 200
    assert "400000000" in response.content.decode()  # Wagtail's "too many pixels" message names the size
    assert not get_image_model().objects.filter(title="Plakat").exists()


def test_an_image_over_the_sites_pixel_limit_gets_the_same_error(admin_client):
    picture = io.BytesIO()
    PillowImage.new("1", (8000, 6000)).save(picture, "PNG")  # 48 million pixels: under Pillow's limit, over ours
    response = admin_client.post(
        "/admin/images/add/",
        {
            "title": "Plakat",
            "collection": Collection.get_first_root_node().pk,
            "file": SimpleUploadedFile("plakat.png", picture.getvalue(), content_type="image/png"),
        },
    )
    assert response.status_code == 200
    assert "48000000" in response.content.decode()
    assert not get_image_model().objects.filter(title="Plakat").exists()


def test_a_truncated_png_is_refused_with_a_form_error(admin_client):
    response = upload(admin_client, 8000, 6000)  # a header without the pixel data it promises
    assert response.status_code == 200
    assert not get_image_model().objects.filter(title="Plakat").exists()
