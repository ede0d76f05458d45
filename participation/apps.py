from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ParticipationConfig(AppConfig):
    name = "participation"
    label = "participation"
    verbose_name = _("Participation and reach")
    default_auto_field = "django.db.models.BigAutoField"
