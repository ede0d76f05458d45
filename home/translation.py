"""The translation workflow around wagtail-localize: translator groups and the status of every page's translations.

German is the source language. Translators get one group per content language; its permissions cover that
language's page tree only (the tree below that language's home page), so locale-scoping falls out of Wagtail's
page permissions: a Turkish translator can edit and publish Turkish pages, and nothing else.
"""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext_lazy as _
from wagtail.models import GroupPagePermission, Locale, Page, TranslatableMixin
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import TranslationSource

from .models import TranslatorGroup

# Page permissions a translator holds on their language's tree: edit and publish what exists. No "add" and no
# "delete" (which Wagtail also requires for moving), so the tree's shape stays with the editors.
TRANSLATOR_PAGE_PERMISSIONS = ["change", "publish"]


def translator_group_name(language_code):
    return f"Übersetzung {dict(settings.WAGTAIL_CONTENT_LANGUAGES)[language_code]} ({language_code})"


def ensure_translator_groups():
    """One group per target language, with admin access and page rights on that language's tree (if it exists).

    Idempotent; runs from seed_demo and whenever a home page is saved (a new language's tree appears when its
    first translation is made).
    """
    access_admin = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    # Translated snippets (topic labels, the footer) are edited in wagtail-localize's editor, which asks for the
    # model's "change" permission. Wagtail cannot scope that to a locale; a hook keeps translators to theirs.
    change_snippets = [
        Permission.objects.get(
            content_type=ContentType.objects.get_for_model(model), codename=f"change_{model._meta.model_name}"
        )
        for model in get_snippet_models()
        if issubclass(model, TranslatableMixin)
    ]
    homes = {
        home.locale.language_code: home
        for home in Page.objects.filter(
            depth=2, content_type__app_label="home", content_type__model="homepage"
        ).select_related("locale")
    }
    groups = []
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        if code == settings.LANGUAGE_CODE:
            continue
        marker = TranslatorGroup.objects.filter(language_code=code).select_related("group").first()
        if marker is None:
            group, _created = Group.objects.get_or_create(name=translator_group_name(code))
            TranslatorGroup.objects.create(group=group, language_code=code)
        else:
            group = marker.group  # an admin may have renamed it; the marker keeps it ours
        group.permissions.add(access_admin, *change_snippets)
        home = homes.get(code)
        if home is not None:
            for codename in TRANSLATOR_PAGE_PERMISSIONS:
                permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=f"{codename}_page")
                GroupPagePermission.objects.get_or_create(group=group, page=home, permission=permission)
        groups.append(group)
    return groups


@dataclass(frozen=True)
class TranslationState:
    code: str
    label: str


MISSING = TranslationState("missing", _("missing"))
DRAFT = TranslationState("draft", _("draft"))
OUTDATED = TranslationState("outdated", _("outdated"))
CURRENT = TranslationState("current", _("up to date"))


@dataclass
class PageTranslationStatus:
    page: Page
    states: dict  # language code -> (TranslationState, translated page id or None)


def translation_status(source_pages):
    """For each German page: per target language, whether its translation is missing, a draft, outdated or current.

    "Outdated" means the German page changed after wagtail-localize last took its text for translators (a sync
    will show the changed segments). Three queries whatever the number of pages.
    """
    source_pages = list(source_pages)
    keys = [page.translation_key for page in source_pages]
    target_codes = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES if code != settings.LANGUAGE_CODE]
    translated = {
        (row["translation_key"], row["locale__language_code"]): row
        for row in Page.objects.filter(translation_key__in=keys, locale__language_code__in=target_codes).values(
            "id", "translation_key", "locale__language_code", "live"
        )
    }
    source_locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    synced_at = dict(
        TranslationSource.objects.filter(object_id__in=keys, locale=source_locale).values_list(
            "object_id", "last_updated_at"
        )
    )
    rows = []
    for page in source_pages:
        states = {}
        for code in target_codes:
            row = translated.get((page.translation_key, code))
            if row is None:
                states[code] = (MISSING, None)
            elif not row["live"]:
                states[code] = (DRAFT, row["id"])
            elif (
                page.translation_key in synced_at
                and page.last_published_at
                and page.last_published_at > synced_at[page.translation_key]
            ):
                states[code] = (OUTDATED, row["id"])
            else:
                states[code] = (CURRENT, row["id"])
        rows.append(PageTranslationStatus(page, states))
    return rows


def translation_fields_table():
    """Markdown table of every page type's translated and synchronised fields, for docs/translation.md."""
    from wagtail.models import get_page_models
    from wagtail_localize.fields import SynchronizedField, TranslatableField

    rows = ["| page type | translated (translators) | synchronised (follow the German page) |", "| --- | --- | --- |"]
    for model in get_page_models():
        if model._meta.app_label == "wagtailcore":
            continue
        declared = getattr(model, "translatable_fields", [])
        translated = [field.field_name for field in declared if isinstance(field, TranslatableField)]
        synchronised = [field.field_name for field in declared if isinstance(field, SynchronizedField)]
        rows.append(f"| `{model._meta.label}` | {', '.join(translated)} | {', '.join(synchronised)} |")
    return "\n".join(rows) + "\n"
