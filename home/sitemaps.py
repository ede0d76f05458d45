from wagtail.contrib.sitemaps.sitemap_generator import Sitemap
from wagtail.models import Page

from . import languages
from .localization import SOURCE_LANGUAGE, honest


class MultilingualSitemap(Sitemap):
    """Wagtail's sitemap lists the site's (German) tree only; this one lists every language's pages.

    Only German sources and honest translations (``home.localization``): aliases and untranslated copies are
    German text under another language's address and stay out.
    """

    def items(self):
        root = self.get_wagtail_site().root_page
        trees = Page.objects.none()
        for home in root.get_translations(inclusive=True):
            trees |= Page.objects.descendant_of(home, inclusive=True)
        return trees.live().public().filter(honest()).order_by("path").defer_streamfields().specific()

    def _urls(self, page, protocol, domain):
        """Each page's URLs with ``xhtml:link`` alternates: its honest versions in every language, and x-default.

        The versions of a whole sitemap page are fetched in one query. Varieties such as Leichte Sprache carry no
        hreflang (``Language.hreflang``), since search engines would read them as a language of their own.
        """
        items = list(self.paginator.page(page).object_list)
        versions, codes = {}, {}
        for version in (
            Page.objects.live()
            .public()
            .filter(honest(), translation_key__in={item.translation_key for item in items})
            .select_related("locale")
            .order_by("path")
        ):
            versions.setdefault(version.translation_key, []).append(version)
            codes[version.locale_id] = version.locale.language_code
        urls, last_mods = [], set()
        for item in items:
            alternates = []
            # A variety's page (Leichte Sprache) is listed, but as no alternate of the others: it names none either.
            own = languages.BY_CODE.get(codes.get(item.locale_id))
            announced = versions.get(item.translation_key, []) if own is not None and own.hreflang else []
            for version in announced:
                code = version.locale.language_code
                language = languages.BY_CODE.get(code)
                if language is None or not language.hreflang:
                    continue
                location = version.get_full_url(self.request)
                alternates.append({"lang_code": language.hreflang, "location": location})
                if code == SOURCE_LANGUAGE:
                    alternates.append({"lang_code": "x-default", "location": location})
            for url_info in item.get_sitemap_urls(self.request):
                if len(alternates) > 2:  # more than German and its x-default: there is a translation
                    url_info["alternates"] = alternates
                urls.append(url_info)
                last_mods.add(url_info.get("lastmod"))
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls
