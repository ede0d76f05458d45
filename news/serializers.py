"""API v2 fields of news items."""

from rest_framework import serializers


class RelatedPageSerializer(serializers.Serializer):
    """A related page in the reader's language where it is translated, else the German source."""

    def to_representation(self, instance):
        page = instance.localized
        return {"id": page.pk, "title": page.title, "url": page.url}
