from wagtail.contrib.sitemaps.sitemap_generator import Sitemap
from wagtail.models import Page


class MultilingualSitemap(Sitemap):
    """Wagtail's sitemap lists the site's (German) tree only; this one lists every language's pages."""

    def items(self):
        root = self.get_wagtail_site().root_page
        trees = Page.objects.none()
        for home in root.get_translations(inclusive=True):
            trees |= Page.objects.descendant_of(home, inclusive=True)
        return trees.live().public().order_by("path").defer_streamfields().specific()
