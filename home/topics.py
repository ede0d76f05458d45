"""Topic labels in the visitor's language, for templates, forms and the APIs of every app.

One cached dictionary per language ({tag id: label}); saving or deleting a TopicLabel clears them.
"""

from django.core.cache import cache
from django.utils.translation import get_language

CACHE_KEY = "topic-labels:{}"


def topic_labels(language_code=None):
    from .models import TopicLabel

    language_code = language_code or get_language() or "de"
    key = CACHE_KEY.format(language_code)
    labels = cache.get(key)
    if labels is None:
        labels = dict(TopicLabel.objects.filter(locale__language_code=language_code).values_list("tag_id", "label"))
        cache.set(key, labels, 60 * 60)
    return labels


def topic_label(tag, language_code=None):
    """The tag's label in this language (the active one by default), or its German name."""
    return topic_labels(language_code).get(tag.pk, tag.name)


def forget_topic_labels(**kwargs):
    from django.conf import settings

    cache.delete_many([CACHE_KEY.format(code) for code, _name in settings.LANGUAGES])
