"""The exchange in the admin: the editor's dashboard panel and the digest opt-in."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.admin.ui.components import Component
from wagtail.permission_policies.pages import PagePermissionPolicy

from directory.models import OrganisationPage
from directory.permissions import owned_by

from .models import DigestSubscription, ExchangeEntryPage


def editable_entries(user):
    """The German entries ``user`` may edit: Wagtail's group page permissions, narrowed by the organisation rule.

    The page permission policy knows only the groups' page trees, not whose entry a page is, so the rule is applied
    here as everywhere else (directory.permissions.owned_by).
    """
    editable = PagePermissionPolicy().instances_user_has_any_permission_for(user, ["change"])
    return owned_by(ExchangeEntryPage.objects.sources().filter(pk__in=editable.values("pk")), user)


def organisations_of(user):
    """The German organisations whose entries ``user`` may edit: whose digest they may subscribe to."""
    keys = editable_entries(user).exclude(organisation=None).values("organisation__translation_key")
    return OrganisationPage.objects.filter(locale__language_code="de", translation_key__in=keys).order_by("title")


class ExchangePanel(Component):
    """On the admin home: the editor's open needs with the offers that fit them, and the digest switch."""

    name = "exchange"
    order = 150
    template_name = "exchange/admin/home_panel.html"

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context):
        user = self.request.user
        needs = list(editable_entries(user).live().needs().current().for_listing().order_by("valid_until")[:10])
        subscribed = set(DigestSubscription.objects.filter(user=user).values_list("organisation_id", flat=True))
        return {
            "needs": [{"need": need, "matches": need.matches()} for need in needs],
            "expiring": editable_entries(user).live().current().order_by("valid_until")[:5],
            "organisations": [
                {"organisation": organisation, "subscribed": organisation.pk in subscribed}
                for organisation in organisations_of(user)
            ],
            "csrf_token": parent_context.get("csrf_token"),
            "request": self.request,
        }


@require_POST
def toggle_digest(request, organisation_id):
    """Subscribe to (or leave) the weekly digest of an organisation whose entries the editor manages."""
    organisation = get_object_or_404(organisations_of(request.user), pk=organisation_id)
    subscription = DigestSubscription.objects.filter(user=request.user, organisation=organisation).first()
    if subscription is not None:
        subscription.delete()
        messages.success(request, _("You no longer receive the weekly exchange digest."))
    else:
        DigestSubscription.objects.create(user=request.user, organisation=organisation)
        messages.success(request, _("You will receive a weekly e-mail when new offers fit your needs."))
    return redirect("wagtailadmin_home")
