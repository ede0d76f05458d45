"""On a German page shown in another language only the German text says lang="de"; the interface keeps the
visitor's language and direction (an Arabic interface stays right to left and is announced as Arabic)."""

import re

import pytest
from django.test import TestCase
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from home.models import StandardPage

pytestmark = pytest.mark.django_db

INDEX = "/ar/organisationen/"  # the organisation directory has no Arabic translation: German, with a notice


def test_main_of_an_arabic_fallback_page_is_not_marked_german(client, demo_site):
    content = client.get(INDEX).content.decode()
    assert re.search(r'<html lang="ar" dir="rtl">', content)
    main = re.search(r"<main[^>]*>", content).group(0)
    assert main == '<main id="main" tabindex="-1">'
    assert 'lang="de"' not in main


def test_notice_and_form_labels_stay_in_the_arabic_right_to_left_context(client, demo_site):
    content = client.get(INDEX).content.decode()
    notice = content.index('role="note"')
    main = content.index("<main")
    end = content.index("</main>")
    assert notice < main  # in the rtl page chrome, before <main>
    assert "هذه الصفحة" in content[notice : notice + 300] or "الألمانية" in content[notice : notice + 300]
    form = content[content.index('<form class="filters"', main) : end]
    assert "<label" in form
    # No element between <main> and the form's labels switches the direction back to left to right.
    assert 'dir="ltr"' not in content[main : content.index('<form class="filters"', main)].split("<h1")[0]
    assert 'lang="de"' not in form.split("<select")[0]


def test_german_title_and_intro_carry_lang_de_and_ltr(client, demo_site):
    content = client.get(INDEX).content.decode()
    assert '<h1><bdi lang="de" dir="ltr">Organisationen</bdi></h1>' in content
    assert re.search(r'<p class="lead" lang="de" dir="ltr">', content)


@pytest.fixture
def half_translated(demo_site):
    """A published Arabic translation whose title is translated and whose intro still shows the German text."""
    page = StandardPage(title="Sprachcafé im Kiez", slug="sprachcafe-im-kiez", intro="Jeden Dienstag im Kiez.")
    demo_site.add_child(instance=page)
    page.save_revision().publish()
    locale = Locale.objects.get(language_code="ar")
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    segment = source.stringsegment_set.select_related("string", "context").get(string__data=page.title)
    StringTranslation.objects.create(
        translation_of=segment.string, locale=locale, context=segment.context, data="مقهى اللغة"
    )
    with TestCase.captureOnCommitCallbacks(execute=True):
        translation.save_target(publish=True)
    return page.get_translation(locale)


def test_untranslated_field_of_a_published_translation_is_marked_german(client, half_translated):
    content = client.get(half_translated.url).content.decode()
    assert 'role="note"' not in content  # a translation, not a fallback
    assert "<h1><bdi>مقهى اللغة</bdi></h1>" in content
    assert '<p class="lead" lang="de" dir="ltr">Jeden Dienstag im Kiez.</p>' in content
    assert re.search(r"<main[^>]*>", content).group(0) == '<main id="main" tabindex="-1">'


def test_german_news_cards_on_the_arabic_start_page_mark_only_their_text(client, demo_site):
    content = client.get("/ar/").content.decode()  # translated, but the demo has no Arabic news
    assert '<html lang="ar" dir="rtl">' in content
    card = re.search(r'<article class="news-card">.*?</article>', content, re.S).group(0)
    assert re.search(r'<h3 class="news-card__title"><a href="[^"]+" lang="de" dir="ltr">', card)
    assert re.search(r'<p lang="de" dir="ltr">[^<]+</p>', card)  # the teaser
    assert '<p class="news-card__meta"><time' in card  # the date is Arabic interface, not marked German


def test_german_tiles_and_menu_entries_on_the_arabic_start_page_say_they_are_german(client, demo_site):
    content = client.get("/ar/").content.decode()
    assert re.search(r'<span class="action__teaser" lang="de" dir="ltr">', content)
    assert re.search(r'<span class="action__title">[^<]+</span>', content)  # the tile's label is Arabic
    assert '<a href="/ar/organisationen/" lang="de" dir="ltr">Organisationen</a>' in content


def test_german_exchange_card_on_an_arabic_page_keeps_its_badge_and_meta_arabic(client, demo_site):
    content = client.get("/ar/ressourcenboerse/").content.decode()
    card = re.search(r'<article class="exchange-card[^"]*">.*?</article>', content, re.S).group(0)
    assert re.search(r'<h2 class="exchange-card__title"><a href="[^"]+" lang="de" dir="ltr">', card)
    assert re.search(r'<p lang="de" dir="ltr">[^<]+</p>', card)
    assert '<p class="badge">النص الألماني الأصلي</p>' in card
    assert 'lang="de"' not in card.split("<h2", 1)[0]  # the kind of entry is Arabic interface


def test_german_organisation_card_on_an_arabic_page_keeps_its_labels_arabic(client, demo_site):
    card = re.search(r'<article class="card org-card">.*?</article>', client.get(INDEX).content.decode(), re.S)
    assert re.search(r'<a href="[^"]+" lang="de" dir="ltr">', card.group(0))
    facts = re.search(r'<dl class="org-card__facts">.*?</dl>', card.group(0), re.S).group(0)
    assert set(re.findall(r"<dt[^>]*>", facts)) == {"<dt>"}  # "Ortsteil", "Sprachen"… are Arabic interface


def test_untranslated_service_links_in_the_footer_say_they_are_german(client, demo_site):
    footer = re.search(r'<footer class="site-footer">.*?</footer>', client.get("/ar/").content.decode(), re.S)
    assert '<a href="/ar/impressum/" lang="de" dir="ltr">Impressum</a>' in footer.group(0)
