"""Self-service sign-up: who asked to be listed, kept apart from the public profile and deleted once handled."""

from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .. import conf

# Raise it whenever the consent sentence of the sign-up form changes: each sign-up keeps the version it agreed to.
CONSENT_TEXT_VERSION = "2026-12-1"


class OrganisationSignupQuerySet(models.QuerySet):
    def open(self):
        return self.filter(handled_at__isnull=True)

    def due_for_deletion(self, now=None):
        """Handled sign-ups older than the retention period (``DIRECTORY_SIGNUP_RETENTION_DAYS`` after handling)."""
        cutoff = (now or timezone.now()) - timedelta(days=conf.signup_retention_days())
        return self.filter(handled_at__lt=cutoff)


class OrganisationSignup(models.Model):
    """A request to be listed: the submitter's contact and consent, and the draft profile it created."""

    organisation = models.OneToOneField(
        "directory.OrganisationPage",
        verbose_name=_("draft profile"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="signup",
    )
    contact_name = models.CharField(_("contact person"), max_length=200)
    contact_email = models.EmailField(_("contact e-mail"), max_length=254)
    language = models.CharField(_("language"), max_length=10, help_text=_("The language the person wants e-mails in."))
    consent_at = models.DateTimeField(_("consent given"))
    consent_text_version = models.CharField(_("consent text version"), max_length=20)
    created_at = models.DateTimeField(_("received"), auto_now_add=True)
    handled_at = models.DateTimeField(
        _("handled"), null=True, blank=True, help_text=_("When a coordinator published and invited, or declined.")
    )
    invited_user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("invited user"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = OrganisationSignupQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("sign-up")
        verbose_name_plural = _("sign-ups")
        permissions = [("invite_signup", _("Can publish a sign-up's profile and invite its submitter"))]

    def __str__(self):
        title = self.organisation.title if self.organisation_id else _("(profile deleted)")
        return f"{title} – {self.contact_name}"
