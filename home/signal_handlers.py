from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from .footer import forget_footers
from .models import Footer, HomePage, TopicLabel
from .topics import forget_topic_labels
from .translation import ensure_translator_groups


@receiver(post_save, sender=HomePage)
def give_translators_their_language_tree(sender, instance, created, raw=False, **kwargs):
    """A language's tree starts with its home page: its translators get their rights there as soon as it exists."""
    if created and not raw:
        ensure_translator_groups()


post_save.connect(forget_topic_labels, sender=TopicLabel, dispatch_uid="forget_topic_labels_on_save")
post_delete.connect(forget_topic_labels, sender=TopicLabel, dispatch_uid="forget_topic_labels_on_delete")
post_save.connect(forget_footers, sender=Footer, dispatch_uid="forget_footers_on_save")
post_delete.connect(forget_footers, sender=Footer, dispatch_uid="forget_footers_on_delete")
