"""Settings shared by every environment.

Secure by default: nothing here trusts the machine it runs on. Every value that differs between a laptop, CI and
production is read from the environment; ``dev`` relaxes, ``production`` insists on real secrets.
"""

import os
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from home import languages

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    if value.lower() in {"1", "true", "yes", "on"}:
        return True
    if value.lower() in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be a boolean (true/false), not {value!r}.")


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # Our plugin set: one app per domain.
    "home",
    "directory",
    "trainings",
    "news",
    "resources",
    "exchange",
    "participation",
    "api",
    # Translation workflow.
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales
    # Wagtail.
    "wagtail.api.v2",
    "wagtail.contrib.forms",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "rest_framework",
    "corsheaders",
    "ninja",  # serves its own Swagger UI assets instead of loading them from a CDN
    "django_tasks",
    "django_tasks_db",
    "csp",
    "axes",
    # Django.
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    # First, so it sees every response, including pages a page cache further down answers without a view.
    "participation.reach.PageViewCounterMiddleware",
    # A store per request for lookups that cannot change while it is answered (locales, view restrictions).
    "home.request_cache.RequestCacheMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "home.middleware.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "home.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "home.middleware.TranslatorLanguageMiddleware",
    "directory.middleware.OrganisationReportsMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Serves anonymous visitors' pages from the cache. A middleware that must see every request (a page-view
    # counter) goes ABOVE this line; anything below it runs only when a page is rendered.
    "home.page_cache.PageCacheMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "django_ratelimit.middleware.RatelimitMiddleware",
    # Last, as django-axes asks: it turns a lockout raised during authentication into the lockout response.
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    # First, so a locked-out address is refused before any password is checked.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        # site/ is the site-wide shell: base templates and error pages.
        "DIRS": [BASE_DIR / "site" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "wagtail.contrib.settings.context_processors.settings",
                "home.context_processors.initiative",
            ],
        },
    },
]

# Database: SQLite file for a laptop, PostgreSQL in CI and production (DATABASE_URL=postgres://…).
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
# The dev server, the task worker and the editor's autosave write to SQLite at once. WAL lets readers go on while
# one writes; IMMEDIATE transactions take the write lock up front, so a second writer waits (up to the timeout, in
# seconds) instead of failing with "database is locked" halfway through a save.
SQLITE_OPTIONS = {
    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    "transaction_mode": "IMMEDIATE",
    "timeout": int(os.environ.get("SQLITE_BUSY_TIMEOUT", "20")),
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = {**SQLITE_OPTIONS, **DATABASES["default"].get("OPTIONS", {})}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
# A read replica (PostgreSQL streaming replication): reads go there, writes and transactions to the primary.
if os.environ.get("DATABASE_REPLICA_URL"):
    DATABASES["replica"] = dj_database_url.parse(
        os.environ["DATABASE_REPLICA_URL"],
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
    DATABASES["replica"]["TEST"] = {"MIRROR": "default"}
    DATABASE_ROUTERS = ["config.db.PrimaryReplicaRouter"]
    MIDDLEWARE.insert(0, "config.db.PrimaryForWritersMiddleware")

# Cache: Redis when REDIS_URL is set (shared between web processes), process memory otherwise. Redis is only a cache:
# when it is down, django-redis logs the error and answers as a miss, so pages and APIs keep working (slower).
# Rate-limit counts live in the database ("ratelimit", `manage.py createcachetable`), so they survive a Redis outage;
# sessions are in the database too (Django's default engine).
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    _default_cache = {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": REDIS_URL,
        "OPTIONS": {
            "IGNORE_EXCEPTIONS": True,
            "SOCKET_CONNECT_TIMEOUT": 0.5,  # a vanished Redis costs a visitor half a second, not a hang
            "SOCKET_TIMEOUT": 0.5,
        },
    }
else:
    _default_cache = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
CACHES = {
    "default": _default_cache,
    "ratelimit": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "ratelimit_cache"},
}
DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
DJANGO_REDIS_LOGGER = "home.cache"

# Whole pages for anonymous visitors (home/page_cache.py), renewed by any publish, unpublish, move or deletion.
# 0 switches it off. The same lifetime goes to a CDN as s-maxage; STALE_SECONDS as stale-while-revalidate.
PAGE_CACHE_ALIAS = "default"
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "300"))
PAGE_CACHE_STALE_SECONDS = int(os.environ.get("PAGE_CACHE_STALE_SECONDS", "60"))

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Languages ----------------------------------------------------------------------------------------------------
# The vocabulary of languages (own names, directions, search configurations) lives in home/languages.py; these
# settings derive from it. CONTENT_LANGUAGES is the one setting that decides the content languages; German, the
# source language, always comes first.
CONTENT_LANGUAGE_CODES = env_list("CONTENT_LANGUAGES", ",".join(languages.DEFAULT_CONTENT_LANGUAGES))
try:
    _content_languages = languages.content_languages(CONTENT_LANGUAGE_CODES)
except ValueError as error:
    raise ImproperlyConfigured(f"CONTENT_LANGUAGES: {error}.") from error

LANGUAGE_CODE = languages.SOURCE_LANGUAGE
LANGUAGES = [(language.code, language.own_name) for language in _content_languages]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
LANGUAGES_BIDI = [language.code for language in languages.KNOWN if language.is_rtl]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Berlin"

# --- Static and media ---------------------------------------------------------------------------------------------
STATICFILES_DIRS = [BASE_DIR / "site" / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = os.environ.get("MEDIA_URL", "/media/")
SERVE_MEDIA = env_bool("SERVE_MEDIA", False)

# Media in S3-compatible object storage when a bucket is configured; local disk otherwise.
AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
_media_storage = {"BACKEND": "django.core.files.storage.FileSystemStorage"}
if AWS_STORAGE_BUCKET_NAME:
    _media_storage = {"BACKEND": "storages.backends.s3.S3Storage"}
    AWS_S3_ENDPOINT_URL = os.environ.get("AWS_S3_ENDPOINT_URL") or None
    AWS_S3_REGION_NAME = os.environ.get("AWS_S3_REGION_NAME") or None
    AWS_S3_CUSTOM_DOMAIN = os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None
    AWS_DEFAULT_ACL = None
    AWS_QUERYSTRING_AUTH = False
    AWS_S3_FILE_OVERWRITE = False
STORAGES = {
    "default": _media_storage,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"},
}

# Uploads are bounded: a request body larger than this is refused before it reaches a view.
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = int(os.environ.get("WAGTAILIMAGES_MAX_UPLOAD_SIZE", 10 * 1024 * 1024))
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_IMAGE_FORM_BASE = "home.images.BoundedImageForm"  # huge images: a form error, not a 500
WAGTAILDOCS_EXTENSIONS = env_list(
    "WAGTAILDOCS_EXTENSIONS", "pdf,doc,docx,odt,ods,odp,xls,xlsx,ppt,pptx,txt,csv,rtf,zip,jpg,jpeg,png"
)

# --- Wagtail ------------------------------------------------------------------------------------------------------
WAGTAIL_SITE_NAME = "MigrAktiv Spandau!"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# The admin speaks every content language with its own interface translations (not Leichte Sprache, a variety).
WAGTAILADMIN_PERMITTED_LANGUAGES = [
    (language.code, language.own_name) for language in _content_languages if not language.variant_of
]
WAGTAILSEARCH_BACKENDS = {
    "default": {
        # Wagtail's database backend; on PostgreSQL each page is indexed with the text search configuration of its
        # language (home.languages: Language.search_config, "simple" where PostgreSQL has none) and searched with
        # the visitor's language's configuration or German's (home/search_backend.py). SEARCH_CONFIG is the
        # configuration for objects without a language (images, documents) and for unknown languages. SQLite
        # ignores both. After changing either run `manage.py update_index`.
        "BACKEND": "home.search_backend",
        "SEARCH_CONFIG": os.environ.get("SEARCH_CONFIG", "german"),
    }
}
WAGTAIL_ALLOW_UNICODE_SLUGS = True
WAGTAILAPI_BASE_URL = os.environ.get("WAGTAILAPI_BASE_URL", WAGTAILADMIN_BASE_URL)
WAGTAILAPI_LIMIT_MAX = 100
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAIL_ENABLE_UPDATE_CHECK = False

# A CDN in front of the site, purged by Wagtail's frontend cache on publish and unpublish (home/signal_handlers.py
# adds the listing pages above the changed one). One of: a purge URL (Varnish, nginx, Fastly-style PURGE),
# Cloudflare (token and zone) or CloudFront (distribution id).
WAGTAILFRONTENDCACHE = {}
if os.environ.get("FRONTEND_CACHE_PURGE_URL"):
    WAGTAILFRONTENDCACHE["cdn"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": os.environ["FRONTEND_CACHE_PURGE_URL"],
    }
if os.environ.get("CLOUDFLARE_API_TOKEN"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": os.environ["CLOUDFLARE_API_TOKEN"],
        "ZONEID": os.environ.get("CLOUDFLARE_ZONE_ID", ""),
    }
if os.environ.get("CLOUDFRONT_DISTRIBUTION_ID"):
    WAGTAILFRONTENDCACHE["cloudfront"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        "DISTRIBUTION_ID": os.environ["CLOUDFRONT_DISTRIBUTION_ID"],
    }
# A German page is also served (as the fallback) under every other language's prefix: purge all of them.
WAGTAILFRONTENDCACHE_LANGUAGES = [code for code, _name in LANGUAGES]
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False

# "Translate" creates the target page as a draft instead of publishing German text under another language; a
# translation becomes visible when a translator publishes it (see home/localization.py for what counts).
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

# Machine translation pre-fill is off unless a DeepL key is configured; without a translator wagtail-localize shows
# no "Translate automatically" button, and translators work by hand.
if os.environ.get("DEEPL_API_KEY"):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": os.environ["DEEPL_API_KEY"]},
    }

REST_FRAMEWORK = {
    # JSON only: no browsable API pulling in its own assets. (Parsers stay: wagtail-localize's translation editor
    # saves segments through DRF views; the public API v2 has no write endpoints anyway.)
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "EXCEPTION_HANDLER": "api.errors.problem_exception_handler",
}

# --- Security -----------------------------------------------------------------------------------------------------
# How many reverse proxies stand in front of the site (0: clients connect directly). home.client_ip reads it; every
# limit keys on that address, so X-Forwarded-For is only believed as far as the operator vouches for it.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))

# Content-Security-Policy (django-csp). Visitor pages load scripts, styles, fonts and images from this site only: no
# inline script, no style attribute, no event handler. Media may come from object storage or its CDN domain, map
# tiles from the configured tile server.
_media_host = os.environ.get("AWS_S3_CUSTOM_DOMAIN", "")
_tile_url = os.environ.get("DIRECTORY_MAP_TILE_URL", "")
_image_sources = ["'self'", "data:"]
if _media_host:
    _image_sources.append(f"https://{_media_host}")
if _tile_url:
    _tiles = urlsplit(_tile_url)
    _image_sources.append(f"{_tiles.scheme}://{_tiles.netloc.replace('{s}', '*')}")
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": _image_sources,
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "media-src": ["'self'"],
        # Video embeds in rich text (Wagtail's oEmbed finders); CSP_FRAME_SOURCES adds or replaces providers.
        "frame-src": ["'self'", *env_list("CSP_FRAME_SOURCES", "https://www.youtube.com,https://player.vimeo.com")],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        # Wagtail's preview shows pages in a same-origin frame; nobody else may frame them.
        "frame-ancestors": ["'self'"],
    }
}
# Wagtail's admin still needs inline scripts and styles (its page editor, the rich-text editor, previews of
# embeds) and images from anywhere an editor embeds; only signed-in staff see it, and it keeps the rest.
CONTENT_SECURITY_POLICY_ADMIN = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": [*_image_sources, "blob:", "https:"],
        "frame-src": ["'self'", "https:"],
    }
}
# Browser features no page of this site uses, switched off for the page and every frame in it.
PERMISSIONS_POLICY = (
    "accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), "
    "microphone=(), midi=(), payment=(), usb=(), interest-cohort=()"
)

# Brute-force limits on the admin login and on page passwords (django-axes, counted in the database so they
# survive a cache restart): after AXES_FAILURE_LIMIT wrong passwords for one account (or one protected page) from
# one address, that pair is locked for AXES_COOLOFF_MINUTES.
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = int(os.environ.get("AXES_COOLOFF_MINUTES", "15")) / 60  # hours
AXES_LOCKOUT_PARAMETERS = [["ip_address", "username"]]
AXES_CLIENT_IP_CALLABLE = "home.client_ip.client_ip"
AXES_LOCKOUT_CALLABLE = "home.views.locked_out"
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False

# Wagtail's "shared password" page and collection privacy lets anyone who learns one password in; it is off unless
# the operator switches it on. Login-restricted pages and collections always work.
WAGTAIL_SHARED_PASSWORDS = env_bool("WAGTAIL_SHARED_PASSWORDS", False)
WAGTAIL_PRIVATE_PAGE_OPTIONS = {"SHARED_PASSWORD": WAGTAIL_SHARED_PASSWORDS}
WAGTAILDOCS_PRIVATE_COLLECTION_OPTIONS = {"SHARED_PASSWORD": WAGTAIL_SHARED_PASSWORDS}

SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False  # Wagtail's admin reads the CSRF token from the cookie.
X_FRAME_OPTIONS = "DENY"  # Wagtail's preview views override this with SAMEORIGIN themselves.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "MigrAktiv Spandau! <migraktiv-spandau@narud.org>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django": {"handlers": ["console"], "level": "INFO", "propagate": False},
        # One line per background task is noise; failures still show as warnings.
        "django_tasks": {"handlers": ["console"], "level": "WARNING", "propagate": False},
    },
}

# Background tasks. Wagtail's own small tasks (search and reference index updates) run in-process as before;
# partner webhooks go to a database queue that `manage.py db_worker --backend webhooks` works off, so a slow or
# unreachable partner never holds up an editor's "Publish". No broker needed: one machine is enough.
# E-mails (home.mail.queue_email) likewise: `manage.py db_worker --backend mail --queue-name mail` sends them with
# retries, so a mail server that is down never fails a visitor's registration.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "webhooks": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["webhooks"]},
    "mail": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["mail"]},
}
MAIL_MAX_ATTEMPTS = int(os.environ.get("MAIL_MAX_ATTEMPTS", "8"))
MAIL_FIRST_RETRY_SECONDS = int(os.environ.get("MAIL_FIRST_RETRY_SECONDS", "60"))  # then doubling: about 2 h in all

# Periodic jobs, run by `manage.py run_scheduler` (the compose `scheduler` service; `make run` starts one). An app adds
# its own management command here: {"job name": {"every": seconds, "command": name (default: the job name),
# "args": [...]}}. Each job runs once per interval however many schedulers run; see home/scheduler.py.
_HOUR = 60 * 60
SCHEDULED_COMMANDS = {
    # Personal data of trainings' registrations, TRAININGS_RETENTION_DAYS after the session.
    "purge_registrations": {"every": 24 * _HOUR},
    # Page-view counters from the cache into the database, and registration counts kept for the funders' report
    # (before purge_registrations deletes the registrations). Idempotent; must run within PARTICIPATION_COUNTER_TTL.
    "record_reach": {"every": 5 * 60},
    # Pages (training series, news, ...) whose go-live or expiry time has come.
    "publish_scheduled": {"every": 5 * 60},
    # Finished webhook delivery tasks in the database queue (the delivery log in the admin stays).
    "prune_webhook_results": {
        "command": "prune_db_task_results",
        "args": ["--backend", "webhooks", "--queue-name", "webhooks", "--min-age-days", "14"],
        "every": 24 * _HOUR,
    },
    # Submitters' data of handled self-service sign-ups, DIRECTORY_SIGNUP_RETENTION_DAYS after handling.
    "purge_signups": {"every": 24 * _HOUR},
    # The exchange: entries past their validity close, owners hear a few days before, contact requests are deleted
    # after EXCHANGE_RETENTION_DAYS, and subscribers get the weekly digest of offers matching their needs.
    "close_expired_exchange_entries": {"every": 24 * _HOUR},
    "send_exchange_reminders": {"every": 24 * _HOUR},
    "purge_exchange_contacts": {"every": 24 * _HOUR},
    "send_exchange_digest": {"every": 7 * 24 * _HOUR},
}

# CORS: partners' pages may read the public APIs from any origin, without credentials, read-only.
CORS_URLS_REGEX = r"^/api/(content|v2|embed)/.*$"  # embed: widget.js fetches the HTML fragment
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_CREDENTIALS = False
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]
CORS_EXPOSE_HEADERS = ["ETag", "Last-Modified", "Retry-After"]

# django-ratelimit counts in the database cache, shared between web processes and independent of Redis.
RATELIMIT_USE_CACHE = "ratelimit"
RATELIMIT_VIEW = "home.views.rate_limited"
# One rule for the client's address in every rate limit (home.client_ip): the number of reverse proxies in front of
# the app that append to X-Forwarded-For. 0 (the default) trusts no header at all.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
RATELIMIT_IP_META_KEY = "home.client_ip.client_ip"

# Directory map: a tile server URL template and its attribution; without one the directory shows the list only.
DIRECTORY_MAP_TILE_URL = os.environ.get("DIRECTORY_MAP_TILE_URL", "")
DIRECTORY_MAP_ATTRIBUTION = os.environ.get("DIRECTORY_MAP_ATTRIBUTION", "")

# The initiative's public facts, shown in the footer and structured data.
INITIATIVE = {
    "name": "MigrAktiv Spandau!",
    "email": "migraktiv-spandau@narud.org",
    "phone": "030 40 75 75 51",
    "phone_e164": "+493040757551",
    "carrier": "NARUD e.V.",
    "district": "Bezirksamt Spandau von Berlin",
}

# --- Documents: upload limits and serving (resources app) -----------------------------------------------------------
# Uploads are checked for size (RESOURCES_MAX_UPLOAD_SIZE, default 20 MB) and refused when they are programs.
WAGTAILDOCS_DOCUMENT_FORM_BASE = "resources.forms.BoundedDocumentForm"
# Always stream documents through Django, so the before_serve_document privacy check cannot be sidestepped: with
# object storage Wagtail would otherwise redirect to the (public) bucket URL. Keep the bucket itself private.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
