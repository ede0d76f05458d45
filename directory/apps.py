from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DirectoryConfig(AppConfig):
    name = "directory"
    label = "directory"
    verbose_name = _("Organisation directory and working groups")
    default_auto_field = "django.db.models.BigAutoField"
