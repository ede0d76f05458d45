"""wagtail/bakerydemo as the benchmark serves it: its production settings, DEBUG off, no HTTPS redirect.

Runs in bakerydemo's own virtualenv (``bench/compare/bakerydemo.py`` builds it), with this directory after the
checkout on ``PYTHONPATH``. Media and collected static files live in the benchmark's work directory, so the
checkout is only read. Its cache is its production default without ``REDIS_URL``: local memory in each worker.
"""

import os

from bakerydemo.settings.production import *  # noqa: F403

DEBUG = False
ALLOWED_HOSTS = ["*"]
SECURE_SSL_REDIRECT = False
SECURE_HSTS_SECONDS = 0
WAGTAILADMIN_BASE_URL = "http://127.0.0.1"
MEDIA_ROOT = os.path.join(os.environ["BENCH_BAKERYDEMO_WORK"], "media")
STATIC_ROOT = os.path.join(os.environ["BENCH_BAKERYDEMO_WORK"], "static")
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "WARNING"}}
