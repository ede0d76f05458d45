"""The repository keeps itself honest: migrations current, style clean, compiled translations in step."""

import ast
import io
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from django.core.management import call_command

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def run(*command):
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)  # noqa: S603


@pytest.mark.django_db
def test_migrations_are_committed_and_current():
    out = io.StringIO()
    try:
        call_command("makemigrations", "--check", "--dry-run", stdout=out, stderr=out)
    except SystemExit as exit_:
        pytest.fail(f"Missing migrations:\n{out.getvalue()}")
        raise AssertionError from exit_


def test_ruff_finds_no_problems():
    result = run(str(BIN / "ruff"), "check", ".")
    assert result.returncode == 0, result.stdout


def test_ruff_formatting_is_applied():
    result = run(str(BIN / "ruff"), "format", "--check", ".")
    assert result.returncode == 0, result.stdout


def test_templates_are_indented_by_djhtml():
    templates = [str(p.relative_to(ROOT)) for p in ROOT.glob("*/templates/**/*.html") if ".venv" not in p.parts]
    result = run(str(BIN / "djhtml"), "--check", *templates)
    assert result.returncode == 0, result.stdout + result.stderr


# The project's locale/ holds the shell's strings; each domain app carries its own <app>/locale/ like any plugin.
PO_FILES = sorted(
    path for path in ROOT.glob("**/locale/*/LC_MESSAGES/django.po") if ".venv" not in path.relative_to(ROOT).parts
)


@pytest.mark.parametrize("po_path", PO_FILES, ids=lambda p: str(p.relative_to(ROOT).parent.parent))
def test_compiled_translations_match_their_po_files(po_path):
    """A .po edited without `make compilemessages` would silently not reach visitors."""
    compiled = polib.mofile(str(po_path.with_suffix(".mo")))
    expected = {entry.msgid: entry.msgstr for entry in polib.pofile(str(po_path)).translated_entries()}
    actual = {entry.msgid: entry.msgstr for entry in compiled if entry.msgid}
    assert actual == expected


APPS = ("api", "directory", "exchange", "home", "news", "participation", "resources", "trainings")
# The partner API's language enum is part of its OpenAPI schema, which is built once when the module loads.
READS_SETTINGS_AT_IMPORT = {"api/content/common.py"}


def _reads_settings(node):
    return any(
        (isinstance(sub, ast.Attribute) and isinstance(sub.value, ast.Name) and sub.value.id == "settings")
        or (
            isinstance(sub, ast.Call)
            and isinstance(sub.func, ast.Name)
            and sub.func.id == "getattr"
            and sub.args
            and isinstance(sub.args[0], ast.Name)
            and sub.args[0].id == "settings"
        )
        for sub in ast.walk(node)
    )


def test_apps_read_their_settings_when_called_not_at_import():
    """A value read from settings when a module loads ignores ``override_settings`` and the host's later changes."""
    offenders = []
    for app in APPS:
        for path in sorted((ROOT / app).rglob("*.py")):
            relative = path.relative_to(ROOT).as_posix()
            if "/migrations/" in relative or relative in READS_SETTINGS_AT_IMPORT:
                continue
            for statement in ast.parse(path.read_text(encoding="utf-8")).body:
                if isinstance(statement, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                    checked = statement.decorator_list
                else:
                    checked = [statement]
                offenders += [f"{relative}:{node.lineno}" for node in checked if _reads_settings(node)]
    assert not offenders, "Read these settings in a function (see trainings/conf.py):\n" + "\n".join(offenders)
