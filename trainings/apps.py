from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TrainingsConfig(AppConfig):
    name = "trainings"
    label = "trainings"
    verbose_name = _("Trainings and network meetings")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import seed  # noqa: F401 - registers the trainings demo content
