"""API shapes. Only facts about sessions; registrations (personal data) have no serializer at all."""

from rest_framework import serializers


class SessionSerializer(serializers.Serializer):
    uuid = serializers.UUIDField()
    start = serializers.DateTimeField()
    end = serializers.DateTimeField()
    place = serializers.CharField()
    online_url = serializers.URLField()
    capacity = serializers.IntegerField(allow_null=True)
    free_places = serializers.IntegerField(allow_null=True)
    status = serializers.CharField()
    registration_closes_at = serializers.DateTimeField()
    accepts_registrations = serializers.SerializerMethodField()

    def get_accepts_registrations(self, session):
        return session.accepts_registrations()
