"""Partners hear about published, unpublished and deleted content through signed webhooks, delivered in the
background to a real HTTP receiver on this machine; a partner that is down never breaks publishing."""

import base64
import hashlib
import hmac
import io
import json
import threading
import time
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from api import conf
from api.models import WebhookDelivery, WebhookEndpoint
from home.models import StandardPage

# The database queue's worker opens its own transactions, as in production, so these tests commit for real.
pytestmark = pytest.mark.django_db(transaction=True)


class Receiver:
    """A tiny partner server: records what it receives and answers with a status we choose."""

    def __init__(self, status=200):
        self.status = status
        self.requests = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 - the stdlib's name
                body = self.rfile.read(int(self.headers["Content-Length"]))
                receiver.requests.append((dict(self.headers), body))
                self.send_response(receiver.status)
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = HTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/hooks"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


def closed_port_url():
    server = HTTPServer(("127.0.0.1", 0), BaseHTTPRequestHandler)
    port = server.server_port
    server.server_close()
    return f"http://127.0.0.1:{port}/hooks"


def run_worker():
    call_command(
        "db_worker",
        "--backend",
        "webhooks",
        "--queue-name",
        "webhooks",
        "--batch",
        "--no-startup-delay",
        stdout=io.StringIO(),
    )


@pytest.fixture
def demo_site():
    """A German home page (transactional tests start from an empty database)."""
    from demo import seeding
    from home.models import HomePage

    seeding.ensure_locales()
    root = seeding.ensure_root()
    home = HomePage.objects.filter(depth=2, locale__language_code="de").first()
    if home is None:
        home = root.add_child(instance=HomePage(title="Start", slug="start", intro="Willkommen."))
    return home


@pytest.fixture(autouse=True)
def standard_pages_are_relevant(settings):
    # The domain page types are the defaults; the home app's StandardPage stands in for them here.
    settings.API_WEBHOOK_PAGE_TYPES = ["home.StandardPage"]


def publish_page(demo_site, slug="neuigkeit"):
    page = StandardPage(title="Neue Förderrunde", slug=slug)
    demo_site.add_child(instance=page)
    page.save_revision().publish()
    return page


def standard_webhooks_verify(secret, headers, body, tolerance=300):
    """What a partner's receiver does, written from the Standard Webhooks specification (not from our code)."""
    headers = {name.lower(): value for name, value in headers.items()}
    message_id, timestamp = headers["webhook-id"], headers["webhook-timestamp"]
    if abs(time.time() - int(timestamp)) > tolerance:
        return False
    key = base64.b64decode(secret.split("_", 1)[1])
    digest = hmac.new(key, f"{message_id}.{timestamp}.".encode() + body, hashlib.sha256).digest()
    expected = base64.b64encode(digest).decode()
    return any(
        version == "v1" and hmac.compare_digest(signature, expected)
        for version, signature in (part.split(",", 1) for part in headers["webhook-signature"].split())
    )


def test_publishing_posts_a_signed_event_to_the_partner(demo_site):
    with Receiver() as receiver:
        endpoint = WebhookEndpoint.objects.create(name="Partner e.V.", url=receiver.url)
        page = publish_page(demo_site)
        run_worker()

    assert len(receiver.requests) == 1
    headers, body = receiver.requests[0]
    assert endpoint.secret.startswith("whsec_")
    assert standard_webhooks_verify(endpoint.secret, headers, body)
    event = json.loads(body)
    assert headers["webhook-id"] == event["id"]
    assert event["event"] == "page.published"
    assert event["page"]["id"] == page.pk
    assert event["page"]["locale"] == "de"
    delivery = WebhookDelivery.objects.get()
    assert delivery.status == WebhookDelivery.Status.DELIVERED
    assert delivery.response_status == 200


def test_unpublish_and_delete_are_announced(demo_site):
    with Receiver() as receiver:
        WebhookEndpoint.objects.create(name="Partner e.V.", url=receiver.url)
        page = publish_page(demo_site)
        page.unpublish()
        page.delete()
        run_worker()
    events = [json.loads(body)["event"] for _headers, body in receiver.requests]
    assert events == ["page.published", "page.unpublished", "page.deleted"]


def test_a_partner_that_is_down_does_not_break_publishing(demo_site):
    WebhookEndpoint.objects.create(name="Offline e.V.", url=closed_port_url())
    page = publish_page(demo_site)
    run_worker()

    page.refresh_from_db()
    assert page.live
    delivery = WebhookDelivery.objects.get()
    assert delivery.status == WebhookDelivery.Status.RETRYING
    assert delivery.attempts == 1
    assert "Connection refused" in delivery.error or delivery.error
    # The next attempt waits in the queue with backoff.
    retry = DBTaskResult.objects.filter(status="READY").get()
    assert retry.run_after > timezone.now() + timedelta(seconds=conf.webhook_first_retry_seconds() - 5)


def test_failed_deliveries_are_retried_until_the_partner_answers(demo_site):
    with Receiver(status=503) as receiver:
        WebhookEndpoint.objects.create(name="Partner e.V.", url=receiver.url)
        publish_page(demo_site)
        run_worker()
        delivery = WebhookDelivery.objects.get()
        assert (delivery.status, delivery.response_status) == (WebhookDelivery.Status.RETRYING, 503)

        receiver.status = 200
        DBTaskResult.objects.filter(status="READY").update(run_after=timezone.now())  # time passes
        run_worker()

    delivery.refresh_from_db()
    assert delivery.status == WebhookDelivery.Status.DELIVERED
    assert delivery.attempts == 2
    assert len(receiver.requests) == 2


def test_a_signature_cannot_be_replayed_with_another_body_or_stale_timestamp(demo_site):
    with Receiver() as receiver:
        endpoint = WebhookEndpoint.objects.create(name="Partner e.V.", url=receiver.url)
        publish_page(demo_site)
        run_worker()
    headers, body = receiver.requests[0]
    assert not standard_webhooks_verify(endpoint.secret, headers, body.replace(b"published", b"deleted"))
    stale = {**headers, "webhook-timestamp": str(int(headers["webhook-timestamp"]) - 3600)}
    assert not standard_webhooks_verify(endpoint.secret, stale, body)
    assert not standard_webhooks_verify(endpoint.secret, stale, body, tolerance=10**6)  # signed with the real time


def test_a_retry_keeps_its_id_and_is_signed_afresh(demo_site):
    with Receiver(status=503) as receiver:
        endpoint = WebhookEndpoint.objects.create(name="Partner e.V.", url=receiver.url)
        publish_page(demo_site)
        run_worker()
        receiver.status = 200
        DBTaskResult.objects.filter(status="READY").update(run_after=timezone.now())
        time.sleep(1.1)  # a later second, so the retry's timestamp differs
        run_worker()
    (first, first_body), (second, second_body) = receiver.requests
    assert first["webhook-id"] == second["webhook-id"]
    assert int(second["webhook-timestamp"]) > int(first["webhook-timestamp"])
    assert standard_webhooks_verify(endpoint.secret, second, second_body)


def test_a_secret_partners_libraries_cannot_use_is_refused(admin_client):
    response = admin_client.post(
        "/admin/partner-api/webhooks/new/",
        {"name": "Partner e.V.", "url": "https://partner.example.org/hooks", "secret": "geheim", "active": "on"},
    )
    assert response.status_code == 200
    assert not WebhookEndpoint.objects.exists()


def test_deliveries_give_up_after_the_last_attempt(demo_site, settings):
    settings.API_WEBHOOK_MAX_ATTEMPTS = 2
    WebhookEndpoint.objects.create(name="Offline e.V.", url=closed_port_url())
    publish_page(demo_site)
    run_worker()
    DBTaskResult.objects.filter(status="READY").update(run_after=timezone.now())
    run_worker()
    delivery = WebhookDelivery.objects.get()
    assert delivery.status == WebhookDelivery.Status.FAILED
    assert delivery.attempts == 2
    assert not DBTaskResult.objects.filter(status="READY").exists()


def test_inactive_endpoints_and_irrelevant_pages_receive_nothing(demo_site, settings):
    WebhookEndpoint.objects.create(name="Pausiert", url=closed_port_url(), active=False)
    publish_page(demo_site)
    settings.API_WEBHOOK_PAGE_TYPES = []
    WebhookEndpoint.objects.create(name="Aktiv", url=closed_port_url())
    publish_page(demo_site, slug="andere")
    assert not WebhookDelivery.objects.exists()


def test_only_administrators_manage_webhooks(client, django_user_model):
    editor = django_user_model.objects.create_user("redaktion", password="passwort-redaktion")
    from django.contrib.auth.models import Permission

    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    assert client.get("/admin/partner-api/webhooks/").status_code in (302, 403)
    admin = django_user_model.objects.create_superuser("admin2", password="passwort-admin")
    client.force_login(admin)
    assert client.get("/admin/partner-api/webhooks/").status_code == 200
