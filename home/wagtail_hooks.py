from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.models import TranslatableMixin
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .admin_views import translation_overview
from .models import Footer, TopicLabel, TranslatorGroup


@hooks.register("register_admin_urls")
def register_translation_overview_url():
    return [path("translation-status/", translation_overview, name="translation_overview")]


@hooks.register("register_reports_menu_item")
def register_translation_overview_menu_item():
    # Not admin-only: translators need the overview as much as editors do.
    return MenuItem(_("Translation status"), reverse("translation_overview"), icon_name="globe", order=50)


def _keep_the_tree_with_editors(request, page, *args, **kwargs):
    """Translators edit and publish their language's pages; deleting, moving or copying pages is editors' work.

    Wagtail lets anyone with "change" and "publish" on a subtree delete its leaf pages and move them, so the rule
    is enforced here rather than through page permissions.
    """
    if TranslatorGroup.only_translates(request.user):
        messages.error(request, _("Translators cannot delete, move or copy pages. Please ask an editor."))
        return redirect("wagtailadmin_explore", page.get_parent().id)
    return None


for _hook_name in ("before_delete_page", "before_move_page", "before_copy_page", "before_create_page"):
    hooks.register(_hook_name, _keep_the_tree_with_editors)


@hooks.register("before_unpublish_page")
def keep_pages_online_with_editors(request, page):
    """Unpublishing takes a page (and, offered alongside, its descendants) offline for every visitor: editors' work."""
    if TranslatorGroup.only_translates(request.user):
        messages.error(request, _("Translators cannot unpublish pages. Please ask an editor."))
        return redirect("wagtailadmin_explore", page.get_parent().id)
    return None


@hooks.register("before_bulk_action")
def keep_bulk_tree_changes_with_editors(request, action_type, objects, action_class_instance):
    if action_type not in {"delete", "move", "unpublish"} or not TranslatorGroup.only_translates(request.user):
        return None
    if action_type == "unpublish":
        messages.error(request, _("Translators cannot unpublish pages. Please ask an editor."))
    else:
        messages.error(request, _("Translators cannot delete, move or copy pages. Please ask an editor."))
    return redirect("wagtailadmin_home")


@hooks.register("before_edit_snippet", order=-100)  # before wagtail-localize opens its translation editor
def keep_translators_to_their_language(request, instance):
    """Translators change snippets of their own language only, never the German source or another language."""
    if not isinstance(instance, TranslatableMixin) or not TranslatorGroup.only_translates(request.user):
        return None
    if instance.locale.language_code in TranslatorGroup.languages_of(request.user):
        return None
    messages.error(request, _("Translators can only change texts in their own language. Please ask an editor."))
    return redirect("wagtailadmin_home")


class TopicLabelViewSet(SnippetViewSet):
    model = TopicLabel
    icon = "tag"
    menu_label = _("Topic labels")
    list_display = ["label", "tag", "locale"]
    search_fields = ["label"]


register_snippet(TopicLabelViewSet)


class FooterViewSet(SnippetViewSet):
    model = Footer
    icon = "site"
    menu_label = _("Footer")
    list_display = ["__str__", "email", "phone"]


register_snippet(FooterViewSet)
