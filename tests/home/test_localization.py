"""The one localisation rule: per item the live translation, else the German source marked as fallback."""

import pytest
from django.test import TestCase
from wagtail.models import Locale, Page
from wagtail_localize.models import StringTranslation, Translation, TranslationSource
from wagtail_localize.operations import TranslationCreator

from home.localization import alternates, is_translated, localize
from home.models import StandardPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def german_page(demo_site):
    page = StandardPage(title="Sprachcafé im Kiez", slug="sprachcafe-im-kiez", intro="Jeden Dienstag.")
    demo_site.add_child(instance=page)
    page.save_revision().publish()
    return page


def submit_for_translation(page, code):
    """What an editor's "Translate" does: wagtail-localize creates the target page (German text inside)."""
    locale = Locale.objects.get(language_code=code)
    TranslationCreator(user=None, target_locales=[locale]).create_translations(page)
    return page.get_translation(locale)


def translate_title_and_publish(page, code, title):
    locale = Locale.objects.get(language_code=code)
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    segment = source.stringsegment_set.select_related("string", "context").get(string__data=page.title)
    StringTranslation.objects.create(translation_of=segment.string, locale=locale, context=segment.context, data=title)
    # wagtail-localize publishes once the transaction commits; a test's transaction never does.
    with TestCase.captureOnCommitCallbacks(execute=True):
        translation.save_target(publish=True)
    return page.get_translation(locale)


def queryset(code):
    return StandardPage.objects.live().public().localized(code).filter(slug__startswith="sprachcafe")


def test_an_untranslated_copy_counts_as_missing_and_the_german_page_is_shown(german_page):
    copy = submit_for_translation(german_page, "ar")
    assert not copy.live  # "Translate" makes a draft, not a German page under the Arabic address
    copy.save_revision().publish()  # even published, not one segment is translated
    shown = list(queryset("ar"))
    assert [page.pk for page in shown] == [german_page.pk]
    assert shown[0].is_fallback is True
    assert not is_translated(copy)
    assert "ar" not in alternates(german_page)


def test_a_published_translation_replaces_the_german_page(german_page):
    submit_for_translation(german_page, "ar")
    translated = translate_title_and_publish(german_page, "ar", "مقهى اللغة")
    shown = list(queryset("ar"))
    assert [page.title for page in shown] == ["مقهى اللغة"]
    assert shown[0].is_fallback is False
    assert alternates(german_page)["ar"].pk == translated.pk


def test_a_draft_translation_is_not_shown(german_page):
    translated = translate_title_and_publish(german_page, "ar", "مقهى اللغة")
    Page.objects.get(pk=translated.pk).specific.unpublish()
    assert [page.pk for page in queryset("ar")] == [german_page.pk]


def test_an_alias_counts_as_missing(german_page):
    arabic_home = german_page.get_parent().get_translation(Locale.objects.get(language_code="ar"))
    alias = german_page.create_alias(
        parent=arabic_home, update_locale=arabic_home.locale, update_slug="sprachcafe-alias"
    )
    assert alias.live
    assert [page.pk for page in queryset("ar")] == [german_page.pk]
    assert not is_translated(alias)
    assert localize([german_page], "ar")[0].fallback is True


def test_localize_pairs_sources_with_translations_in_one_query(german_page, django_assert_num_queries):
    translate_title_and_publish(german_page, "ar", "مقهى اللغة")
    other = StandardPage(title="Sprachcafé Nord", slug="sprachcafe-nord")
    german_page.get_parent().add_child(instance=other)
    other.save_revision().publish()
    with django_assert_num_queries(1):
        result = localize([german_page, other], "ar")
    assert [(item.page.title, item.fallback) for item in result] == [("مقهى اللغة", False), ("Sprachcafé Nord", True)]


def test_german_is_its_own_localisation(german_page):
    assert [page.pk for page in queryset("de")] == [german_page.pk]
    assert localize([german_page], "de")[0].fallback is False
