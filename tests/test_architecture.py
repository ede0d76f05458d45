"""Imports point one way (docs/architecture.md): a plugin app never reaches into a delivery channel or the project.

The test reads every module's import statements (including imports inside functions) and fails on an arrow against
the direction, so an import circle or a plugin that only works inside this project cannot creep in.
"""

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings

ROOT = Path(__file__).resolve().parents[1]

DOMAIN = {"directory", "trainings", "news", "resources", "exchange"}

# Which first-party packages each app may import (besides itself). Apps not yet in the tree are simply absent.
ALLOWED = {
    "home": set(),
    "directory": {"home"},
    "trainings": {"home", "directory"},
    "news": {"home", "directory"},
    "resources": {"home", "directory"},
    "exchange": {"home", "directory"},
    "participation": {"home"} | DOMAIN,
    "api": {"home"} | DOMAIN,
    "demo": {"home", "api", "participation"} | DOMAIN,
    "config": {"home", "api", "participation"} | DOMAIN,  # settings name "demo" for dev and tests, never import it
}
FIRST_PARTY = set(ALLOWED)


def imported_packages(path):
    """The first-party top-level packages a module imports."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module.split(".")[0])
    return found & FIRST_PARTY


def app_modules(app):
    return sorted(path for path in (ROOT / app).rglob("*.py") if "migrations" not in path.parts)


@pytest.mark.parametrize("app", sorted(app for app in ALLOWED if (ROOT / app).is_dir()))
def test_app_imports_only_what_the_architecture_allows(app):
    wrong = {
        str(path.relative_to(ROOT)): sorted(imported_packages(path) - ALLOWED[app] - {app}) for path in app_modules(app)
    }
    wrong = {module: packages for module, packages in wrong.items() if packages}
    assert not wrong, f"imports against the direction in docs/architecture.md: {wrong}"


def test_the_direction_table_covers_every_python_package_in_the_repository():
    packages = {
        path.parent.name
        for path in ROOT.glob("*/__init__.py")
        if path.parent.name not in {"tests", "bench"} and not path.parent.name.startswith(".")
    }
    assert packages <= FIRST_PARTY, f"add {sorted(packages - FIRST_PARTY)} to ALLOWED and docs/architecture.md"


def test_a_module_importing_against_the_direction_is_caught(tmp_path):
    module = tmp_path / "models.py"
    module.write_text("from api.content import api\n\ndef f():\n    import config.urls\n", encoding="utf-8")
    assert imported_packages(module) - ALLOWED["news"] == {"api", "config"}


@pytest.mark.parametrize("app", sorted(set(ALLOWED) - {"demo"}))
def test_an_app_importing_the_demo_is_caught(app, tmp_path):
    """The demo is dev-only content: a plugin app (or the project) that imported it would need it in production."""
    module = tmp_path / "apps.py"
    module.write_text("def ready():\n    from demo.seeders import home  # noqa: F401\n", encoding="utf-8")
    assert imported_packages(module) - ALLOWED[app] - {app} == {"demo"}


def test_production_does_not_install_the_demo_but_development_and_tests_do():
    script = "from django.conf import settings; print(' '.join(settings.INSTALLED_APPS))"
    installed = {}
    for name, extra in [
        ("production", {"SECRET_KEY": "k3J9-vQ2_xLr8ZpT4wNc7YhB1mFs6DgU0eAoIiKjHlMnPqRsTuVwXyZaBcDeFgHi"}),
        ("dev", {}),
    ]:
        environment = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": f"config.settings.{name}",
            "ALLOWED_HOSTS": "migraktiv.example.org",
            "WAGTAILADMIN_BASE_URL": "https://migraktiv.example.org",
            **extra,
        }
        result = subprocess.run(  # noqa: S603 - our own settings, a fixed script
            [sys.executable, "-c", script], cwd=ROOT, env=environment, capture_output=True, text=True, timeout=60
        )
        assert result.returncode == 0, result.stderr
        installed[name] = result.stdout.split()
    assert "home" in installed["production"]
    assert "demo" not in installed["production"]
    assert "demo" in installed["dev"]
    assert "demo" in settings.INSTALLED_APPS
