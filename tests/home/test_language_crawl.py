"""The language switcher and menus never lead to an error: crawl every link of every demo page in every language."""

import re
from urllib.parse import urldefrag, urlsplit

import pytest
from django.conf import settings

pytestmark = pytest.mark.django_db

HREF = re.compile(r'<a\b[^>]*\bhref="([^"]+)"')
# Links into the site that are pages (not files, feeds, admin or API), which a visitor can follow in a language.
SKIP = ("/admin/", "/api/", "/documents/", "/static/", "/media/")


def internal_links(html):
    for href in HREF.findall(html):
        url, _fragment = urldefrag(href.replace("&amp;", "&"))
        parts = urlsplit(url)
        if parts.scheme or parts.netloc or not parts.path.startswith("/") or parts.path.startswith(SKIP):
            continue
        if parts.path.endswith((".ics", ".csv", ".xml")) or "/feed/" in parts.path:
            continue
        yield parts.path  # query strings (filters, pages) are covered by each app's own tests


def test_every_link_of_every_demo_page_in_every_language_answers(client, demo_site):
    start = [f"/{code}/" for code, _name in settings.LANGUAGES]
    seen, queue, failures, checked = set(start), list(start), [], 0
    while queue:
        path = queue.pop()
        response = client.get(path, follow=True)
        checked += 1
        if response.status_code >= 400:
            failures.append((path, response.status_code))
            continue
        if "text/html" not in response.get("Content-Type", ""):
            continue
        for link in internal_links(response.content.decode()):
            if link not in seen:
                seen.add(link)
                queue.append(link)
    print(f"crawl: {checked} links checked, {len(failures)} failures")  # noqa: T201 - the figure the README quotes
    assert checked > 100
    assert failures == []
