"""Query vocabulary shared by the directory's page types."""

from django.db.models import Exists, OuterRef, Q
from wagtail.models import Locale, Page, PageManager
from wagtail.query import PageQuerySet


class LocalizedPageQuerySet(PageQuerySet):
    def in_locale_or_source(self, locale):
        """Pages of ``locale``, plus German originals that have no live translation in it yet.

        A visitor reading English sees every organisation: the translated ones in English, the rest in German,
        rather than a directory that silently shrinks while translators catch up.
        """
        default = Locale.get_default()
        if locale.pk == default.pk:
            return self.filter(locale=locale)
        translated = Page.objects.live().filter(locale=locale, translation_key=OuterRef("translation_key"))
        return self.filter(Q(locale=locale) | (Q(locale=default) & ~Exists(translated)))


LocalizedPageManager = PageManager.from_queryset(LocalizedPageQuerySet)
