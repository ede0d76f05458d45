"""API v2 fields of the directory's pages: plain, serialisable values with a bounded number of queries.

Wagtail's API serialises a listing page by page. A field that followed a relation on each page would cost one
query per page, so every relation-reading field here first prefetches, once for the whole listing, everything
the page type declares in ``api_prefetch`` (Django's ``prefetch_related_objects`` on the already-fetched pages).
The listing's page count then no longer changes the number of queries.
"""

from django.db.models import prefetch_related_objects
from django.db.models.functions import Lower
from django.utils import translation
from rest_framework.fields import Field
from wagtail.api.v2.utils import get_object_detail_url
from wagtail.images.api.fields import ImageRenditionField
from wagtail.models import Locale

from home.localization import pick


def _pages_being_serialised(field, page):
    """All pages of the listing ``page`` belongs to (the listing's cached result), or just ``page``."""
    listing = getattr(field.parent, "parent", None)
    pages = getattr(listing, "instance", None)
    if listing is None or pages is None:
        return listing, [page]
    return listing, [item for item in pages if type(item) is type(page)]


def _prefetch_once(field, page, key, load):
    """Run ``load(pages)`` once per listing (or once per page in a detail view) and remember the result."""
    listing, pages = _pages_being_serialised(field, page)
    holder = listing if listing is not None else page
    cache = holder.__dict__.setdefault("_directory_api_cache", {})
    if key not in cache:
        cache[key] = load(pages)
    return cache[key]


def ensure_prefetched(field, page):
    lookups = getattr(type(page), "api_prefetch", [])
    _prefetch_once(field, page, "prefetch", lambda pages: prefetch_related_objects(pages, *lookups))


class PageField(Field):
    """A read-only field that receives the whole page and makes sure the listing's relations are prefetched.

    By default it shows the page's public value of the same name (or of ``attribute``), e.g. ``address``: the
    value the model declares once for every output, with labels in the page's language.
    """

    def __init__(self, attribute=None, **kwargs):
        self.attribute = attribute
        kwargs.setdefault("source", "*")
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, page):
        ensure_prefetched(self, page)
        with translation.override(page.locale.language_code):
            return self.represent(page)

    def represent(self, page):
        return getattr(page, self.attribute or self.field_name)


class ChoiceDisplayField(PageField):
    """A choice as ``{"value": "wilhelmstadt", "label": "Wilhelmstadt"}`` (label in the page's language)."""

    def __init__(self, choices, **kwargs):
        self.labels = dict(choices.choices)
        super().__init__(**kwargs)

    def represent(self, page):
        value = getattr(page, self.field_name)
        if not value:
            return None
        return {"value": value, "label": str(self.labels.get(value, value))}


class TopicsField(PageField):
    def represent(self, page):
        return [{"name": item.tag.name, "slug": item.tag.slug} for item in page.tagged_items.all()]


class LanguagesField(PageField):
    def represent(self, page):
        return [
            {"code": language.code, "name": str(language.name), "own_name": language.own_name}
            for language in page.languages.all()
        ]


class LogoField(PageField):
    """The logo as Wagtail's API shows related images: id, title and where to find it in the images endpoint."""

    def represent(self, page):
        image = page.logo
        if image is None:
            return None
        meta = {"type": f"{image._meta.app_label}.{type(image).__name__}"}
        router = self.context.get("router")
        if router is not None:
            meta["detail_url"] = get_object_detail_url(router, self.context.get("request"), type(image), image.pk)
        return {"id": image.pk, "title": image.title, "meta": meta}


class BulkRenditionField(ImageRenditionField):
    """Wagtail's rendition field, reading the renditions prefetched for the whole listing."""

    def __init__(self, filter_spec, **kwargs):
        kwargs["read_only"] = True
        super().__init__(filter_spec, **kwargs)

    def get_attribute(self, instance):
        ensure_prefetched(self, instance)
        return super().get_attribute(instance)


def _page_link(page, request):
    return {"id": page.pk, "title": page.title, "html_url": page.get_full_url(request)}


def _group_by_translation_key(pages):
    versions = {}
    for page in pages:
        versions.setdefault(page.translation_key, []).append(page)
    return versions


def _localized_links(pages, keys_of, model, request):
    """Per page, links to the live ``model`` pages whose translation keys ``keys_of[page.pk]`` holds, each in the
    page's language where translated, alphabetically: three queries for the whole listing."""
    all_keys = set().union(*keys_of.values()) if keys_of else set()
    candidates = model.objects.live().public().honest().filter(translation_key__in=all_keys)
    versions = _group_by_translation_key(candidates.select_related("locale").order_by(Lower("title"), "pk"))
    language_of = dict(Locale.objects.values_list("pk", "language_code"))
    links = {}
    for page in pages:
        chosen = [pick(versions.get(key, []), language_of[page.locale_id]) for key in keys_of.get(page.pk, ())]
        chosen = sorted((linked for linked in chosen if linked), key=lambda linked: linked.title.lower())
        links[page.pk] = [_page_link(linked, request) for linked in chosen]
    return links


class WorkingGroupLinksField(PageField):
    """The organisation's working groups, in the organisation's language where translated."""

    def represent(self, page):
        links = _prefetch_once(self, page, "working_groups", self.load)
        return links.get(page.pk, [])

    def load(self, organisations):
        from .models import WorkingGroupMembership, WorkingGroupPage

        memberships = WorkingGroupMembership.objects.filter(
            organisation__translation_key__in=[page.translation_key for page in organisations]
        ).values_list("organisation__translation_key", "group__translation_key")
        group_keys_by_org = {}
        for org_key, group_key in memberships:
            group_keys_by_org.setdefault(org_key, set()).add(group_key)
        keys_of = {page.pk: group_keys_by_org.get(page.translation_key, set()) for page in organisations}
        return _localized_links(organisations, keys_of, WorkingGroupPage, self.context.get("request"))


class MemberLinksField(PageField):
    """The working group's member organisations, in the group's language where translated."""

    def represent(self, page):
        links = _prefetch_once(self, page, "members", self.load)
        return links.get(page.pk, [])

    def load(self, groups):
        from .models import OrganisationPage, WorkingGroupMembership

        memberships = WorkingGroupMembership.objects.filter(group__in=[page.pk for page in groups]).values_list(
            "group_id", "organisation__translation_key"
        )
        keys_of = {}
        for group_id, org_key in memberships:
            keys_of.setdefault(group_id, set()).add(org_key)
        return _localized_links(groups, keys_of, OrganisationPage, self.context.get("request"))


class MeetingsField(PageField):
    """The group's meetings (``public_meetings``), with the minutes' address made absolute."""

    def represent(self, page):
        request = self.context.get("request")
        meetings = page.public_meetings
        for meeting in meetings:
            if meeting["minutes"] and request:
                meeting["minutes"]["url"] = request.build_absolute_uri(meeting["minutes"]["url"])
        return meetings
