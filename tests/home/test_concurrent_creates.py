"""Ten editors pressing "Publish" on new pages with the same slug under one parent at the same moment.

Wagtail's tree gives each child a path computed from its siblings, and the slug check reads the siblings too: in
concurrent transactions both can see the same siblings. The outcome must be one page with the slug and a clear
form error for everyone else, never a 500. Real concurrent transactions need PostgreSQL (CI runs it).
"""

import threading

import pytest
from django.contrib.auth import get_user_model
from django.db import connection, connections
from django.test import Client
from django.urls import reverse
from wagtail.models import Locale, Page

from home.models import HomePage, StandardPage


@pytest.mark.skipif(connection.vendor != "postgresql", reason="concurrent transactions need PostgreSQL; CI runs it")
@pytest.mark.django_db(transaction=True)
def test_ten_concurrent_creates_with_one_slug_give_one_page_and_nine_clear_answers():
    # Small data of its own: a transactional test may start on a flushed database, and the demo takes minutes.
    locale, _created = Locale.objects.get_or_create(language_code="de")
    root = Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
    home = root.add_child(instance=HomePage(title="Start", slug="start-parallel", intro="Test", locale=locale))
    user = get_user_model().objects.create_superuser("koordination", "k@example.org", "x" * 12)
    url = reverse("wagtailadmin_pages:add", args=["home", "standardpage", home.pk])
    barrier = threading.Barrier(10)
    statuses, errors = [], []

    def create(number):
        client = Client(raise_request_exception=False)
        client.force_login(user)
        try:
            barrier.wait(timeout=20)
            response = client.post(
                url,
                {
                    "title": f"Raumbörse {number}",
                    "slug": "raumboerse",
                    "intro": "",
                    "body-count": "0",
                    "action-publish": "action-publish",
                },
            )
            statuses.append(response.status_code)
        except Exception as error:  # reported below, in the test thread
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=create, args=(number,)) for number in range(10)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert not errors
    assert sorted(statuses) == [200] * 9 + [302], statuses  # 302: created; 200: the form again, with the error
    assert StandardPage.objects.filter(slug="raumboerse", locale__language_code="de").count() == 1
    home.refresh_from_db()
    assert home.numchild == home.get_children().count()  # the tree is consistent
