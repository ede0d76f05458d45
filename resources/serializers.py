"""API v2 fields of resources."""

from rest_framework import serializers


class ResourceFileSerializer(serializers.Serializer):
    """One downloadable file of a resource: the document's title, URL and type, and its language."""

    def to_representation(self, instance):
        return {
            "title": instance.document.title,
            "url": instance.document.url,
            "language": instance.language or None,
            "label": instance.label,
            "file_extension": instance.document.file_extension,
        }
