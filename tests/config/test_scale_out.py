"""Scale-out wiring: media in S3-compatible storage (against moto's S3 server), reads on a replica."""

import io
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import boto3
import pytest
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import transaction
from django.test import RequestFactory

from config.db import PrimaryForWritersMiddleware, PrimaryReplicaRouter

ROOT = Path(__file__).resolve().parents[2]
BUCKET = "migraktiv-media"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def s3_server():
    """moto in server mode: a real S3 API over HTTP on a free port, for this module only."""
    port = free_port()
    server = subprocess.Popen(  # noqa: S603 - moto's own server script from the environment
        [str(Path(sys.executable).parent / "moto_server"), "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    endpoint = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            time.sleep(0.1)
    yield endpoint
    server.terminate()
    server.wait(timeout=10)


@pytest.fixture
def s3_media(s3_server, settings, monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    client = boto3.client("s3", endpoint_url=s3_server, region_name="eu-central-1")
    if BUCKET not in [bucket["Name"] for bucket in client.list_buckets()["Buckets"]]:
        client.create_bucket(Bucket=BUCKET, CreateBucketConfiguration={"LocationConstraint": "eu-central-1"})
    # The same options config/settings/base.py sets when AWS_STORAGE_BUCKET_NAME is given.
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                "bucket_name": BUCKET,
                "endpoint_url": s3_server,
                "region_name": "eu-central-1",
                "default_acl": None,
                "querystring_auth": False,
                "file_overwrite": False,
            },
        },
    }
    return client


def keys(client):
    return {item["Key"] for item in client.list_objects_v2(Bucket=BUCKET).get("Contents", [])}


def png():
    from PIL import Image as PillowImage

    buffer = io.BytesIO()
    PillowImage.new("RGB", (400, 300), (200, 30, 60)).save(buffer, "PNG")
    return ImageFile(buffer, name="s3-test.png")


@pytest.mark.django_db
def test_an_uploaded_image_and_its_renditions_are_stored_in_the_bucket(s3_media):
    from wagtail.images import get_image_model

    image = get_image_model().objects.create(title="S3-Bild", file=png())
    rendition = image.get_rendition("fill-120x80")

    stored = keys(s3_media)
    assert image.file.name in stored
    assert rendition.file.name in stored
    assert rendition.width == 120


@pytest.mark.django_db
def test_a_document_in_the_bucket_is_served_through_wagtails_view(s3_media, client):
    from wagtail.documents import get_document_model

    document = get_document_model().objects.create(
        title="Satzung", file=ContentFile(b"%PDF-1.4 Satzung", "satzung.pdf")
    )
    assert document.file.name in keys(s3_media)

    response = client.get(document.url)

    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-1.4 Satzung"


def test_reads_go_to_the_replica_outside_transactions():
    assert PrimaryReplicaRouter().db_for_read(None) == "replica"
    assert PrimaryReplicaRouter().db_for_write(None) == "default"


@pytest.mark.django_db
def test_reads_inside_a_transaction_stay_on_the_primary():
    with transaction.atomic():  # (the test's own transaction is open as well)
        assert PrimaryReplicaRouter().db_for_read(None) == "default"


@pytest.mark.parametrize(
    ("method", "cookies", "expected"),
    [("GET", {}, "replica"), ("POST", {}, "default"), ("GET", {"sessionid": "x"}, "default")],
)
def test_requests_that_write_or_carry_a_session_read_from_the_primary(method, cookies, expected):
    request = RequestFactory().generic(method, "/de/")
    request.COOKIES.update(cookies)
    seen = []
    PrimaryForWritersMiddleware(lambda request: seen.append(PrimaryReplicaRouter().db_for_read(None)))(request)
    assert seen == [expected]


def test_a_replica_url_switches_the_router_on():
    environment = {key: value for key, value in os.environ.items() if key != "DJANGO_SETTINGS_MODULE"}
    environment.update(
        DJANGO_SETTINGS_MODULE="config.settings.dev",
        DATABASE_REPLICA_URL="postgres://reader@replica.internal:5432/migraktiv",
    )
    script = "from django.conf import settings; print(settings.DATABASE_ROUTERS, settings.MIDDLEWARE[0])"
    result = subprocess.run(  # noqa: S603 - our own manage.py with fixed arguments
        [sys.executable, "manage.py", "shell", "-c", script],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "config.db.PrimaryReplicaRouter" in result.stdout
    assert "config.db.PrimaryForWritersMiddleware" in result.stdout
