from django.db.models.signals import post_delete
from django.dispatch import receiver
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished

from .webhooks import queue_event


@receiver(page_published)
def page_was_published(sender, instance, **kwargs):
    queue_event(instance, "page.published")


@receiver(page_unpublished)
def page_was_unpublished(sender, instance, **kwargs):
    queue_event(instance, "page.unpublished")


@receiver(post_delete)
def page_was_deleted(sender, instance, **kwargs):
    # Deleting a page deletes its base Page row and its specific row; announce it once, for the specific class.
    if isinstance(instance, Page) and type(instance) is not Page:
        queue_event(instance, "page.deleted")
