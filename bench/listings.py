"""Benchmark: do the directory and API listings stay flat as the directory grows?

Builds a throw-away database (SQLite by default, PostgreSQL with DATABASE_URL), fills one directory with 10, 50
and 200 organisations, and measures the directory page (50 per page), its CSV export and the API v2 listing:
SQL queries per request and the median time of 7 requests. Prints the figures and the 200-vs-50 ratios (both
fill a page of 50). The directory page and the API show 50 at a time, so their time should stay nearly flat; the
CSV export contains every organisation, so its time grows with the directory while its query count stays the same.

    .venv/bin/python bench/listings.py
"""

import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import override_settings, setup_databases, teardown_databases  # noqa: E402

SIZES = (10, 50, 200)
RUNS = 7


def build(count, home, make_directory, make_organisation):
    index = make_directory(home, slug=f"bench-{count}")
    for number in range(count):
        make_organisation(
            index, title=f"Verein {number:04d}", topics=["Bildung", f"Thema {number % 7}"], languages=["de", "ar"]
        )
    return index


def measure(client, url):
    client.get(url)  # warm: renditions, caches
    queries = []

    def count(execute, sql, params, many, context):
        queries.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(count):
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    timings = []
    for _ in range(RUNS):
        start = time.perf_counter()
        client.get(url)
        timings.append((time.perf_counter() - start) * 1000)
    return len(queries), statistics.median(timings)


def main():
    old_config = setup_databases(verbosity=0, interactive=False)
    try:
        from demo import seeding
        from home.models import HomePage
        from tests.directory.conftest import make_directory, make_organisation

        seeding.ensure_locales()
        root = seeding.ensure_root()
        home = root.add_child(instance=HomePage(title="Bench", slug="bench-home", intro="Bench"))
        from wagtail.models import Site

        Site.objects.update_or_create(is_default_site=True, defaults={"hostname": "localhost", "root_page": home})

        client = Client()
        results = {}
        with override_settings(DIRECTORY_PAGE_SIZE=50):
            for size in SIZES:
                index = build(size, home, make_directory, make_organisation)
                results[size] = {
                    "directory page": measure(client, index.url),
                    "CSV export": measure(client, index.url + "csv/"),
                    "API v2 listing": measure(
                        client, f"/api/v2/pages/?type=directory.OrganisationPage&fields=*&limit=50&child_of={index.pk}"
                    ),
                }
        print(f"database: {connection.vendor}; median of {RUNS} requests after one warm-up; 50 shown per page")
        print(f"{'listing':<16}" + "".join(f"{f'{size} orgs':>22}" for size in SIZES) + f"{'ratio 200/50':>16}")
        for name in results[SIZES[0]]:
            cells = "".join(f"{results[s][name][0]:>6} q {results[s][name][1]:>9.1f} ms  " for s in SIZES)
            # 50 and 200 both fill a page of 50: the ratio shows what the size of the directory alone costs.
            ratio = results[200][name][1] / results[50][name][1]
            same_queries = len({results[s][name][0] for s in SIZES}) == 1
            print(f"{name:<16}{cells}{ratio:>10.2f}x  queries {'flat' if same_queries else 'GROW'}")
    finally:
        teardown_databases(old_config, verbosity=0)


if __name__ == "__main__":
    main()
