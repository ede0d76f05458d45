"""The one rule for a client's address: REMOTE_ADDR, or behind TRUSTED_PROXY_COUNT proxies the address they vouch for.

Every limit (login and page-password lockouts, form and API rate limits) asks this function, so a header a client
sends itself is never trusted unless the operator said how many proxies stand in front of the site.
"""

from django.conf import settings
from ipware import get_client_ip


def client_ip(request):
    """The visitor's address as the configured proxies saw it.

    With no proxy configured (the default) the socket address is the truth and ``X-Forwarded-For`` is ignored.
    With N proxies, ``X-Forwarded-For`` must list exactly the client and the N - 1 proxies before the last one
    (which is REMOTE_ADDR). A chain of another length was tampered with; django-ipware then finds no client, and the
    request counts under the proxy's own address, so a forged header can neither pick an address nor escape a limit.
    """
    remote_addr = request.META.get("REMOTE_ADDR", "")
    count = settings.TRUSTED_PROXY_COUNT
    if not count:
        return remote_addr
    address, _routable = get_client_ip(
        request, proxy_count=count - 1, request_header_order=["HTTP_X_FORWARDED_FOR"], strict=True
    )
    return address or remote_addr
