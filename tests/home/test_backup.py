"""`make backup` / `make restore`: one archive brings back every page, translation, registration and document, and
the restored site answers; a restore into a database that is not empty stops."""

import io
import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from urllib.parse import quote

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.db import connection
from wagtail.documents import get_document_model
from wagtail.models import Page

from tests.trainings.conftest import future_session, make_series
from trainings.models import Registration

# pg_dump reads the database from its own connection: the data must be committed.
pytestmark = pytest.mark.django_db(transaction=True)

ROOT = Path(__file__).resolve().parents[2]

# Run inside the restored site: what is there, and does every live page answer?
INSPECT = textwrap.dedent(
    """
    import json, django
    django.setup()
    from django.test import Client
    from wagtail.documents import get_document_model
    from wagtail.models import Page
    from trainings.models import Registration
    pages = Page.objects.filter(depth__gt=1)
    client = Client()
    print(json.dumps({
        "pages": sorted([page.translation_key.hex, page.locale.language_code, page.title, page.live] for page in pages),
        "registrations": sorted([r.name, r.email, str(r.session.uuid)] for r in Registration.objects.all()),
        "documents": sorted([d.title, d.file.read().hex()] for d in get_document_model().objects.all()),
        "failing": [p.url for p in pages.live().public() if client.get(p.url).status_code != 200],
    }))
    """
)


def run(args, database_url, media_root):
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": database_url,
        "MEDIA_ROOT": str(media_root),
    }
    return subprocess.run(  # noqa: S603 - our own manage.py and a fixed script
        [sys.executable, *args], cwd=ROOT, env=environment, capture_output=True, text=True, timeout=600
    )


@pytest.fixture
def empty_database(tmp_path):
    """A new, empty database of the same kind as the test database; its URL."""
    settings_dict = connection.settings_dict
    if connection.vendor == "sqlite":
        yield f"sqlite:///{tmp_path / 'restored.sqlite3'}"
        return
    name = f"{settings_dict['NAME']}_restored"
    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
        cursor.execute(f'CREATE DATABASE "{name}"')
    credentials = quote(settings_dict["USER"] or "")
    if settings_dict.get("PASSWORD"):
        credentials += ":" + quote(settings_dict["PASSWORD"])
    yield f"postgres://{credentials}@{settings_dict['HOST']}:{settings_dict['PORT'] or 5432}/{name}"
    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def site_with_people_and_files(demo_restored, settings, tmp_path):
    # The site's files move to a folder of this test (the demo's files with them), so the backup holds exactly them.
    media = tmp_path / "media"
    if Path(settings.MEDIA_ROOT).is_dir():
        shutil.copytree(settings.MEDIA_ROOT, media)
    settings.MEDIA_ROOT = media
    series = make_series([future_session(days=3)], title="Vereinsbuchhaltung")
    series.sessions.get().register(name="Ayşe Yılmaz", email="ayse@example.org", language="tr")
    document = get_document_model()(title="Satzung")
    document.file.save("satzung.pdf", ContentFile(b"%PDF-1.4 Satzung"), save=False)
    document.save()


def snapshot():
    pages = Page.objects.filter(depth__gt=1)
    return {
        "pages": sorted([p.translation_key.hex, p.locale.language_code, p.title, p.live] for p in pages),
        "registrations": sorted([r.name, r.email, str(r.session.uuid)] for r in Registration.objects.all()),
        "documents": sorted([d.title, d.file.read().hex()] for d in get_document_model().objects.all()),
    }


def test_a_backup_restores_every_page_translation_registration_and_document(
    site_with_people_and_files, empty_database, tmp_path
):
    before = snapshot()
    assert {language for _key, language, _title, _live in before["pages"]} >= {"de", "en", "tr", "ar"}
    archive = tmp_path / "site.tar.gz"
    call_command("backup_site", str(archive), stdout=io.StringIO())

    restored_media = tmp_path / "restored-media"
    restore = run(["manage.py", "restore_site", str(archive)], empty_database, restored_media)
    assert restore.returncode == 0, restore.stderr

    inspected = run(["-c", INSPECT], empty_database, restored_media)
    assert inspected.returncode == 0, inspected.stderr
    after = json.loads(inspected.stdout.strip().splitlines()[-1])
    assert after.pop("failing") == []
    assert after == json.loads(json.dumps(before))


def test_a_restore_into_a_database_that_is_not_empty_stops(site_with_people_and_files, empty_database, tmp_path):
    archive = tmp_path / "site.tar.gz"
    call_command("backup_site", str(archive), stdout=io.StringIO())
    first = run(["manage.py", "restore_site", str(archive)], empty_database, tmp_path / "media-1")
    assert first.returncode == 0, first.stderr

    second = run(["manage.py", "restore_site", str(archive)], empty_database, tmp_path / "media-2")
    assert second.returncode != 0
    assert "not empty" in second.stderr
