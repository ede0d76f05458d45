"""The one rule for a client's address: REMOTE_ADDR, or behind TRUSTED_PROXY_COUNT proxies the address they vouch for.

Every limit (login and page-password lockouts, form and API rate limits) asks this function, so a header a client
sends itself is never trusted unless the operator said how many proxies stand in front of the site.
"""

from django.conf import settings
from ipware import get_client_ip


def client_ip(request):
    """The visitor's address as the configured proxies saw it.

    With no proxy configured (the default) the socket address is the truth and ``X-Forwarded-For`` is ignored.
    Behind N proxies each proxy appends the address it received the request from, so the client is the N-th entry
    counted from the right (the last proxy is REMOTE_ADDR itself); entries further left were written by the client
    and are never read. A header that is too short or holds no address falls back to REMOTE_ADDR.
    """
    remote_addr = request.META.get("REMOTE_ADDR", "")
    count = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    if not count:
        return remote_addr
    address, _routable = get_client_ip(
        request, proxy_count=count - 1, request_header_order=["HTTP_X_FORWARDED_FOR"], strict=False
    )
    return address or remote_addr
