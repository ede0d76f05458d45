"""How users are tied to organisations: one Django group per organisation, with its own media collection."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class OrganisationGroup(models.Model):
    """Marks a user group as the editors of one organisation (created by ``setup_roles`` or on invitation).

    Members edit that organisation's pages under the rule in ``directory.permissions`` and upload images and
    documents to its collection. A user may belong to the groups of several organisations.
    """

    organisation = models.OneToOneField(
        "directory.OrganisationPage",
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="editor_group",
        help_text=_("The organisation's German page."),
    )
    group = models.OneToOneField(
        "auth.Group", verbose_name=_("group"), on_delete=models.CASCADE, related_name="organisation_group"
    )
    collection = models.OneToOneField(
        "wagtailcore.Collection",
        verbose_name=_("collection"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="organisation_group",
        help_text=_("Where the organisation's editors keep their images and documents."),
    )

    class Meta:
        verbose_name = _("organisation's editor group")
        verbose_name_plural = _("organisations' editor groups")

    def __str__(self):
        return self.group.name
