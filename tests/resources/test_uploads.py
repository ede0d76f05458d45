"""The admin refuses document uploads that are too large or are programs, and accepts ordinary files."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.documents import get_document_model
from wagtail.models import Collection

from demo.seeders.resources import minimal_pdf

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, django_user_model, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    user = django_user_model.objects.create_superuser("redaktion", "redaktion@example.org", "sicheres-passwort-1")
    client.force_login(user)
    return client


def upload(client, name, content, content_type="application/pdf"):
    return client.post(
        "/admin/documents/add/",
        {
            "title": "Hochgeladen",
            "collection": Collection.get_first_root_node().pk,
            "file": SimpleUploadedFile(name, content, content_type=content_type),
        },
    )


def saved():
    return get_document_model().objects.filter(title="Hochgeladen").exists()


def test_small_pdf_is_accepted(admin_client):
    response = upload(admin_client, "leitfaden.pdf", minimal_pdf("Leitfaden"))
    assert response.status_code == 302
    assert saved()


def test_windows_program_is_refused(admin_client):
    response = upload(admin_client, "setup.exe", b"MZ\x90\x00" + b"\x00" * 100, "application/octet-stream")
    assert response.status_code == 200
    assert response.context["form"].errors["file"]
    assert not saved()


def test_linux_program_disguised_as_pdf_is_refused(admin_client):
    response = upload(admin_client, "bericht.pdf", b"\x7fELF\x02\x01\x01" + b"\x00" * 100)
    assert response.status_code == 200
    assert "Diese Datei ist ein Programm" in " ".join(response.context["form"].errors["file"])
    assert not saved()


def test_windows_program_disguised_as_word_file_is_refused(admin_client):
    response = upload(admin_client, "antrag.docx", b"MZ" + b"\x00" * 100, "application/octet-stream")
    assert response.context["form"].errors["file"]
    assert not saved()


def test_script_with_a_harmless_second_extension_is_refused(admin_client, settings):
    settings.WAGTAILDOCS_EXTENSIONS = [*settings.WAGTAILDOCS_EXTENSIONS, "js"]  # even if an admin allowed it
    response = upload(admin_client, "tabelle.js.pdf", b"%PDF-1.4 fake")
    assert "Programme und Skripte" in " ".join(response.context["form"].errors["file"])
    assert not saved()


def test_file_over_the_size_limit_is_refused(admin_client, settings):
    settings.RESOURCES_MAX_UPLOAD_SIZE = 1024
    response = upload(admin_client, "gross.pdf", minimal_pdf("Groß") + b"%" * 2048)
    assert response.status_code == 200
    assert response.context["form"].errors["file"]
    assert not saved()


def test_upload_form_tells_editors_the_limit(admin_client, settings):
    settings.RESOURCES_MAX_UPLOAD_SIZE = 5 * 1024 * 1024
    content = admin_client.get("/admin/documents/add/").content.decode()
    assert "5,0\xa0MB" in content or "5.0\xa0MB" in content
