"""What the apps' declarations of their public values share (see "what is public" on each page model)."""

from django.utils import timezone


def local_isoformat(moment):
    """A moment as every output gives it: ISO 8601 in the site's time zone (Berlin) with its offset; None stays."""
    return timezone.localtime(moment).isoformat() if moment else None
