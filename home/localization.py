"""The one home of the localisation rule: which version of a page a visitor in a language gets.

The rule
    For every item, the visitor gets its *live translation* in their language, else the *German source* marked
    as fallback. A live translation is a published page of that language that is neither an alias nor an
    untranslated copy: wagtail-localize creates a page in the target language as soon as an editor presses
    "Translate" (and the sync of trees creates aliases); such a page shows German text and counts as *missing*
    until a translator has translated at least one segment and published it. Drafts never count.

How an app uses it
    1. Let the page QuerySet extend ``LocalizedPageQuerySet`` (and the manager come from it)::

           from home.localization import LocalizedPageQuerySet

           class OfferPageQuerySet(LocalizedPageQuerySet):
               def open(self): ...

           class OfferPage(Page):
               objects = PageManager.from_queryset(OfferPageQuerySet)()

    2. List in the visitor's language with ``localized(code)``, one query, items translated where they are and
       German otherwise; ``page.is_fallback`` (an annotation) tells the template which is which::

           OfferPage.objects.live().public().localized(get_language()).open()

       Or start from German source pages (a partner API, a feed) and swap each for its translation with
       ``localize(pages, code)`` → list of ``Localized(page, source, fallback)``, two queries for any number.
    3. Only honest translations of one language (hreflang, sitemap, "new on the platform"):
       ``.translated_in(code)``. One page's versions: ``alternates(page)`` → ``{code: page}``.
    4. In templates: ``{% load localization_tags %}`` then ``{% content_lang page %}`` on elements showing a
       page's text, and ``{% field_lang page "intro" %}`` on a field that may still be German in a published
       translation: both render ``lang="de" dir="ltr"`` where the text is German, nothing otherwise.

Languages come from the same place: ``languages.get(code)`` gives a ``Language`` (own name, direction, search
configuration); ``content_languages()`` the configured ones, German first.
"""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import BooleanField, Case, Exists, OuterRef, Q, Value, When
from django.utils.translation import get_language
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import DraftStateMixin, Locale, Page, PageManager, PageViewRestriction
from wagtail.query import PageQuerySet

from . import languages, request_cache
from .languages import Language, direction  # noqa: F401 - re-exported: one import for apps

SOURCE_LANGUAGE = languages.SOURCE_LANGUAGE


def content_languages():
    """The configured content languages as ``Language`` objects, German first."""
    return [languages.get(code) for code, _name in settings.LANGUAGES]


def target_languages():
    """The content languages translators translate into (all but German)."""
    return [language for language in content_languages() if language.code != SOURCE_LANGUAGE]


def _locales():
    return {locale.language_code: locale for locale in Locale.objects.all()}


def locale_for(code):
    """The ``Locale`` of a language code (``Locale.objects.get_for_language``); all locales are read in one query
    per request. Raises ``Locale.DoesNotExist`` for a language without one, as Wagtail does."""
    locale = request_cache.cached("locales", _locales).get(get_supported_content_language_variant(code))
    if locale is None:
        raise Locale.DoesNotExist(code)
    return locale


def source_locale():
    return locale_for(SOURCE_LANGUAGE)


def with_locale(page):
    """``page`` with its ``locale`` taken from the locales read for this request, not a query of its own."""
    if page is not None and not Page.locale.is_cached(page):
        locales = request_cache.cached("locales", _locales).values()
        locale = next((locale for locale in locales if locale.pk == page.locale_id), None)
        if locale is not None:
            page.locale = locale
    return page


def active_locale():
    """Wagtail's ``Locale.get_active()``: the active language's locale, else the default (``LANGUAGE_CODE``)."""
    try:
        return locale_for(get_language())
    except (Locale.DoesNotExist, LookupError):
        return locale_for(settings.LANGUAGE_CODE)


def in_active_language(page):
    """Wagtail's ``page.localized`` (its live translation in the active language, else the page itself), with
    the active locale looked up once per request rather than once per call."""
    if page is None or not getattr(settings, "WAGTAIL_I18N_ENABLED", False):
        return page
    try:
        locale = active_locale()
    except (LookupError, Locale.DoesNotExist):
        return page
    if locale.id == page.locale_id:
        return page
    translation = page.get_translation_or_none(locale)
    if translation is None or (isinstance(page, DraftStateMixin) and not translation.live):
        return page
    return translation


def pages():
    """All pages (``Page.objects``) with this module's QuerySet methods and its once-per-request ``public()``."""
    return LocalizedPageQuerySet(Page).order_by("path")


def _untranslated_copy():
    """A Q that is true for a page wagtail-localize manages but of which not one segment is translated yet."""
    from wagtail_localize.models import StringTranslation, Translation

    managed = Translation.objects.filter(
        source__object_id=OuterRef("translation_key"), target_locale_id=OuterRef("locale_id"), enabled=True
    )
    translated_something = StringTranslation.objects.filter(
        locale_id=OuterRef("locale_id"), translation_of__segments__source__object_id=OuterRef("translation_key")
    )
    return Exists(managed) & ~Exists(translated_something)


def honest():
    """A Q for pages that may be shown as what they claim to be: German sources, and live, real translations."""
    return Q(locale__language_code=SOURCE_LANGUAGE) | (Q(live=True, alias_of__isnull=True) & ~_untranslated_copy())


def _restricted_pages():
    return [restriction.page for restriction in PageViewRestriction.objects.select_related("page")]


class LocalizedPageQuerySet(PageQuerySet):
    """Base QuerySet of every domain page type: the localisation rule as named, chainable methods."""

    def private_q(self):
        """Wagtail's, reading the view restrictions once per request however often ``public()`` is called."""
        q = Q()
        for page in request_cache.cached("restricted pages", _restricted_pages):
            q |= self.descendant_of_q(page, inclusive=True)
        return q if q else Q(pk__in=[])  # no private section: match nothing, as Wagtail does

    def sources(self):
        """The German source pages."""
        return self.filter(locale__language_code=SOURCE_LANGUAGE)

    def translated_in(self, code):
        """Pages of language ``code`` that count as translations (live, no alias, something translated)."""
        return self.filter(Q(locale__language_code=code) & honest())

    def localized(self, code):
        """Per item: its live translation in ``code``, else its German source; annotated with ``is_fallback``.

        Apply ``live()``/``public()`` as usual; the rule itself never offers a draft, alias or untranslated copy.
        """
        if code == SOURCE_LANGUAGE:
            return self.sources().annotate(is_fallback=Value(False, output_field=BooleanField()))
        translation = Page.objects.filter(
            honest(), translation_key=OuterRef("translation_key"), locale__language_code=code
        )
        return self.filter(
            (Q(locale__language_code=code) & honest())
            | (Q(locale__language_code=SOURCE_LANGUAGE) & ~Exists(translation))
        ).annotate(
            is_fallback=Case(
                When(locale__language_code=code, then=Value(False)), default=Value(True), output_field=BooleanField()
            )
        )

    def honest(self):
        """Drop aliases, drafts and untranslated copies of translations (German sources stay)."""
        return self.filter(honest())


LocalizedPageManager = PageManager.from_queryset(LocalizedPageQuerySet)


@dataclass
class Localized:
    """What to show for one item: ``page`` (translation or German source), its ``source``, and ``fallback``."""

    page: Page
    source: Page
    fallback: bool

    @property
    def language(self):
        return self.page.locale.language_code if self.fallback else None


def localize(source_pages, code, queryset=None):
    """Pair each German source page with what to show in ``code``: ``Localized(page, source, fallback)``.

    One query for the translations whatever the number of pages. ``queryset`` (of the pages' model, e.g. with the
    prefetches a schema needs) is where translations are looked up; by default the source pages' model.
    Sources in another language than German are kept as they are.
    """
    source_pages = list(source_pages)
    if code == SOURCE_LANGUAGE or not source_pages:
        return [Localized(page, page, False) for page in source_pages]
    if queryset is None:
        model = type(source_pages[0])
        queryset = (model if issubclass(model, Page) else Page).objects.all()
    translations = {
        page.translation_key: page
        for page in queryset.live()
        .filter(honest(), locale__language_code=code, translation_key__in={p.translation_key for p in source_pages})
        .select_related("locale")
    }
    localized = []
    for source in source_pages:
        translation = translations.get(source.translation_key)
        localized.append(Localized(translation or source, source, translation is None))
    return localized


def pick(versions, code):
    """From honest versions of one item (e.g. ``.honest()`` rows of one translation key, ``locale`` joined), the
    one in ``code``, else the German source, else None."""
    by_language = {version.locale.language_code: version for version in versions}
    return by_language.get(code) or by_language.get(SOURCE_LANGUAGE)


def localize_page(page, code):
    """``localize`` for one page of any language: its live translation in ``code``, else its German source."""
    if page.locale.language_code == code and (code == SOURCE_LANGUAGE or is_translated(page)):
        return Localized(page, page, False)
    source = page
    if page.locale.language_code != SOURCE_LANGUAGE:
        source = Page.objects.filter(
            translation_key=page.translation_key, locale__language_code=SOURCE_LANGUAGE
        ).first()
    if source is None:
        return Localized(page, page, page.locale.language_code != code)
    return localize([source.specific], code)[0]


def is_translated(page):
    """True when ``page`` is a German source or a live translation that counts (no alias, draft or empty copy)."""
    if page.locale.language_code == SOURCE_LANGUAGE:
        return True
    return Page.objects.filter(honest(), pk=page.pk).exists()


def alternates(page, request=None):
    """``{code: page}``: the versions of ``page`` a visitor may be sent to as translations, German included.

    Only honest, live, public versions; what hreflang, the sitemap and the language switcher announce.
    """
    return alternates_of([page])[0]


def alternates_of(items):
    """``alternates`` of several pages in one query: a ``{code: page}`` per page, in their order (an empty one for
    ``None``); no query when there is no page."""
    keys = {page.translation_key for page in items if page is not None}
    by_key = {key: {} for key in keys}
    if keys:
        versions = (
            pages().live().public().filter(honest(), translation_key__in=keys).select_related("locale").order_by()
        )
        codes = {language.code for language in content_languages()}
        for version in versions:
            if version.locale.language_code in codes:
                by_key[version.translation_key][version.locale.language_code] = version
    return [by_key[page.translation_key] if page is not None else {} for page in items]


def redirect_deleted_translation(page):
    """Before a live translation is deleted: a redirect from its address to the German page under the same language
    prefix (the fallback with a notice), so a visitor's old link leads on instead of to a 404.

    Wagtail's redirects answer only where a page would be a 404: a new translation at the same address wins.
    """
    from wagtail.contrib.redirects.models import Redirect

    code = page.locale.language_code
    if code == SOURCE_LANGUAGE or not page.live:
        return None
    source = (
        Page.objects.live().filter(translation_key=page.translation_key, locale__language_code=SOURCE_LANGUAGE).first()
    )
    parts, source_parts = page.get_url_parts(), source.get_url_parts() if source else None
    if parts is None or source_parts is None or not source_parts[2].startswith(f"/{SOURCE_LANGUAGE}/"):
        return None
    site_id, _root_url, path = parts
    target = f"/{code}/" + source_parts[2][len(f"/{SOURCE_LANGUAGE}/") :]
    if Redirect.normalise_path(target) == Redirect.normalise_path(path):  # a language's home page: no loop
        return None
    redirect, _created = Redirect.objects.update_or_create(
        old_path=Redirect.normalise_path(path),
        site_id=site_id,
        defaults={"redirect_link": target, "redirect_page": None, "is_permanent": False},
    )
    return redirect


def language_attributes(code):
    """``{"lang": ..., "dir": ...}`` for a language code, so ``lang`` never appears without ``dir``."""
    return {"lang": code, "dir": direction(code)}


__all__ = [
    "Language",
    "Localized",
    "LocalizedPageManager",
    "LocalizedPageQuerySet",
    "SOURCE_LANGUAGE",
    "active_locale",
    "alternates",
    "alternates_of",
    "content_languages",
    "direction",
    "honest",
    "in_active_language",
    "is_translated",
    "language_attributes",
    "languages",
    "locale_for",
    "localize",
    "localize_page",
    "pages",
    "pick",
    "redirect_deleted_translation",
    "source_locale",
    "target_languages",
    "with_locale",
]
