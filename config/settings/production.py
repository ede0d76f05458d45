"""Production: refuses to start without real secrets; HTTPS everywhere."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import SECRET_KEY, env_bool, env_list

if not SECRET_KEY or len(SECRET_KEY) < 50 or len(set(SECRET_KEY)) < 5 or SECRET_KEY.startswith("django-insecure"):
    raise ImproperlyConfigured(
        "SECRET_KEY must be set to a long random value in production "
        '(python -c "import secrets; print(secrets.token_urlsafe(64))").'
    )
if not os.environ.get("ALLOWED_HOSTS"):
    raise ImproperlyConfigured("ALLOWED_HOSTS must name the site's host names in production.")
# Links in e-mails, webhooks and the API are built from it; a default would send partners to 127.0.0.1.
if not os.environ.get("WAGTAILADMIN_BASE_URL", "").startswith(("https://", "http://")):
    raise ImproperlyConfigured("WAGTAILADMIN_BASE_URL must be the site's public address, e.g. https://example.org.")

DEBUG = False
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
# /healthz and /readyz are probed over plain HTTP from inside the container or by the load balancer.
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
ADMINS = [("Admin", address) for address in env_list("ADMIN_EMAILS")]
