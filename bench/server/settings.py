"""Benchmark server settings: development settings with DEBUG off, plus a trivial view beside the site's URLs.

Not production (no HTTPS redirect, any host), but the same middleware, templates, database and cache code paths.
``PAGE_CACHE_SECONDS`` and ``REDIS_URL`` come from the environment the benchmark sets.
"""

import os

from config.settings.dev import *  # noqa: F403
from config.settings.dev import CACHES

DEBUG = False
ROOT_URLCONF = "bench.server.urls"
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "WARNING"}}
# The shared Redis may hold other people's keys: the benchmark's live under their own prefix.
for alias in CACHES.values():
    alias["KEY_PREFIX"] = os.environ.get("BENCH_CACHE_PREFIX", "bench")
