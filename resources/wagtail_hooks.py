"""Documents attached to resources are only served to visitors who may see one of those resources."""

from django.shortcuts import render
from wagtail import hooks

from .models import ResourceFile


def may_download(document, request):
    """Whether ``request`` may download ``document``.

    A document that no resource uses is left to Wagtail's own rules (collection privacy). One that resources use
    is served if at least one of them is live and its privacy settings (login, password, groups) let the visitor
    in; editors with admin access may always download, so they can check drafts.
    """
    pages = [item.page for item in ResourceFile.objects.filter(document=document).select_related("page")]
    if not pages:
        return True
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated and user.has_perm("wagtailadmin.access_admin"):
        return True
    return any(
        page.live and all(restriction.accept_request(request) for restriction in page.get_view_restrictions())
        for page in pages
    )


@hooks.register("before_serve_document")
def protect_resource_documents(document, request):
    if not may_download(document, request):
        return render(request, "resources/document_forbidden.html", status=403)
    return None
