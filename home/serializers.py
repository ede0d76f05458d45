"""API v2 fields shared by the domain apps' page types."""

from rest_framework import serializers


class TagNamesField(serializers.Field):
    """A page's topic tags as a list of names (the tags are taggit's, one vocabulary for the whole site)."""

    def to_representation(self, value):
        return [tag.name for tag in value.all()]


class LanguageCodesSerializer(serializers.ListField):
    """Language codes as a JSON list (the model stores them in one text column, see ``home.fields``)."""

    child = serializers.CharField()
