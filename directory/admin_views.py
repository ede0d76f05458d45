"""Admin views narrowed by the organisation rule where Wagtail offers no hook."""

from wagtail.admin.api.views import PagesAdminAPIViewSet
from wagtail.admin.views.pages.search import SearchView

from .permissions import visible_pages


class OrganisationPageSearchView(SearchView):
    """Wagtail's admin page search without other organisations' pages.

    Wagtail filters the search by its explorable pages only (no ``construct_explorer_page_queryset`` call), and
    ``annotate_queryset`` is the one step that runs on the page queryset, and after ``all_pages`` (the type
    facets) is set, before the search itself.
    """

    def annotate_queryset(self, pages):
        self.all_pages = visible_pages(self.all_pages, self.request.user)
        return super().annotate_queryset(visible_pages(pages, self.request.user))


class OrganisationPagesAdminAPIViewSet(PagesAdminAPIViewSet):
    """The admin API (explorer menu, listings, detail, actions) without other organisations' pages."""

    def get_base_queryset(self):
        return visible_pages(super().get_base_queryset(), self.request.user)
