from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def sync_languages(sender, **kwargs):
    from .models import Language

    Language.sync_with_constants(using=kwargs.get("using", "default"))


class DirectoryConfig(AppConfig):
    name = "directory"
    label = "directory"
    verbose_name = _("Organisation directory and working groups")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # The curated list of languages lives in directory.constants; every migrate (and a test database's
        # flush) brings the table in step with it.
        post_migrate.connect(sync_languages, sender=self)
