"""`make run` installs requirements/run.txt, `make test` requirements/dev.txt: the same versions, never two."""

import re
from pathlib import Path

REQUIREMENTS = Path(__file__).resolve().parents[2] / "requirements"
PIN = re.compile(r"^([A-Za-z0-9_.\-\[\]]+)==(\S+)", re.MULTILINE)


def pins(name):
    return {package.lower(): version for package, version in PIN.findall((REQUIREMENTS / name).read_text())}


def test_the_run_requirements_pin_what_the_locked_files_pin():
    run, dev, base = pins("run.txt"), pins("dev.txt"), pins("base.txt")
    assert run  # the demo's readers, pinned
    assert {package: dev.get(package) for package in run} == run
    assert {package: dev.get(package) for package in base} == base


def test_the_run_requirements_include_the_site_s_locked_dependencies():
    assert "-r base.txt" in (REQUIREMENTS / "run.txt").read_text().splitlines()
