"""Local development: debug on, a fixed throw-away secret, e-mails printed to the console."""

import os

from .base import *  # noqa: F403
from .base import INSTALLED_APPS, env_bool

DEBUG = env_bool("DEBUG", True)
SECRET_KEY = os.environ.get("SECRET_KEY") or "dev-only-insecure-key-never-use-in-production"  # noqa: S105
ALLOWED_HOSTS = ["*"]
# The demo content and `manage.py seed_demo`: development and tests only, never in production (a new list, so
# base.INSTALLED_APPS, which production imports, stays without it).
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
# No manifest in development: collectstatic is not needed to see a change.
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405

# Serve static files straight from the app folders; no collectstatic before a test or a local run.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
