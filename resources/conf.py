"""The resource library's settings, each with a default, so a host site only sets what it wants to change.

Read them through these functions (not at import time), so a host project or a test can change them.
"""

from django.conf import settings

# Extensions of files that run code when opened; never accepted as documents, whatever WAGTAILDOCS_EXTENSIONS says.
DEFAULT_BLOCKED_EXTENSIONS = [
    "exe", "msi", "bat", "cmd", "com", "scr", "js", "jar", "sh", "ps1", "vbs", "dll", "apk", "dmg",
]  # fmt: skip

# Files starting with these bytes are programs (Windows PE "MZ", Linux ELF), whatever their name says.
EXECUTABLE_SIGNATURES = (b"MZ", b"\x7fELF")


def max_upload_size():
    """Largest document upload in bytes (``RESOURCES_MAX_UPLOAD_SIZE``, default 20 MB)."""
    return int(getattr(settings, "RESOURCES_MAX_UPLOAD_SIZE", 20 * 1024 * 1024))


def blocked_extensions():
    """Document extensions refused at upload (``RESOURCES_BLOCKED_EXTENSIONS``)."""
    return {
        ext.lower().lstrip(".") for ext in getattr(settings, "RESOURCES_BLOCKED_EXTENSIONS", DEFAULT_BLOCKED_EXTENSIONS)
    }


def resources_per_page():
    """How many resources one page of the library lists (``RESOURCES_PER_PAGE``, default 12)."""
    return int(getattr(settings, "RESOURCES_PER_PAGE", 12))
