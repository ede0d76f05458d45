"""Two editors, one page: a form opened before someone else's save must not silently replace that save."""

from html.parser import HTMLParser

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from wagtail.models import get_page_models

from home.forms import StaleFormCheck
from home.models import StandardPage

pytestmark = pytest.mark.django_db


class EditForm(HTMLParser):
    """The fields of the page edit form as a browser would submit them (inputs, textareas, selected options)."""

    def __init__(self, html):
        super().__init__()
        self.data, self._in_form, self._textarea = {}, False, None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and attrs.get("id") == "page-edit-form":
            self._in_form = True
        if not self._in_form or not attrs.get("name"):
            return
        if tag == "input" and attrs.get("type") not in {"submit", "button", "file", "checkbox", "radio"}:
            self.data[attrs["name"]] = attrs.get("value", "")
        elif tag == "input" and "checked" in attrs:
            self.data[attrs["name"]] = attrs.get("value", "on")
        elif tag == "textarea":
            self._textarea = attrs["name"]
            self.data[self._textarea] = ""

    def handle_data(self, data):
        if self._textarea:
            self.data[self._textarea] += data

    def handle_endtag(self, tag):
        if tag == "textarea":
            self._textarea = None
        if tag == "form":
            self._in_form = False


@pytest.fixture
def page(demo_site):
    page = demo_site.add_child(instance=StandardPage(title="Raumliste", slug="raumliste", intro="Alte Fassung"))
    page.save_revision().publish()
    return page


def editor(name):
    user = get_user_model().objects.create_superuser(name, f"{name}@example.org", "x" * 12, first_name=name.title())
    client = Client()
    client.force_login(user)
    return client


def open_form(client, page):
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.id]))
    assert response.status_code == 200
    data = EditForm(response.text).data
    data["body-count"] = data.get("body-count", "0")  # the StreamField's inputs are drawn by JavaScript
    return data


def test_a_stale_form_is_refused_with_the_typed_text_kept_and_saving_again_replaces_knowingly(page):
    aylin, bernd = editor("aylin"), editor("bernd")
    url = reverse("wagtailadmin_pages:edit", args=[page.id])
    aylins_form = open_form(aylin, page)

    # Bernd publishes a change while Aylin still has the form open.
    bernds_form = open_form(bernd, page)
    response = bernd.post(url, {**bernds_form, "intro": "Bernds Fassung", "action-publish": "action-publish"})
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.intro == "Bernds Fassung"

    # Aylin publishes her edit from the old form: refused, nothing saved, her text still in the form.
    response = aylin.post(url, {**aylins_form, "intro": "Aylins Fassung", "action-publish": "action-publish"})
    assert response.status_code == 200
    assert "hat Bernd eine neuere Fassung gespeichert" in response.text  # the admin speaks German by default
    assert "Aylins Fassung" in response.text
    page.refresh_from_db()
    assert page.intro == "Bernds Fassung"
    assert page.revisions.count() == 2

    # The form she got back is based on Bernd's version: saving it again is a choice, and it goes through.
    again = EditForm(response.text).data
    assert again["loaded_revision_id"] == str(page.latest_revision_id)
    response = aylin.post(url, {**aylins_form, **again, "intro": "Aylins Fassung", "action-publish": "action-publish"})
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.intro == "Aylins Fassung"


def test_an_up_to_date_form_saves_at_the_first_try(page):
    aylin = editor("aylin")
    form = open_form(aylin, page)
    response = aylin.post(reverse("wagtailadmin_pages:edit", args=[page.id]), {**form, "intro": "Neu"})
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.get_latest_revision_as_object().intro == "Neu"


def test_every_page_type_checks_for_stale_forms():
    unchecked = [model.__name__ for model in get_page_models() if not issubclass(model.base_form_class, StaleFormCheck)]
    assert not [name for name in unchecked if name != "Page"], unchecked
