from django.conf import settings
from django.contrib import messages
from django.core.paginator import Paginator
from django.db import transaction
from django.shortcuts import render
from django.utils.translation import gettext as _
from wagtail.admin.views.pages.create import CreateView
from wagtail.models import Page

from .models import TranslatorGroup
from .translation import STATES, snippet_translation_status, translation_status


def translation_overview(request):
    """Every German page and translatable snippet with the state and progress of its translation per language.

    Filters (GET): ``q`` (page title), ``lang`` (one language code, or ``all``) and ``state``. Translators see their
    own languages first and, until they choose otherwise, only those. An unknown value is ignored with a message.
    """
    languages = [(code, name) for code, name in settings.WAGTAIL_CONTENT_LANGUAGES if code != settings.LANGUAGE_CODE]
    own = [code for code, _name in languages if code in TranslatorGroup.languages_of(request.user)]
    languages.sort(key=lambda language: language[0] not in own)  # stable: own languages first, then the rest
    names = dict(languages)

    language_filter = request.GET.get("lang", "")
    if language_filter and language_filter != "all" and language_filter not in names:
        messages.warning(request, _("Unknown language in the filter; showing the default languages."))
        language_filter = ""
    if language_filter == "all":
        codes = list(names)
    elif language_filter:
        codes = [language_filter]
    else:
        codes = own or list(names)
    state_filter = request.GET.get("state", "")
    if state_filter and state_filter not in {state.code for state in STATES}:
        messages.warning(request, _("Unknown state in the filter; showing every state."))
        state_filter = ""

    source_pages = (
        Page.objects.filter(locale__language_code=settings.LANGUAGE_CODE, depth__gt=1)
        .order_by("path")
        .only("id", "title", "depth", "path", "translation_key", "last_published_at", "live")
    )
    query = request.GET.get("q", "").strip()[:100]
    if query:
        source_pages = source_pages.filter(title__icontains=query)
    if state_filter:
        # A state is only known once every page's translations are looked at (still a fixed number of queries), so
        # filter the whole list before cutting it into pages: page 1 of "outdated" must not come out empty.
        rows = [row for row in translation_status(source_pages, codes) if row.has_state(state_filter)]
        page_obj = Paginator(rows, 50).get_page(request.GET.get("p"))
        rows = page_obj.object_list
    else:
        page_obj = Paginator(source_pages, 50).get_page(request.GET.get("p"))
        rows = translation_status(page_obj.object_list, codes)
    snippet_sections = [
        (
            model._meta.verbose_name_plural,
            [row for row in snippet_rows if not state_filter or row.has_state(state_filter)],
        )
        for model, snippet_rows in snippet_translation_status(codes)
    ]
    return render(
        request,
        "home/admin/translation_overview.html",
        {
            "page_title": _("Translation status"),
            "header_icon": "globe",
            "rows": rows,
            "snippet_sections": snippet_sections,
            "languages": [(code, names[code]) for code in codes],
            "language_choices": languages,
            "own_languages": own,
            "page_obj": page_obj,
            "elided_page_range": page_obj.paginator.get_elided_page_range(page_obj.number),
            "states": STATES,
            "state_filter": state_filter,
            "language_filter": language_filter,
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
