"""`seed_demo` builds the demo site once; running it again changes nothing."""

import io

import pytest
from django.core.management import call_command
from wagtail.models import Locale, Page, Revision
from wagtail_localize.models import Translation

from home.models import TopicLabel

pytestmark = pytest.mark.django_db


def test_seed_demo_twice_changes_nothing(demo_site):
    before = (Page.objects.count(), Revision.objects.count(), Translation.objects.count())
    out = io.StringIO()
    call_command("seed_demo", stdout=out)
    assert "nothing changed" in out.getvalue()
    assert (Page.objects.count(), Revision.objects.count(), Translation.objects.count()) == before


def test_english_pages_are_translations_tracked_by_wagtail_localize(demo_site):
    english = Page.objects.filter(locale__language_code="en", depth__gt=1)
    assert english.count() >= 4
    tracked = Translation.objects.filter(
        target_locale__language_code="en", source__object_id__in=english.values("translation_key")
    ).count()
    assert tracked == english.count()


def test_demo_admin_is_refused_outside_debug(demo_site):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="DEBUG"):
        call_command("seed_demo", "--with-admin", stdout=io.StringIO())


@pytest.mark.parametrize("language", ["en", "tr"])
def test_every_demo_page_and_topic_is_translated(demo_site, language):
    locale = Locale.objects.get(language_code=language)
    for model, german in [
        (Page, Page.objects.filter(locale__language_code="de", depth__gt=1)),
        (TopicLabel, TopicLabel.objects.filter(locale__language_code="de")),
    ]:
        translated_keys = model.objects.filter(locale=locale).values("translation_key")
        assert [str(item) for item in german.exclude(translation_key__in=translated_keys)] == []


@pytest.mark.parametrize("language", ["en", "tr", "de-simple"])
def test_demo_translations_leave_no_segment_untranslated(demo_site, language):
    """A translator opening any English, Turkish or Leichte Sprache demo page (or snippet) in the translation editor
    finds nothing left to do."""
    incomplete = {}
    for translation in Translation.objects.filter(target_locale__language_code=language).select_related("source"):
        total, translated = translation.get_progress()
        if translated < total:
            incomplete[str(translation.source.get_source_instance())] = f"{translated}/{total}"
    assert incomplete == {}


def test_seed_demo_reports_a_few_lines_per_app_not_one_per_page(db):
    from django.core.management import call_command

    from demo.seeders import installed_seeders

    out = io.StringIO()
    call_command("seed_demo", stdout=out)  # the session's demo exists: everything reports "complete"
    lines = out.getvalue().splitlines()
    assert len(lines) <= len(installed_seeders()) + 1
    assert any(line.strip().startswith("directory:") for line in lines)
    assert lines[-1] == "Demo content already complete; nothing changed."
