"""The organisation rule (``directory.permissions``) on the admin's page listings, choosers and API."""

from wagtail import hooks

from .admin_views import OrganisationPagesAdminAPIViewSet
from .permissions import visible_pages


@hooks.register("construct_explorer_page_queryset")
def hide_other_organisations_pages_in_the_explorer(parent_page, pages, request):
    return visible_pages(pages, request.user)


@hooks.register("construct_page_chooser_queryset")
def hide_other_organisations_pages_in_the_chooser(pages, request):
    return visible_pages(pages, request.user)


@hooks.register("construct_admin_api")
def scope_the_admin_page_api(router):
    router.register_endpoint("pages", OrganisationPagesAdminAPIViewSet)
