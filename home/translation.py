"""The translation workflow around wagtail-localize: translator groups and the status of every page's translations.

German is the source language. Translators get one group per content language; its permissions cover that
language's page tree only (the tree below that language's home page), so locale-scoping falls out of Wagtail's
page permissions: a Turkish translator can edit and publish Turkish pages, and nothing else.
"""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, F
from django.utils.translation import gettext_lazy as _
from wagtail.models import GroupPagePermission, Page, TranslatableMixin
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import StringSegment, Translation, TranslationSource

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
IN_PROGRESS = TranslationState("in_progress", _("in progress"))
DRAFT = TranslationState("draft", _("draft"))
OUTDATED = TranslationState("outdated", _("outdated"))
COMPLETE = TranslationState("complete", _("complete"))
STATES = [MISSING, IN_PROGRESS, DRAFT, OUTDATED, COMPLETE]


@dataclass(frozen=True)
class LanguageStatus:
    """One translation of one source object: its state and wagtail-localize's progress (``None`` when unmanaged)."""

    state: TranslationState
    target_id: int | None = None
    translated: int | None = None
    total: int | None = None
    live: bool = False

    @property
    def has_progress(self):
        return self.total is not None


@dataclass
class TranslationStatus:
    """A German page or snippet and, per target language code, its ``LanguageStatus``."""

    source: object
    states: dict
    edit_url_name: str

    @property
    def page(self):
        return self.source

    def has_state(self, code):
        return any(status.state.code == code for status in self.states.values())


def translatable_snippet_models():
    """The snippets translated with wagtail-localize: every ``TranslatableMixin`` one (topic labels, footer)."""
    return [model for model in get_snippet_models() if issubclass(model, TranslatableMixin)]


def _edit_url_name(model):
    if issubclass(model, Page):
        return "wagtailadmin_pages:edit"
    return model.snippet_viewset.get_url_name("edit")


def translation_status(sources, language_codes=None):
    """Per German source (pages, or snippets of one model) and target language: state and progress, in bulk.

    The progress is wagtail-localize's own (``Translation.get_progress``: string segments of the source, and those
    with an error-free translation into the language for the same string and context), counted for all sources in
    two grouped queries. Following the localisation rule (``home.localization``), an alias or a copy of which not one
    segment is translated counts as *missing*. *Outdated*: the German page was published after wagtail-localize last
    took its text (a sync shows the changed segments); snippets keep no such date, so they are never outdated here.
    A fixed number of queries whatever the number of sources.
    """
    sources = list(sources)
    if not sources:
        return []
    target_codes = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES if code != settings.LANGUAGE_CODE]
    codes = [code for code in (language_codes or target_codes) if code in target_codes]
    model = Page if isinstance(sources[0], Page) else type(sources[0])
    keys = [source.translation_key for source in sources]

    fields = ["pk", "translation_key", "locale__language_code"] + (["live", "alias_of_id"] if model is Page else [])
    targets = {
        (row["translation_key"], row["locale__language_code"]): row
        for row in model._default_manager.filter(translation_key__in=keys, locale__language_code__in=codes).values(
            *fields
        )
    }
    synced = {
        row["object_id"]: row
        for row in TranslationSource.objects.filter(
            object_id__in=keys, locale__language_code=settings.LANGUAGE_CODE
        ).values("id", "object_id", "last_updated_at")
    }
    source_ids = [row["id"] for row in synced.values()]
    managed = set(
        Translation.objects.filter(
            source_id__in=source_ids, target_locale__language_code__in=codes, enabled=True
        ).values_list("source_id", "target_locale__language_code")
    )
    totals = dict(
        StringSegment.objects.filter(source_id__in=source_ids)
        .values("source_id")
        .annotate(total=Count("pk"))
        .values_list("source_id", "total")
    )
    # The same count as get_progress: a segment is translated when an error-free StringTranslation exists for its
    # string and context in the language ((locale, string, context) is unique, so counting joined rows is exact).
    translated = {
        (row["source_id"], row["string__translations__locale__language_code"]): row["done"]
        for row in StringSegment.objects.filter(
            source_id__in=source_ids,
            string__translations__context_id=F("context_id"),
            string__translations__locale__language_code__in=codes,
            string__translations__has_error=False,
        )
        .values("source_id", "string__translations__locale__language_code")
        .annotate(done=Count("pk"))
    }

    edit_url_name = _edit_url_name(model)
    rows = []
    for source in sources:
        source_row = synced.get(source.translation_key)
        changed_at = getattr(source, "last_published_at", None)
        outdated = bool(source_row and changed_at and changed_at > source_row["last_updated_at"])
        states = {}
        for code in codes:
            target = targets.get((source.translation_key, code))
            progress = {}
            if source_row and (source_row["id"], code) in managed:
                progress = {
                    "total": totals.get(source_row["id"], 0),
                    "translated": translated.get((source_row["id"], code), 0),
                }
            if target is None or target.get("alias_of_id"):
                states[code] = LanguageStatus(MISSING, None, **progress)
                continue
            live = target.get("live", True)
            if progress and progress["translated"] == 0:
                state = MISSING  # an untranslated copy shows German text: not a translation yet
            elif outdated:
                state = OUTDATED
            elif progress and progress["translated"] < progress["total"]:
                state = IN_PROGRESS
            elif not live:
                state = DRAFT
            else:
                state = COMPLETE
            states[code] = LanguageStatus(state, target["pk"], live=live, **progress)
        rows.append(TranslationStatus(source, states, edit_url_name))
    return rows


def snippet_translation_status(language_codes=None):
    """``translation_status`` of every German translatable snippet, model by model: ``[(model, rows)]``."""
    sections = []
    for model in translatable_snippet_models():
        snippets = model._default_manager.filter(locale__language_code=settings.LANGUAGE_CODE).select_related("locale")
        sections.append((model, translation_status(snippets, language_codes)))
    return sections


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
