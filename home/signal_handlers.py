from django.conf import settings
from django.db.models.signals import post_delete, post_save, pre_delete
from django.dispatch import receiver
from wagtail.models import Locale, Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from .footer import forget_footers
from .localization import redirect_deleted_translation
from .models import Footer, HomePage, TopicLabel
from .page_cache import new_generation
from .renditions import warm_page_on_publish
from .request_cache import forget
from .topics import forget_topic_labels
from .translation import ensure_translator_groups


@receiver(post_save, sender=HomePage)
def give_translators_their_language_tree(sender, instance, created, raw=False, **kwargs):
    """A language's tree starts with its home page: its translators get their rights there as soon as it exists."""
    if created and not raw:
        ensure_translator_groups()


@receiver(pre_delete, sender=Page, dispatch_uid="redirect_deleted_translation")
def lead_links_of_a_deleted_translation_to_the_german_page(sender, instance, **kwargs):
    """Sent once per page (as the base Page row), also for each page of a deleted subtree."""
    redirect_deleted_translation(instance)


# A request that changes a locale or a view restriction must not go on using what it looked up before.
for model in (Locale, PageViewRestriction):
    post_save.connect(forget, sender=model, dispatch_uid=f"request_cache_forget_{model.__name__}_save")
    post_delete.connect(forget, sender=model, dispatch_uid=f"request_cache_forget_{model.__name__}_delete")
post_save.connect(forget_topic_labels, sender=TopicLabel, dispatch_uid="forget_topic_labels_on_save")
post_delete.connect(forget_topic_labels, sender=TopicLabel, dispatch_uid="forget_topic_labels_on_delete")
post_save.connect(forget_footers, sender=Footer, dispatch_uid="forget_footers_on_save")
post_delete.connect(forget_footers, sender=Footer, dispatch_uid="forget_footers_on_delete")


# --- The page cache: whatever can show on a page renews its generation (see home/page_cache.py) -----------------
# Page signals come with the specific class as sender, so they are connected for every sender.
page_published.connect(new_generation, dispatch_uid="page_cache_on_publish")
page_unpublished.connect(new_generation, dispatch_uid="page_cache_on_unpublish")
post_page_move.connect(new_generation, dispatch_uid="page_cache_on_move")
page_published.connect(warm_page_on_publish, dispatch_uid="warm_renditions_on_publish")
# Snippets and rows that pages show without being pages; domain models by label, so home imports no domain app.
SHOWN_ON_PAGES = {
    "home.Footer",
    "home.TopicLabel",
    "taggit.Tag",
    "wagtailcore.Site",
    "wagtailcore.Locale",
    "wagtailcore.PageViewRestriction",  # a section made private leaves menus and cached pages at once
    "wagtailimages.Image",
    "directory.Language",
    "news.Author",
    "trainings.TrainingSession",  # cancellations, seats
    "trainings.Registration",  # free places shown on the series page
}


@receiver(post_save, dispatch_uid="page_cache_on_save")
@receiver(post_delete, dispatch_uid="page_cache_on_delete")
def renew_page_cache_on_change(sender, instance, **kwargs):
    """Any saved page (a live page saved in code changes what visitors see without a publish) or shown row."""
    if isinstance(instance, Page) or sender._meta.label in SHOWN_ON_PAGES:
        new_generation()


@receiver(page_published, dispatch_uid="purge_cdn_on_publish")
@receiver(page_unpublished, dispatch_uid="purge_cdn_on_unpublish")
@receiver(post_page_move, dispatch_uid="purge_cdn_on_move")
def purge_cdn(sender, instance, **kwargs):
    """Purge the CDN's copies of the pages that list this one: its ancestors, in every language.

    Wagtail's frontend cache app purges the page itself on publish and unpublish; a listing (the news index, the
    start page) shows it too. Without a configured CDN (``WAGTAILFRONTENDCACHE``) this does nothing.
    """
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    from wagtail.contrib.frontend_cache.utils import PurgeBatch

    pages = list(instance.get_ancestors().filter(depth__gte=2).live())
    parent_before = kwargs.get("parent_page_before")
    if parent_before is not None:  # a move: the old listing changed too, and the page has a new address
        pages += [instance, *parent_before.get_ancestors(inclusive=True).filter(depth__gte=2).live()]
    batch = PurgeBatch()
    batch.add_pages(pages)
    batch.purge()
