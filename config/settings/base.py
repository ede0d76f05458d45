"""Settings shared by every environment.

Secure by default: nothing here trusts the machine it runs on. Every value that differs between a laptop, CI and
production is read from the environment; ``dev`` relaxes, ``production`` insists on real secrets.
"""

import os
from pathlib import Path

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
    "api",
    # Translation workflow.
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales
    # Wagtail.
    "wagtail.api.v2",
    "wagtail.contrib.forms",
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
    # Django.
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "home.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "home.middleware.TranslatorLanguageMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "django_ratelimit.middleware.RatelimitMiddleware",
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
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: Redis when REDIS_URL is set (shared between web processes), process memory otherwise.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}}
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

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
        "BACKEND": "wagtail.search.backends.database",
        # PostgreSQL full-text configuration for indexing and queries. Wagtail's database backend takes one for all
        # languages; German, the source language, gets its stemming (other languages are matched word for word).
        # SQLite ignores it. After changing it run `manage.py rebuild_index`.
        "SEARCH_CONFIG": os.environ.get("SEARCH_CONFIG", "german"),
    }
}
WAGTAIL_ALLOW_UNICODE_SLUGS = True
WAGTAILAPI_BASE_URL = os.environ.get("WAGTAILAPI_BASE_URL", WAGTAILADMIN_BASE_URL)
WAGTAILAPI_LIMIT_MAX = 100
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAIL_ENABLE_UPDATE_CHECK = False
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
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "webhooks": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["webhooks"]},
}

# CORS: partners' pages may read the public APIs from any origin, without credentials, read-only.
CORS_URLS_REGEX = r"^/api/(content|v2|embed)/.*$"  # embed: widget.js fetches the HTML fragment
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_CREDENTIALS = False
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]
CORS_EXPOSE_HEADERS = ["ETag", "Last-Modified", "Retry-After"]

# django-ratelimit counts in the default cache; Redis in production shares the counts between web processes.
RATELIMIT_USE_CACHE = "default"
RATELIMIT_VIEW = "home.views.rate_limited"

# Directory map: a tile server URL template and its attribution; without one the directory shows the list only.
DIRECTORY_MAP_TILE_URL = os.environ.get("DIRECTORY_MAP_TILE_URL", "")
DIRECTORY_MAP_ATTRIBUTION = os.environ.get("DIRECTORY_MAP_ATTRIBUTION", "")

# Behind a reverse proxy the client address is in a header (e.g. HTTP_X_FORWARDED_FOR); rate limits need it.
if os.environ.get("RATELIMIT_IP_META_KEY"):
    RATELIMIT_IP_META_KEY = os.environ["RATELIMIT_IP_META_KEY"]

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
