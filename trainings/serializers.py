"""API v2 fields of trainings. Only facts about sessions; registrations (personal data) have no serializer at all."""

from rest_framework.fields import Field


class PublicSessionsField(Field):
    """The series' sessions as the model declares them public (``TrainingSeriesPage.public_sessions``)."""

    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, page):
        return page.public_sessions()
