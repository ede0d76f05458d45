"""Golden JSON files for the API contract tests: normalise a response, compare it with its file, show a diff.

``UPDATE_GOLDEN=1 pytest tests/api/test_golden.py`` rewrites the files; they are committed and reviewed like code.
"""

import difflib
import json
import os
import re
from pathlib import Path

GOLDEN_DIR = Path(__file__).parent / "golden"
UPDATE_HINT = "UPDATE_GOLDEN=1 pytest tests/api/test_golden.py"

# Keys whose integer values are database ids: they differ between runs and databases.
ID_KEYS = {"id", "source_id", "organisation_id", "parent_id", "page", "organiser", "contributing_organisation"}

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$")
# A rendition: /media/images/<name>.<hash>.<filter>.<ext>, or an original image or document file.
RENDITION = re.compile(r"(https?://[^/\s\"]+)?/media/images/[^\s\"]+")
ORIGINAL_IMAGE = re.compile(r"(https?://[^/\s\"]+)?/media/original_images/[^\s\"]+")
DOCUMENT = re.compile(r"(https?://[^/\s\"]+)?/documents/\d+/[^\s\"]+")
# Ids inside API addresses (/api/v2/pages/12/, /api/v2/images/3/) and ?id= style links in HTML.
API_ID = re.compile(r"(/api/v2/\w+/)\d+/")
LINKTYPE_ID = re.compile(r'(linktype="page" )?id="\d+"')
# Times the test data fixes (sessions and meetings in 2099): kept, so their format (offset, precision) is contract.
STABLE_TIMES = {"start", "end", "starts_at", "ends_at", "registration_closes_at"}


def normalise(value, key=None):
    """Replace what differs between runs (ids, uuids, timestamps, file names with hashes) by placeholders.

    Field names, nesting, types, enum values, language codes and address paths stay as they are: they are the
    contract. A placeholder keeps the type visible (``<id>`` for an int id, ``<datetime>`` for a timestamp string).
    """
    if isinstance(value, dict):
        return {name: normalise(item, name) for name, item in value.items()}
    if isinstance(value, list):
        return [normalise(item, key) for item in value]
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int) and key in ID_KEYS:
        return "<id>"
    if isinstance(value, str):
        if DATETIME.match(value) and key not in STABLE_TIMES:
            return "<datetime>"
        value = UUID.sub("<uuid>", value)
        value = RENDITION.sub("<url:rendition>", value)
        value = ORIGINAL_IMAGE.sub("<url:image>", value)
        value = DOCUMENT.sub("<url:document>", value)
        value = API_ID.sub(r"\1<id>/", value)
        value = LINKTYPE_ID.sub(lambda match: (match.group(1) or "") + 'id="<id>"', value)
    return value


def dumps(data):
    return json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def assert_matches_golden(name, data):
    """Compare ``data`` (already normalised) with ``golden/<name>.json``; rewrite the file with UPDATE_GOLDEN=1."""
    path = GOLDEN_DIR / f"{name}.json"
    actual = dumps(data)
    if os.environ.get("UPDATE_GOLDEN") == "1":
        GOLDEN_DIR.mkdir(exist_ok=True)
        path.write_text(actual, encoding="utf-8")
        return
    if not path.exists():
        raise AssertionError(f"No golden file {path.relative_to(Path.cwd())}: create it with `{UPDATE_HINT}`.")
    expected = path.read_text(encoding="utf-8")
    if actual == expected:
        return
    diff = "".join(
        difflib.unified_diff(
            expected.splitlines(keepends=True),
            actual.splitlines(keepends=True),
            fromfile=f"golden/{name}.json (committed)",
            tofile=f"golden/{name}.json (this response)",
        )
    )
    raise AssertionError(
        f"The API's answer no longer matches its contract, golden/{name}.json:\n\n{diff}\n"
        f"If the change is intended, regenerate with `{UPDATE_HINT}` and commit the files with the change."
    )
