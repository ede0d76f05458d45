from django.conf import settings
from django.core.paginator import Paginator
from django.db import transaction
from django.shortcuts import render
from django.utils.translation import gettext as _
from wagtail.admin.views.pages.create import CreateView
from wagtail.models import Page

from .translation import translation_status


def translation_overview(request):
    """Every German page with the state of its translation in each content language."""
    source_pages = (
        Page.objects.filter(locale__language_code=settings.LANGUAGE_CODE, depth__gt=1)
        .order_by("path")
        .only("id", "title", "depth", "path", "translation_key", "last_published_at", "live")
    )
    query = request.GET.get("q", "").strip()[:100]
    if query:
        source_pages = source_pages.filter(title__icontains=query)
    state_filter = request.GET.get("state", "")
    if state_filter in {"missing", "draft", "outdated", "current"}:
        # A state is only known once every page's translations are looked at (still three queries), so filter the
        # whole list before cutting it into pages: page 1 of "outdated" must not come out empty.
        rows = [
            row
            for row in translation_status(source_pages)
            if any(state.code == state_filter for state, _id in row.states.values())
        ]
        page_obj = Paginator(rows, 50).get_page(request.GET.get("p"))
        rows = page_obj.object_list
    else:
        page_obj = Paginator(source_pages, 50).get_page(request.GET.get("p"))
        rows = translation_status(page_obj.object_list)
    languages = [(code, name) for code, name in settings.WAGTAIL_CONTENT_LANGUAGES if code != settings.LANGUAGE_CODE]
    return render(
        request,
        "home/admin/translation_overview.html",
        {
            "page_title": _("Translation status"),
            "header_icon": "globe",
            "rows": rows,
            "languages": languages,
            "page_obj": page_obj,
            "state_filter": state_filter,
            "query": query,
        },
    )


class SerialisedPageCreateView(CreateView):
    """Wagtail's "add page" view, with the creation of pages under one parent taken one at a time.

    A new page's tree path and the check that its slug is free both read the siblings. Two editors publishing at
    the same moment could pass the check together and then collide (a 500 and a lost form). The parent's row is
    locked for the save, so the second editor's form is checked against the first one's page and comes back with
    Wagtail's own "slug in use" error, their text intact. The whole save is one transaction.
    """

    def post(self, request):
        with transaction.atomic():
            locked = Page.objects.select_for_update().only("numchild").get(pk=self.parent_page.pk)
            self.parent_page.numchild = locked.numchild  # the tree path of the new child is computed from it
            return super().post(request)
