"""Benchmark: requests per second of every page class under wrk, uncached and cached, against the stack's ceiling.

One run prints everything as tables and ratios (the machine's noise cancels best within one run):

1. SQL queries per request of each page class (Django's test client, in this process).
2. wrk (2 threads, 16 connections) against gunicorn with 2 sync workers on PostgreSQL, per page class: uncached
   (``PAGE_CACHE_SECONDS=0``), then cached (the anonymous page cache on Redis), beside a trivial Django view on the
   same server.
3. Worker RSS after 20,000 mixed requests (page cache on, so search and the APIs render every time), sampled on
   the way, to show growth or its absence.
4. With ``BENCH_DATABASE_URL_10`` (a second database loaded with ``seed_load --scale 10``): lists, search and the
   content API at scale 10 against scale 1.
5. With ``BENCH_BAKERYDEMO`` (the path of a wagtail/bakerydemo checkout): bakerydemo with its own demo data in its
   own virtualenv and database, started and measured in the same run under the same gunicorn settings (see
   ``bench/compare/bakerydemo.py``): its home, blog index, a blog post, search and page API, uncached, with SQL
   queries per request, and this site's ratios per page class (goal: 2x the throughput, half the queries).
   Or ``BENCH_COMPARE_URL`` (an already running comparison server) with ``BENCH_COMPARE_PATHS``
   (``home=/,list=/blog/,detail=/blog/<post>/,search=/search/?q=bread,api=/api/v2/pages/``): throughput only.

Needs PostgreSQL (``BENCH_DATABASE_URL``, default ``postgres://postgres@127.0.0.1:5432/migraktiv_bench``, created
when missing), Redis
(``REDIS_URL``, default ``redis://127.0.0.1:6379/0``; keys under their own prefix, nothing is flushed) and wrk
(Debian: ``apt-get install wrk``). An empty database is prepared first: migrate, ``seed_demo``, ``seed_load --scale
1`` (several minutes; the load time is printed). ``BENCH_DURATION`` (seconds per wrk run, default 5) and
``BENCH_RUNS`` (median of, default 1) trade time for steadiness; the issue's figures used 10 s and 3 runs.
``BENCH_MIXED_REQUESTS`` (default 20,000) sets the length of the memory run; on a slow machine, where search and
the APIs answer a few requests a second, 20,000 take a quarter of an hour.

    .venv/bin/python bench/pages.py
"""

import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import psycopg
from compare.bakerydemo import Bakerydemo
from psycopg import sql

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
DATABASE_URL = os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/migraktiv_bench")
DATABASE_URL_10 = os.environ.get("BENCH_DATABASE_URL_10", "")
REDIS_URL = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")
DURATION = int(os.environ.get("BENCH_DURATION", "5"))
RUNS = int(os.environ.get("BENCH_RUNS", "1"))
MIXED_REQUESTS = int(os.environ.get("BENCH_MIXED_REQUESTS", "20000"))
COMPARE_URL = os.environ.get("BENCH_COMPARE_URL", "").rstrip("/")
COMPARE_PATHS = os.environ.get("BENCH_COMPARE_PATHS", "")
BAKERYDEMO = os.environ.get("BENCH_BAKERYDEMO", "")
# Which of this site's page classes a comparison path stands for.
COMPARE_CLASSES = {
    "home": ["home"],
    "list": ["directory", "trainings", "news list", "resources"],
    "detail": ["organisation", "series", "news item"],
    "search": ["search"],
    "api": ["API v2 list", "content API list"],
}


def run_env(database_url, **extra):
    env = dict(os.environ, DATABASE_URL=database_url, PYTHONPATH=str(ROOT), **extra)
    env.setdefault("DJANGO_SETTINGS_MODULE", "bench.server.settings")
    return env


def manage(database_url, *args):
    env = run_env(database_url, DJANGO_SETTINGS_MODULE="config.settings.dev", DEBUG="true")
    return subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True, capture_output=True, text=True)


def create_database(database_url):
    """Create the database ``database_url`` names, unless it exists."""
    name = database_url.rsplit("/", 1)[-1]
    with psycopg.connect(database_url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as connection:
        if not connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


def analyze(database_url):
    """Fresh planner statistics: a bulk load leaves none until autovacuum comes by (if it is on at all), and
    without them PostgreSQL plans as if every table were tiny (production has them)."""
    with psycopg.connect(database_url, autocommit=True) as connection:
        connection.execute("ANALYZE")


def prepare(database_url, scale):
    """Migrate and load the demo plus ``scale`` times the district's content, unless already there."""
    create_database(database_url)
    manage(database_url, "migrate", "--no-input", "-v0")
    manage(database_url, "createcachetable")  # the rate limits' table
    count = "from directory.models import OrganisationPage; print(OrganisationPage.objects.count())"
    check = manage(database_url, "shell", "-c", count)
    if int(check.stdout.strip().splitlines()[-1]) > 100:
        analyze(database_url)
        return None
    manage(database_url, "seed_demo")
    started = time.monotonic()
    manage(database_url, "seed_load", "--scale", str(scale))
    analyze(database_url)
    return time.monotonic() - started


def page_urls(database_url):
    """One URL per page class, found in the database (German pages of the synthetic load)."""
    code = """
from directory.models import OrganisationIndexPage, OrganisationPage
from trainings.models import TrainingIndexPage, TrainingSeriesPage
from news.models import NewsIndexPage, NewsPage
from resources.models import ResourceIndexPage
from home.models import HomePage
de = dict(locale__language_code="de")
last = lambda model: model.objects.live().filter(**de).order_by("-pk").first().url
first = lambda model: model.objects.live().filter(**de).first().url
rows = {
    "home": first(HomePage), "directory": first(OrganisationIndexPage), "trainings": first(TrainingIndexPage),
    "news list": first(NewsIndexPage), "resources": first(ResourceIndexPage), "organisation": last(OrganisationPage),
    "series": last(TrainingSeriesPage), "news item": last(NewsPage), "search": "/de/search/?q=Verein",
    "content API list": "/api/content/organisations?lang=de",
    "API v2 list": "/api/v2/pages/?type=directory.OrganisationPage&locale=de&fields=short_description&limit=20",
}
for name, url in rows.items():
    print(f"{name}\\t{url}")
"""
    result = subprocess.run(
        [PYTHON, "-c", "import django; django.setup()\n" + code],
        cwd=ROOT,
        env=run_env(database_url),
        check=True,
        capture_output=True,
        text=True,
    )
    return dict(line.split("\t") for line in result.stdout.strip().splitlines())


QUERY_COUNT_SCRIPT = """
import sys
import django; django.setup()
from django.db import connection
from django.test import Client
client = Client()
for url in sys.argv[1:]:
    client.get(url)
    count = []
    with connection.execute_wrapper(lambda execute, *args: count.append(1) or execute(*args)):
        status = client.get(url).status_code
    print(f"{len(count)}\\t{status}")
"""


def query_counts(database_url, urls, python=PYTHON, env=None, cwd=ROOT):
    """SQL queries per request (the second request, after one that warms per-process caches), page cache off.

    Django's test client in a process of the measured site (``python``, ``env`` and ``cwd`` for another site).
    """
    env = env or run_env(database_url, PAGE_CACHE_SECONDS="0", REDIS_URL=REDIS_URL, BENCH_CACHE_PREFIX="bench-queries")
    result = subprocess.run(
        [python, "-c", QUERY_COUNT_SCRIPT, *urls.values()], cwd=cwd, env=env, check=True, capture_output=True, text=True
    )
    rows = [line.split("\t") for line in result.stdout.strip().splitlines()]
    return {name: (int(count), int(status)) for name, (count, status) in zip(urls, rows, strict=True)}


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Gunicorn:
    """A site under gunicorn, started and stopped by the benchmark; ``command(bind)`` gives (argv, env, cwd)."""

    def __init__(self, command, ready_path):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.ready_path = ready_path
        argv, env, cwd = command(f"127.0.0.1:{self.port}")
        self.process = subprocess.Popen(argv, cwd=cwd, env=env)
        for _ in range(120):
            try:
                urllib.request.urlopen(self.base + ready_path, timeout=2).read()  # noqa: S310 - local
                return
            except OSError:
                time.sleep(0.5)
        self.stop()
        raise RuntimeError("gunicorn did not start")

    def warm(self, urls):
        for url in urls:
            for _ in range(4):  # both workers, and the page cache
                urllib.request.urlopen(self.base + url, timeout=60).read()  # noqa: S310 - local

    def drain(self):
        """Wait until requests wrk left queued are answered, so they do not count against the next page class."""
        urllib.request.urlopen(self.base + self.ready_path, timeout=300).read()  # noqa: S310 - local

    def worker_rss_mb(self):
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children").read_text().split()
        total = []
        for pid in children:
            status = Path(f"/proc/{pid}/status").read_text()
            total.append(int(re.search(r"VmRSS:\s+(\d+)", status).group(1)) / 1024)
        return total

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=30)


class Server(Gunicorn):
    """This site with 2 sync workers, page cache on or off, cache on Redis or in each worker's memory."""

    def __init__(self, database_url, page_cache_seconds, redis):
        def command(bind):
            port = bind.rsplit(":", 1)[-1]
            extra = {"PAGE_CACHE_SECONDS": str(page_cache_seconds), "BENCH_CACHE_PREFIX": f"bench-{port}"}
            if redis:
                extra["REDIS_URL"] = REDIS_URL
            env = run_env(database_url, **extra)
            if not redis:
                env.pop("REDIS_URL", None)
            argv = [str(Path(PYTHON).parent / "gunicorn"), "config.wsgi", "--workers", "2", "--worker-class", "sync"]
            argv += ["--bind", bind, "--log-level", "warning", "--timeout", "120"]
            return argv, env, ROOT

        super().__init__(command, "/bench/trivial")


def wrk(url, duration=DURATION, script=None):
    """Requests per second (median of RUNS) and the number of requests of the last run."""
    rates, requests = [], 0
    for _ in range(RUNS):
        command = ["wrk", "-t2", "-c16", f"-d{duration}s", "--timeout", "30s", "--latency"]
        if script:
            command += ["-s", script]
        output = subprocess.run([*command, url], check=True, capture_output=True, text=True).stdout
        rates.append(float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)))
        requests = int(re.search(r"(\d+) requests in", output).group(1))
        errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
        if errors:
            print(f"   ! {url}: {errors.group(1)} error responses", flush=True)
    return statistics.median(rates), requests


def measure(server, urls, label):
    """wrk against each URL of a started server, in turn; stops the server."""
    try:
        server.warm(urls.values())
        rates = {}
        for name, url in urls.items():
            server.drain()
            rates[name] = max(wrk(server.base + url)[0], 0.01)  # 0.01: a run that failed, not a division by zero
            print(f"   {label} {name}: {rates[name]:.1f} r/s", flush=True)
        return rates
    finally:
        server.stop()


def measure_server(database_url, urls, page_cache_seconds, redis):
    server = Server(database_url, page_cache_seconds, redis)
    label = "cached" if page_cache_seconds else "uncached"
    return measure(server, {"trivial view": "/bench/trivial", **urls}, label)


def mixed_rss(database_url, urls):
    """Worker RSS while serving MIXED_REQUESTS requests across every page class (a wrk Lua script).

    With the page cache on, as in production: pages come mostly from the cache, while search and the APIs are
    rendered every time (and every page is rendered again after each renewal).
    """
    paths = ", ".join(f'"{url}"' for url in urls.values())
    script = tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False)  # noqa: SIM115 - wrk reads it by name
    script.write(f"paths = {{{paths}}}\ni = 0\nrequest = function()\n  i = i + 1\n")
    script.write("  return wrk.format(nil, paths[(i % #paths) + 1])\nend\n")
    script.close()
    server = Server(database_url, 300, redis=True)
    samples = []
    try:
        server.warm(urls.values())
        samples.append((0, server.worker_rss_mb()))
        served = 0
        while served < MIXED_REQUESTS:
            served += wrk(server.base + "/", duration=max(DURATION, 10), script=script.name)[1]
            samples.append((served, server.worker_rss_mb()))
    finally:
        server.stop()
        os.unlink(script.name)
    return samples


def compare():
    """wrk against the comparison server, per path; returns {class: rate}."""
    paths = dict(item.split("=", 1) for item in COMPARE_PATHS.split(",") if "=" in item)
    return {name: wrk(COMPARE_URL + path)[0] for name, path in paths.items()}


def print_bakerydemo(bakery_urls, bakery_queries, bakery_rates, queries, uncached):
    """This site against bakerydemo per page class: throughput (goal 2x) and SQL queries (goal at most half)."""
    print("\nagainst wagtail/bakerydemo with its demo data (uncached, same gunicorn settings, same run)")
    print(f"{'page class':<18}{'r/s':>8}{'bakery':>8}{'ratio':>7}{'queries':>9}{'bakery':>8}{'ratio':>7}  goals")
    met = []
    for kind, bakery_url in bakery_urls.items():
        other_count, other_status = bakery_queries[kind]
        flag = "" if other_status == 200 else f" (bakerydemo HTTP {other_status} at {bakery_url})"
        for name in COMPARE_CLASSES[kind]:
            speed = uncached[name] / bakery_rates[kind]
            share = queries[name][0] / max(other_count, 1)
            ok = speed >= 2 and share <= 0.5
            met.append(ok)
            print(
                f"{name:<18}{uncached[name]:>8.1f}{bakery_rates[kind]:>8.1f}{speed:>6.2f}x"
                f"{queries[name][0]:>9}{other_count:>8}{share:>7.0%}  {'OK' if ok else 'MISSED'}{flag}"
            )
    print(f"  goal: every page class >= 2x bakerydemo's r/s with <= 50% of its queries: {sum(met)}/{len(met)} met")


def main():
    if not shutil.which("wrk"):
        sys.exit("wrk is not installed: apt-get install wrk (Debian/Ubuntu), brew install wrk (macOS).")
    print(f"database {DATABASE_URL.rsplit('/', 1)[-1]}; wrk -t2 -c16 -d{DURATION}s, median of {RUNS}; ", end="")
    print("gunicorn, 2 sync workers")
    print("(2 shared cores here: figures are noisy; compare ratios measured in the same run)\n", flush=True)
    seconds = prepare(DATABASE_URL, 1)
    if seconds is not None:
        print(f"seed_load --scale 1 took {seconds:.0f} s\n", flush=True)
    urls = page_urls(DATABASE_URL)
    queries = query_counts(DATABASE_URL, urls)
    if BAKERYDEMO:
        bakery = Bakerydemo(BAKERYDEMO, DATABASE_URL)
        create_database(bakery.database_url)
        started = time.monotonic()
        bakery.prepare()
        analyze(bakery.database_url)
        print(f"bakerydemo prepared in {time.monotonic() - started:.0f} s ({bakery.work})", flush=True)
        bakery_urls = bakery.urls()
        bakery_queries = query_counts(None, bakery_urls, python=bakery.python, env=bakery.env, cwd=bakery.checkout)

    uncached = measure_server(DATABASE_URL, urls, 0, redis=True)
    if BAKERYDEMO:  # right after this site's uncached run, so both see the machine in the same state
        bakery_rates = measure(Gunicorn(bakery.gunicorn, "/"), bakery_urls, "bakerydemo")
    cached = measure_server(DATABASE_URL, urls, 300, redis=True)
    locmem = measure_server(DATABASE_URL, {"directory": urls["directory"]}, 0, redis=False)
    ceiling = uncached["trivial view"]
    cached_ceiling = cached["trivial view"]

    print(f"{'page class':<18}{'queries':>8}{'uncached r/s':>14}{'% trivial':>11}{'cached r/s':>12}{'% trivial':>11}")
    for name in urls:
        count, status = queries[name]
        flag = "" if status == 200 else f"  (HTTP {status})"
        print(
            f"{name:<18}{count:>8}{uncached[name]:>14.1f}{uncached[name] / ceiling:>10.1%}"
            f"{cached[name]:>12.1f}{cached[name] / cached_ceiling:>10.1%}{flag}"
        )
    print(f"{'trivial view':<18}{0:>8}{ceiling:>14.1f}{'':>11}{cached_ceiling:>12.1f}")
    print(
        f"\ndirectory uncached, cache on Redis vs in process memory: {uncached['directory']:.1f} vs "
        f"{locmem['directory']:.1f} r/s ({uncached['directory'] / locmem['directory']:.2f}x)"
    )

    cacheable = [name for name in urls if "API" not in name and name != "search"]
    worst = min(cached[name] / cached_ceiling for name in cacheable)
    print("\nGoals (ratios from this run)")
    print(f"  cached pages >= 50% of the trivial view (Redis): worst {worst:.0%}  {'OK' if worst >= 0.5 else 'MISSED'}")
    group = ["directory", "news list", "search", "content API list"]
    spread = max(uncached[n] for n in group) / min(uncached[n] for n in group)
    print(f"  lists, search and the content API within 25% of each other: spread {spread:.2f}x", end="")
    print(f"  {'OK' if spread <= 1.25 else 'MISSED'}")

    samples = mixed_rss(DATABASE_URL, urls)
    print(f"\nworker RSS (MB) after mixed requests across {len(urls)} page classes (page cache on):")
    for served, rss in samples:
        print(f"  {served:>7} requests: " + ", ".join(f"{mb:.0f}" for mb in rss))
    final = max(samples[-1][1])
    growth = max(samples[-1][1]) - max(samples[1][1]) if len(samples) > 2 else 0
    print(f"  goal: under 150 MB, no steady growth: {final:.0f} MB, {growth:+.0f} MB since the first sample", end="")
    print(f"  {'OK' if final < 150 else 'MISSED'}")

    if DATABASE_URL_10:
        seconds = prepare(DATABASE_URL_10, 10)
        if seconds is not None:
            print(f"\nseed_load --scale 10 took {seconds:.0f} s")
        urls_10 = page_urls(DATABASE_URL_10)
        scaled = {n: urls_10[n] for n in group}
        rates_10 = measure_server(DATABASE_URL_10, scaled, 0, redis=True)
        queries_10 = query_counts(DATABASE_URL_10, scaled)
        print("\nscale 10 vs scale 1 (uncached)")
        for name in group:
            print(
                f"  {name:<18}{queries_10[name][0]:>4} q {rates_10[name]:>8.1f} r/s  "
                f"{rates_10[name] / uncached[name]:.0%} of scale 1 (trivial {rates_10['trivial view'] / ceiling:.0%})"
            )
    else:
        print("\n(scale 10: set BENCH_DATABASE_URL_10 to a second database; it is loaded if empty)")

    if BAKERYDEMO:
        print_bakerydemo(bakery_urls, bakery_queries, bakery_rates, queries, uncached)
    if COMPARE_URL and COMPARE_PATHS:
        other = compare()
        print(f"\nagainst {COMPARE_URL} (uncached, same machine, same run)")
        for kind, rate in other.items():
            for name in COMPARE_CLASSES.get(kind, []):
                print(f"  {name:<18}{uncached[name]:>8.1f} vs {rate:>8.1f} r/s  {uncached[name] / rate:.2f}x (goal 2x)")
    elif not BAKERYDEMO:
        print("(comparison: set BENCH_BAKERYDEMO to a wagtail/bakerydemo checkout, or BENCH_COMPARE_URL/_PATHS)")


if __name__ == "__main__":
    main()
