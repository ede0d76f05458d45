"""wagtail/bakerydemo, with its own demo data, served beside this site in the same benchmark run.

``bench/pages.py`` uses this when ``BENCH_BAKERYDEMO`` names a checkout of https://github.com/wagtail/bakerydemo.
The checkout is only read: its virtualenv (built with ``BENCH_BAKERYDEMO_PYTHON``, a Python that bakerydemo's
Django supports, default ``python3.12``; its ``requirements/base.txt`` plus psycopg, whitenoise and gunicorn from
the package index), its media and its collected static files live in ``BENCH_BAKERYDEMO_WORK`` (default a folder in
the system's temporary directory, reused by the next run), and its data in its own PostgreSQL database
(``BENCH_BAKERYDEMO_DATABASE_URL``, default the benchmark database's name plus ``_bakerydemo``; created if missing,
then ``migrate`` and ``load_initial_data``). It runs its production settings with DEBUG off
(``bench/compare/bakerydemo_settings.py``) under the same gunicorn settings as this site.
"""

import hashlib
import os
import secrets
import shutil
import subprocess
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
# bakerydemo's page classes, named as bench/pages.py's comparison names them; its URLs come from its database.
URLS_SCRIPT = """
import django; django.setup()
from bakerydemo.blog.models import BlogIndexPage, BlogPage
rows = {
    "home": "/",
    "list": BlogIndexPage.objects.live().first().url,
    "detail": BlogPage.objects.live().order_by("-pk").first().url,
    "search": "/search/?q=bread",
    "api": "/api/v2/pages/",
}
for name, url in rows.items():
    print(f"{name}\\t{url}")
"""


class Bakerydemo:
    """One bakerydemo checkout: its virtualenv, database and gunicorn command."""

    def __init__(self, checkout, database_url):
        self.checkout = Path(checkout).resolve()
        if not (self.checkout / "bakerydemo" / "settings" / "production.py").exists():
            raise SystemExit(f"BENCH_BAKERYDEMO={checkout}: not a checkout of wagtail/bakerydemo")
        default_work = Path(tempfile.gettempdir()) / "migraktiv-bench-bakerydemo"
        self.work = Path(os.environ.get("BENCH_BAKERYDEMO_WORK", default_work))
        self.database_url = os.environ.get("BENCH_BAKERYDEMO_DATABASE_URL", database_url + "_bakerydemo")
        self.venv = self.work / "venv"
        self.python = str(self.venv / "bin" / "python")
        self.secret_key = secrets.token_urlsafe(40)  # both workers sign alike; production.py would draw one each

    @property
    def env(self):
        env = dict(
            os.environ,
            PYTHONPATH=f"{self.checkout}{os.pathsep}{HERE}",
            DJANGO_SETTINGS_MODULE="bakerydemo_settings",
            DATABASE_URL=self.database_url,
            DJANGO_SECRET_KEY=self.secret_key,
            BENCH_BAKERYDEMO_WORK=str(self.work),
        )
        for name in ("REDIS_URL", "REDIS_TLS_URL", "ELASTICSEARCH_ENDPOINT", "AWS_STORAGE_BUCKET_NAME"):
            env.pop(name, None)  # its production settings would switch to these
        return env

    def run(self, *args):
        return subprocess.run(
            [self.python, *args], cwd=self.checkout, env=self.env, check=True, capture_output=True, text=True
        )

    def manage(self, *args):
        return self.run(str(self.checkout / "manage.py"), *args)

    def build_venv(self):
        """A virtualenv with bakerydemo's requirements, rebuilt only when its requirements change."""
        requirements = self.checkout / "requirements" / "base.txt"
        wanted = ["psycopg[binary]>=3.3,<4", "whitenoise>=6.11,<7", "gunicorn"]
        stamp = hashlib.sha256(requirements.read_bytes() + repr(wanted).encode()).hexdigest()
        stamp_file = self.venv / "bench-requirements.sha256"
        if stamp_file.exists() and stamp_file.read_text() == stamp:
            return
        base_python = os.environ.get("BENCH_BAKERYDEMO_PYTHON") or shutil.which("python3.12") or "python3.12"
        shutil.rmtree(self.venv, ignore_errors=True)
        self.work.mkdir(parents=True, exist_ok=True)
        try:
            subprocess.run([base_python, "-m", "venv", str(self.venv)], check=True, capture_output=True)
        except (OSError, subprocess.CalledProcessError) as error:
            raise SystemExit(
                f"bakerydemo needs a Python its Django supports (3.12+): set BENCH_BAKERYDEMO_PYTHON ({error})"
            ) from error
        pip = [self.python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
        subprocess.run([*pip, "-r", str(requirements), *wanted], check=True)
        stamp_file.write_text(stamp)

    def prepare(self):
        """Virtualenv, its demo data in its (existing) database, collected static files; each step once."""
        self.build_venv()
        self.manage("migrate", "--no-input", "-v0")
        count = "import django; django.setup(); from wagtail.models import Page; print(Page.objects.count())"
        if int(self.run("-c", count).stdout.split()[-1]) < 10:
            self.manage("load_initial_data")
        if not (self.work / "static" / "staticfiles.json").exists():
            self.manage("collectstatic", "--no-input", "-v0")

    def urls(self):
        lines = self.run("-c", URLS_SCRIPT).stdout.strip().splitlines()
        return dict(line.split("\t") for line in lines)

    def gunicorn(self, bind):
        """The command and environment of its server, with the same worker settings as this site's."""
        command = [str(self.venv / "bin" / "gunicorn"), "bakerydemo.wsgi", "--workers", "2", "--worker-class", "sync"]
        command += ["--bind", bind, "--log-level", "warning", "--timeout", "120"]
        return command, self.env, self.checkout
