"""The one rule for a visitor's address, used by every rate limit (django-ratelimit and the content API throttle).

Behind ``TRUSTED_PROXY_COUNT`` reverse proxies (default 0: the app faces the internet), each proxy appends the
address it received the request from to ``X-Forwarded-For``; the client is the entry the outermost trusted proxy
added, counted from the right. Entries further left were sent by the client and may be forged, so they are never
read. A header that is missing, too short or not an address falls back to ``REMOTE_ADDR``.
"""

import ipaddress

from django.conf import settings


def client_ip(request):
    proxies = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    if proxies:
        hops = [hop.strip() for hop in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if hop.strip()]
        if len(hops) >= proxies:
            try:
                return str(ipaddress.ip_address(hops[-proxies]))
            except ValueError:
                pass
    return request.META.get("REMOTE_ADDR") or "0.0.0.0"  # noqa: S104 - a key for counting, not an address to bind
