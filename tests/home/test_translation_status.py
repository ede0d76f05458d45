"""The translation status report: wagtail-localize's own progress per language, honest about aliases and copies.

Each test plays the workflow through the admin's real views (or demo.seeding's translator stand-in) and reads the
report as an editor or translator sees it.
"""

import json
import re

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from taggit.models import Tag
from wagtail.models import Locale
from wagtail_localize.models import StringSegment

from demo import seeding
from home.models import StandardPage, TopicLabel
from home.translation import translator_group_name
from tests.home.test_translation_workflow import publish_translation, submit_for_translation, translate_segment

pytestmark = pytest.mark.django_db

PARAGRAPHS = ["Die Satzung regelt das Vereinsleben.", "Der Vorstand vertritt den Verein."]


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_superuser("redakteurin", "redaktion@example.org", "passwort-redaktion")
    client.force_login(user)
    return user


@pytest.fixture
def german_page(demo_site):
    page = StandardPage(
        title="Vereinsrecht kompakt",
        slug="vereinsrecht",
        intro="Was ein Verein wissen muss.",
        body=json.dumps([{"type": "paragraph", "value": f"<p>{text}</p>"} for text in PARAGRAPHS]),
    )
    demo_site.add_child(instance=page)
    page.save_revision().publish()
    return page


def report(client, **params):
    response = client.get(reverse("translation_overview"), params)
    assert response.status_code == 200
    return response.content.decode()


def cell(content, edit_url, language):
    """(state, progress) of ``language`` in the row whose first cell links to ``edit_url``."""
    row = content.split(f'<th scope="row"><a href="{edit_url}">')[1].split("</tr>")[0]
    match = re.search(rf'data-language="{language}" data-state="([a-z_]+)"(?: data-progress="(\d+/\d+)")?', row)
    return match.group(1), match.group(2)


def page_cell(client, page, language="tr"):
    content = report(client, q=page.title, lang=language)
    return cell(content, reverse("wagtailadmin_pages:edit", args=[page.id]), language)


def test_round_trip_shows_wagtail_localizes_progress_at_each_step(
    client, editor, german_page, django_capture_on_commit_callbacks
):
    assert page_cell(client, german_page) == ("missing", None)

    translation = submit_for_translation(client, german_page, Locale.objects.get(language_code="tr"))
    total, translated = translation.get_progress()
    assert translated == 0
    # A copy with nothing translated is German text under a Turkish address: missing, with the figures.
    assert page_cell(client, german_page) == ("missing", f"0/{total}")

    translate_segment(client, translation, "Vereinsrecht kompakt", "Kısaca dernek hukuku")
    translate_segment(client, translation, "vereinsrecht", "dernek-hukuku")
    assert translation.get_progress() == (total, 2)
    assert page_cell(client, german_page) == ("in_progress", f"2/{total}")

    for german, turkish in [
        ("Was ein Verein wissen muss.", "Bir derneğin bilmesi gerekenler."),
        (PARAGRAPHS[0], "Tüzük dernek yaşamını düzenler."),
        (PARAGRAPHS[1], "Yönetim kurulu derneği temsil eder."),
    ]:
        translate_segment(client, translation, german, turkish)
    assert page_cell(client, german_page) == ("draft", f"{total}/{total}")  # all translated, not yet published
    publish_translation(client, translation, django_capture_on_commit_callbacks)
    assert page_cell(client, german_page) == ("complete", f"{total}/{total}")

    # The editor changes one paragraph: outdated until synced, the figures still those of the last sync.
    body = list(german_page.body.raw_data)
    body[1] = {**body[1], "value": "<p>Der Vorstand vertritt den Verein gerichtlich.</p>"}
    german_page.body = body
    german_page.save_revision().publish()
    assert page_cell(client, german_page) == ("outdated", f"{total}/{total}")

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("wagtail_localize:update_translations", args=[translation.source.id]), {"publish_translations": ""}
        )
    assert response.status_code == 302
    # After the sync the report agrees with wagtail-localize: one segment is new and untranslated.
    translation.refresh_from_db()
    new_total, done = translation.get_progress()
    assert done == new_total - 1
    assert page_cell(client, german_page) == ("in_progress", f"{done}/{new_total}")


def test_an_alias_counts_as_missing(client, editor, german_page):
    arabic = Locale.objects.get(language_code="ar")
    alias = german_page.copy_for_translation(arabic, copy_parents=True, alias=True)
    assert alias.alias_of_id == german_page.id
    assert page_cell(client, german_page, "ar") == ("missing", None)


def test_a_topic_label_appears_with_its_progress(client, editor, demo_site, django_capture_on_commit_callbacks):
    label = TopicLabel.objects.create(
        tag=Tag.objects.create(name="Ehrenamt-Test"), label="Ehrenamt im Test", locale=Locale.get_default()
    )
    with django_capture_on_commit_callbacks(execute=True):
        seeding.translate_page(label, "tr", {"Ehrenamt im Test": "Test gönüllülüğü"}, lambda _message: None)
    content = report(client, lang="tr")
    edit_url = reverse("wagtailsnippets_home_topiclabel:edit", args=[label.pk])
    total = StringSegment.objects.filter(source__object_id=label.translation_key).count()
    assert "Ehrenamt im Test" in content
    assert cell(content, edit_url, "tr") == ("complete", f"{total}/{total}")


def test_footer_is_listed_among_the_snippets(client, editor, demo_site):
    from home.models import Footer

    german = Footer.objects.get(locale__language_code="de")
    content = report(client, lang="all")
    state, _progress = cell(content, reverse("wagtailsnippets_home_footer:edit", args=[german.pk]), "tr")
    assert state in {"missing", "in_progress", "draft", "outdated", "complete"}


@pytest.fixture
def turkish_translator(client, django_user_model, demo_site):
    user = django_user_model.objects.create_user("tercuman", "tercuman@example.org", "passwort-tercuman")
    user.groups.add(Group.objects.get(name=translator_group_name("tr")))
    client.force_login(user)
    return user


def language_columns(content):
    table = content.split("<thead>")[1].split("</thead>")[0]
    return re.findall(r'<th scope="col" lang="([a-z-]+)">', table)


def test_translator_sees_their_own_language_preselected_and_first(client, turkish_translator):
    assert language_columns(report(client)) == ["tr"]
    columns = language_columns(report(client, lang="all"))
    assert columns[0] == "tr"
    assert len(columns) > 1


def test_editor_sees_every_language_by_default(client, editor, demo_site):
    assert len(language_columns(report(client))) > 1


@pytest.mark.parametrize(
    "params",
    [{"lang": "xx"}, {"lang": "<script>"}, {"state": "kaputt"}, {"state": "current", "lang": ""}, {"p": "999"}],
)
def test_bad_filter_values_are_ignored_not_a_server_error(client, editor, demo_site, params):
    content = report(client, **params)
    assert "<table" in content


def test_an_unknown_language_is_ignored_with_a_message(client, editor, demo_site):
    response = client.get(reverse("translation_overview"), {"lang": "xx"})
    assert response.status_code == 200
    assert [message.level_tag for message in response.context["messages"]] == ["warning"]
    assert len(language_columns(response.content.decode())) > 1


def test_state_filter_applies_to_snippets_too(client, editor, demo_site, django_capture_on_commit_callbacks):
    german = Locale.get_default()
    done = TopicLabel.objects.create(tag=Tag.objects.create(name="Fertig-Test"), label="Fertig", locale=german)
    TopicLabel.objects.create(tag=Tag.objects.create(name="Offen-Test"), label="Noch offen", locale=german)
    with django_capture_on_commit_callbacks(execute=True):
        seeding.translate_page(done, "tr", {"Fertig": "Bitti"}, lambda _message: None)

    content = report(client, state="complete", lang="tr")

    assert "Fertig" in content
    assert "Noch offen" not in content
    assert "Noch offen" in report(client, state="missing", lang="tr")


def test_query_count_is_the_same_for_5_and_25_pages(client, editor, demo_site, django_capture_on_commit_callbacks):
    def count_queries(params):
        with CaptureQueriesContext(connection) as queries:
            report(client, **params)
        return len(queries)

    report(client)  # warm caches (content types, site)
    counts = {}
    for total in (5, 25):
        while StandardPage.objects.filter(slug__startswith="zaehl-").count() < total:
            index = StandardPage.objects.filter(slug__startswith="zaehl-").count()
            page = demo_site.add_child(instance=StandardPage(title=f"Zählseite {index}", slug=f"zaehl-{index}"))
            if index % 3 == 0:
                with django_capture_on_commit_callbacks(execute=True):
                    seeding.translate_page(page, "tr", {f"Zählseite {index}": f"Sayım {index}"}, lambda _m: None)
        counts[total] = [count_queries({"q": "Zählseite"}), count_queries({"q": "Zählseite", "state": "missing"})]
    assert counts[5] == counts[25]
