"""Translators localise German pages with wagtail-localize: the full round trip, offline PO files, their limits.

Each test plays the workflow through the admin's real views, as an editor and a translator would click it.
"""

import io
import json

import polib
import pytest
from django.contrib.auth.models import Group
from django.test import override_settings
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from home.models import StandardPage
from home.translation import translator_group_name

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser("redakteurin", "redaktion@example.org", "passwort-redaktion")


@pytest.fixture
def turkish():
    return Locale.objects.get(language_code="tr")


@pytest.fixture
def german_page(demo_site):
    page = StandardPage(
        title="Vereinsrecht kompakt",
        slug="vereinsrecht",
        intro="Was ein Verein wissen muss.",
        body=json.dumps(
            [
                {"type": "paragraph", "value": "<p>Die Satzung regelt das Vereinsleben.</p>"},
                {"type": "paragraph", "value": "<p>Der Vorstand vertritt den Verein.</p>"},
            ]
        ),
    )
    demo_site.add_child(instance=page)
    page.save_revision().publish()
    return page


def submit_for_translation(client, page, locale):
    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.id]), {"locales": [locale.id]}
    )
    assert response.status_code == 302, response.content
    return Translation.objects.get(source__object_id=page.translation_key, target_locale=locale)


def translate_segment(client, translation, german_text, translated_text):
    segment = StringSegment.objects.get(source=translation.source, string__data=german_text)
    response = client.put(
        reverse("wagtail_localize:edit_string_translation", args=[translation.id, segment.id]),
        data=f"value={translated_text}",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code in (200, 201), response.content


def publish_translation(client, translation, capture_on_commit):
    """wagtail-localize publishes on transaction commit; the test's transaction never commits, so run it here."""
    target = translation.get_target_instance()
    with capture_on_commit(execute=True):
        response = client.post(reverse("wagtailadmin_pages:edit", args=[target.id]), {"action": "publish"})
    assert response.status_code == 302, response.content
    target.refresh_from_db()
    return target


@pytest.fixture
def translated_page(client, editor, german_page, turkish, django_capture_on_commit_callbacks):
    client.force_login(editor)
    translation = submit_for_translation(client, german_page, turkish)
    for german, turkish_text in [
        ("Vereinsrecht kompakt", "Kısaca dernek hukuku"),
        ("vereinsrecht", "dernek-hukuku"),
        ("Was ein Verein wissen muss.", "Bir derneğin bilmesi gerekenler."),
        ("Die Satzung regelt das Vereinsleben.", "Tüzük dernek yaşamını düzenler."),
        ("Der Vorstand vertritt den Verein.", "Yönetim kurulu derneği temsil eder."),
    ]:
        translate_segment(client, translation, german, turkish_text)
    publish_translation(client, translation, django_capture_on_commit_callbacks)
    return translation


def test_translated_page_is_published_in_the_turkish_tree(client, translated_page):
    target = translated_page.get_target_instance()
    assert target.live
    assert target.title == "Kısaca dernek hukuku"
    response = client.get("/tr/dernek-hukuku/")
    assert response.status_code == 200
    assert "Tüzük dernek yaşamını düzenler." in response.content.decode()


def test_changed_german_text_shows_only_the_changed_segment_as_untranslated(
    client, translated_page, german_page, django_capture_on_commit_callbacks
):
    # The editor changes the second paragraph in place (blocks keep their ids, as in the admin).
    body = list(german_page.body.raw_data)
    body[1] = {**body[1], "value": "<p>Der Vorstand vertritt den Verein gerichtlich und außergerichtlich.</p>"}
    german_page.body = body
    german_page.save_revision().publish()

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("wagtail_localize:update_translations", args=[translated_page.source.id]),
            {"publish_translations": ""},
        )
    assert response.status_code == 302

    turkish = translated_page.target_locale
    untranslated = (
        StringSegment.objects.filter(source=translated_page.source)
        .annotate_translation(turkish)
        .filter(translation__isnull=True)
    )
    assert [segment.string.data for segment in untranslated] == [
        "Der Vorstand vertritt den Verein gerichtlich und außergerichtlich."
    ]
    # Earlier work is kept: the unchanged paragraph is still translated.
    assert StringTranslation.objects.filter(locale=turkish, data="Tüzük dernek yaşamını düzenler.").exists()


def test_translation_can_be_exported_and_imported_as_a_po_file(client, translated_page):
    response = client.get(reverse("wagtail_localize:download_pofile", args=[translated_page.id]))
    assert response.status_code == 200
    po = polib.pofile(response.content.decode())
    entries = {entry.msgid: entry for entry in po}
    assert entries["Die Satzung regelt das Vereinsleben."].msgstr == "Tüzük dernek yaşamını düzenler."

    entries["Der Vorstand vertritt den Verein."].msgstr = "Dernek yönetim kurulu tarafından temsil edilir."
    upload = io.BytesIO(str(po).encode())
    upload.name = "tr.po"
    response = client.post(
        reverse("wagtail_localize:upload_pofile", args=[translated_page.id]),
        {"file": upload, "next": "/admin/"},
    )
    assert response.status_code == 302
    assert StringTranslation.objects.filter(
        locale=translated_page.target_locale, data="Dernek yönetim kurulu tarafından temsil edilir."
    ).exists()


def test_po_file_of_another_translation_is_refused(client, translated_page, german_page, editor):
    english = Locale.objects.get(language_code="en")
    other = submit_for_translation(client, german_page, english)
    po_for_turkish = client.get(reverse("wagtail_localize:download_pofile", args=[translated_page.id])).content
    upload = io.BytesIO(po_for_turkish)
    upload.name = "tr.po"
    client.post(reverse("wagtail_localize:upload_pofile", args=[other.id]), {"file": upload, "next": "/admin/"})
    assert not StringTranslation.objects.filter(locale=english, data="Tüzük dernek yaşamını düzenler.").exists()


def test_machine_translation_is_off_without_a_configured_translator(client, translated_page):
    target = translated_page.get_target_instance()
    content = client.get(reverse("wagtailadmin_pages:edit", args=[target.id])).content.decode()
    assert "machine_translate" not in content


@override_settings(
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR={"CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"}
)
def test_machine_translation_prefills_missing_segments_when_configured(client, editor, german_page, turkish):
    client.force_login(editor)
    translation = submit_for_translation(client, german_page, turkish)
    response = client.post(reverse("wagtail_localize:machine_translate", args=[translation.id]), {"next": "/admin/"})
    assert response.status_code == 302
    machine = StringTranslation.objects.filter(locale=turkish, translation_type="machine")
    assert machine.count() == StringSegment.objects.filter(source=translation.source).count()


# --- Translators and their limits ---------------------------------------------------------------------------------


@pytest.fixture
def turkish_translator(django_user_model, translated_page):
    user = django_user_model.objects.create_user("tercuman", "tercuman@example.org", "passwort-tercuman")
    user.groups.add(Group.objects.get(name=translator_group_name("tr")))
    return user


def test_translator_can_edit_and_publish_turkish_pages(
    client, turkish_translator, translated_page, django_capture_on_commit_callbacks
):
    client.force_login(turkish_translator)
    target = translated_page.get_target_instance()
    assert client.get(reverse("wagtailadmin_pages:edit", args=[target.id])).status_code == 200
    translate_segment(client, translated_page, "Der Vorstand vertritt den Verein.", "Yönetim derneği temsil eder.")
    publish_translation(client, translated_page, django_capture_on_commit_callbacks)
    assert StringTranslation.objects.get(data="Yönetim derneği temsil eder.").last_translated_by == turkish_translator


def test_translator_cannot_edit_or_publish_german_pages(client, turkish_translator, german_page):
    client.force_login(turkish_translator)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[german_page.id]))
    assert response.status_code in (302, 403)
    response = client.post(reverse("wagtailadmin_pages:edit", args=[german_page.id]), {"action-publish": "1"})
    assert response.status_code in (302, 403)
    german_page.refresh_from_db()
    assert german_page.title == "Vereinsrecht kompakt"


def test_translator_cannot_edit_other_languages(client, turkish_translator, german_page, editor):
    client.force_login(editor)
    english = submit_for_translation(client, german_page, Locale.objects.get(language_code="en"))
    client.force_login(turkish_translator)
    target = english.get_target_instance()
    assert client.get(reverse("wagtailadmin_pages:edit", args=[target.id])).status_code in (302, 403)


def test_translator_cannot_change_the_page_tree(client, turkish_translator, translated_page):
    client.force_login(turkish_translator)
    target = translated_page.get_target_instance()
    turkish_home = target.get_parent()
    add_url = reverse("wagtailadmin_pages:add", args=["home", "standardpage", turkish_home.id])
    assert client.get(add_url).status_code in (302, 403)
    assert client.post(reverse("wagtailadmin_pages:delete", args=[target.id])).status_code in (302, 403)
    assert Page.objects.filter(id=target.id).exists()
    another_parent = turkish_home.add_child(instance=StandardPage(title="Hedef", slug="hedef"))
    move_url = reverse("wagtailadmin_pages:move_confirm", args=[target.id, another_parent.id])
    assert client.post(move_url).status_code in (302, 403)
    assert Page.objects.get(id=target.id).get_parent().id == turkish_home.id


def test_translator_cannot_manage_users(client, turkish_translator):
    client.force_login(turkish_translator)
    response = client.get(reverse("wagtailusers_users:index"))
    assert response.status_code in (302, 403)
    assert response.status_code == 403 or "/admin/" in response["Location"]


def test_translator_cannot_submit_pages_for_translation(client, turkish_translator, german_page):
    client.force_login(turkish_translator)
    english = Locale.objects.get(language_code="en")
    client.post(reverse("wagtail_localize:submit_page_translation", args=[german_page.id]), {"locales": [english.id]})
    assert not german_page.has_translation(english)


# --- The status overview ------------------------------------------------------------------------------------------


def test_status_overview_shows_missing_current_and_outdated_translations(client, translated_page, german_page):
    def state(language):
        content = client.get(reverse("translation_overview") + "?q=Vereinsrecht").content.decode()
        row = content.split(f"/admin/pages/{german_page.id}/edit/")[1].split("</tr>")[0]
        return row.split(f'data-language="{language}" data-state="')[1].split('"')[0]

    assert state("tr") == "complete"
    assert state("ar") == "missing"
    german_page.title = "Vereinsrecht kompakt (2027)"
    german_page.save_revision().publish()
    assert state("tr") == "outdated"


def test_status_overview_query_count_does_not_grow_with_pages(client, editor, demo_site, django_assert_max_num_queries):
    client.force_login(editor)
    client.get(reverse("translation_overview"))  # warm caches (content types, site)
    for index in range(30):
        demo_site.add_child(instance=StandardPage(title=f"Seite {index}", slug=f"seite-{index}"))
    with django_assert_max_num_queries(40):
        assert client.get(reverse("translation_overview")).status_code == 200


def test_translation_sources_are_tracked_for_seeded_english_pages(demo_site):
    assert TranslationSource.objects.filter(object_id=demo_site.translation_key).exists()


def test_demo_content_has_an_outdated_translation_to_show(client, editor, demo_site):
    client.force_login(editor)
    content = client.get(reverse("translation_overview") + "?state=outdated&q=Datenschutz").content.decode()
    assert "Datenschutz" in content
    assert 'data-language="tr" data-state="outdated"' in content


def test_state_filter_finds_an_outdated_page_beyond_the_first_fifty(
    client, editor, demo_site, django_capture_on_commit_callbacks
):
    from demo import seeding

    client.force_login(editor)
    pages = [demo_site.add_child(instance=StandardPage(title=f"Seite {i:02}", slug=f"seite-{i:02}")) for i in range(55)]
    last = pages[-1]
    with django_capture_on_commit_callbacks(execute=True):  # wagtail-localize publishes on commit
        seeding.translate_page(last, "tr", {"Seite 54": "Sayfa 54"}, lambda _message: None)
    last.title = "Seite 54 (neu)"
    last.save_revision().publish()

    content = client.get(reverse("translation_overview") + "?state=outdated").content.decode()

    assert f"/admin/pages/{last.id}/edit/" in content
    assert "Seite 00" not in content  # pages with nothing outdated are filtered out, not only hidden


# --- Translated snippets: the footer (topic labels work the same way) --------------------------------------------


def footer_edit_url(language):
    from home.models import Footer

    return reverse("wagtailsnippets_home_footer:edit", args=[Footer.objects.get(locale__language_code=language).pk])


def test_translator_translates_the_turkish_footer(client, turkish_translator):
    from home.models import Footer

    client.force_login(turkish_translator)
    assert client.get(footer_edit_url("tr")).status_code == 200  # wagtail-localize's translation editor
    german = Footer.objects.get(locale__language_code="de")
    translation = Translation.objects.get(source__object_id=german.translation_key, target_locale__language_code="tr")
    german_text = StringSegment.objects.filter(source=translation.source).first().string.data
    translate_segment(client, translation, german_text, "Spandau İlçe Belediyesi'nin bir girişimi.")
    assert StringTranslation.objects.get(data="Spandau İlçe Belediyesi'nin bir girişimi.").last_translated_by == (
        turkish_translator
    )


@pytest.mark.parametrize("language", ["de", "ar"])
def test_translator_cannot_change_the_german_or_another_languages_footer(client, turkish_translator, language):
    from home.models import Footer

    client.force_login(turkish_translator)
    assert client.get(footer_edit_url(language)).status_code == 302
    client.post(footer_edit_url(language), {"contact": "Geändert", "email": "x@example.org", "about": "{}"})
    assert Footer.objects.get(locale__language_code=language).contact != "Geändert"


def test_translator_cannot_write_into_another_languages_translation_through_the_editor_api(client, turkish_translator):
    from home.models import Footer

    client.force_login(turkish_translator)
    german = Footer.objects.get(locale__language_code="de")
    arabic = Translation.objects.get(source__object_id=german.translation_key, target_locale__language_code="ar")
    segment = StringSegment.objects.filter(source=arabic.source).first()
    response = client.put(
        reverse("wagtail_localize:edit_string_translation", args=[arabic.id, segment.id]),
        data="value=Geändert",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 403
    assert not StringTranslation.objects.filter(data="Geändert").exists()


def test_translator_cannot_unpublish_a_page(client, turkish_translator, translated_page):
    client.force_login(turkish_translator)
    target = translated_page.get_target_instance()
    response = client.post(reverse("wagtailadmin_pages:unpublish", args=[target.id]), {"include_descendants": "on"})
    assert response.status_code == 302
    assert Page.objects.get(id=target.id).live


def test_translator_cannot_bulk_unpublish_pages(client, turkish_translator, translated_page):
    client.force_login(turkish_translator)
    target = translated_page.get_target_instance()
    client.post(f"/admin/bulk/wagtailcore/page/unpublish/?id={target.id}", {"include_descendants": "on"})
    assert Page.objects.get(id=target.id).live


def test_translator_cannot_stop_synchronisation_of_a_translation(client, turkish_translator, translated_page):
    client.force_login(turkish_translator)
    response = client.post(reverse("wagtail_localize:stop_translation", args=[translated_page.id]))
    assert response.status_code == 403
    translated_page.refresh_from_db()
    assert translated_page.enabled  # synchronised fields keep following the German page


def test_editor_can_still_unpublish_a_translation(client, editor, translated_page):
    client.force_login(editor)
    target = translated_page.get_target_instance()
    client.post(reverse("wagtailadmin_pages:unpublish", args=[target.id]))
    assert not Page.objects.get(id=target.id).live
