"""Every visitor-facing interface string is translated into every content language.

Visitor-facing means: used in a template outside the admin, or in a module listed below (forms and feeds that
visitors read). Admin-only strings must be complete in German; other languages fall back to English there.
"""

from pathlib import Path

import polib
import pytest
from django.conf import settings

from home import languages

ROOT = Path(__file__).resolve().parents[1]
SOURCE_LANGUAGE_OF_MSGIDS = "en"
VISITOR_MODULES = {"forms.py", "feeds.py", "emails.py", "errors.py"}
ADMIN_MARKERS = ("/admin/", "wagtailadmin", "wagtail_hooks", "admin_views")

LOCALE_DIRS = sorted(
    {
        path.parent.parent.parent
        for path in ROOT.glob("**/locale/*/LC_MESSAGES/django.po")
        if ".venv" not in path.relative_to(ROOT).parts
    }
)


def is_visitor_facing(entry):
    for path, _line in entry.occurrences:
        if any(marker in path for marker in ADMIN_MARKERS):
            continue
        if "/templates/" in f"/{path}" or Path(path).name in VISITOR_MODULES:
            return True
    return False


def pofile(locale_dir, code):
    path = locale_dir / code / "LC_MESSAGES" / "django.po"
    assert path.exists(), f"{path.relative_to(ROOT)} is missing"
    return polib.pofile(str(path))


# A variety (Leichte Sprache) speaks its base language's interface and has no catalogue of its own.
TARGETS = [
    code
    for code, _name in settings.LANGUAGES
    if code != SOURCE_LANGUAGE_OF_MSGIDS and not languages.get(code).variant_of
]


@pytest.mark.parametrize("locale_dir", LOCALE_DIRS, ids=lambda p: str(p.relative_to(ROOT)))
@pytest.mark.parametrize("code", TARGETS)
def test_visitor_facing_strings_are_translated(locale_dir, code):
    missing = [
        entry.msgid
        for entry in pofile(locale_dir, code)
        if is_visitor_facing(entry) and (not entry.msgstr and not any(entry.msgstr_plural.values()))
    ]
    assert not missing, f"{len(missing)} untranslated in {code}: {missing[:5]}"


@pytest.mark.parametrize("locale_dir", LOCALE_DIRS, ids=lambda p: str(p.relative_to(ROOT)))
def test_german_is_complete_including_the_admin(locale_dir):
    untranslated = [entry.msgid for entry in pofile(locale_dir, "de").untranslated_entries()]
    assert not untranslated, untranslated[:5]


@pytest.mark.parametrize("locale_dir", LOCALE_DIRS, ids=lambda p: str(p.relative_to(ROOT)))
@pytest.mark.parametrize("code", TARGETS)
def test_no_translation_is_left_fuzzy(locale_dir, code):
    fuzzy = [entry.msgid for entry in pofile(locale_dir, code).fuzzy_entries()]
    assert not fuzzy, fuzzy[:5]
