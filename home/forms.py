"""Admin forms every page type builds on.

The stale-form check lives here, once, for all page types: Wagtail 7.4 refuses an *autosave* that would overwrite
a newer revision, but an ordinary "Save draft" or "Publish" from a form opened before someone else's change replaces
that change without a word. Every page type's ``base_form_class`` mixes in ``StaleFormCheck``
(tests/test_architecture.py holds them to it).
"""

from django.core.exceptions import ValidationError
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm


class StaleFormCheck:
    """Refuse to save a page form that was loaded before the page's latest revision.

    The edit form carries the revision it was loaded from (``loaded_revision_id`` and ``loaded_revision_created_at``,
    which Wagtail renders; after an autosave, ``overwrite_revision_id``). If that is not the latest revision any
    more, the form is invalid: the editor's input stays in the form, the message says who changed the page when, and
    the re-rendered form is based on the latest revision, so saving again knowingly replaces it.
    """

    def clean(self):
        cleaned_data = super().clean()
        newer = self._newer_revision()
        if newer is not None:
            who = (newer.user.get_full_name() or newer.user.get_username()) if newer.user else _("someone")
            when = formats.date_format(timezone.localtime(newer.created_at), "DATETIME_FORMAT")
            self.add_error(
                None,
                ValidationError(
                    _(
                        "Since you opened this page, %(who)s saved a newer version (%(when)s). Your changes are "
                        "still in this form and nothing was saved. Compare with the page's history if you are "
                        "unsure; saving again replaces the newer version with yours."
                    ),
                    code="stale_form",
                    params={"who": who, "when": when},
                ),
            )
        return cleaned_data

    def _newer_revision(self):
        """The page's latest revision if this form was loaded from an older one, else None (as Wagtail decides)."""
        page = self.instance
        if not page.pk or not self.is_bound:
            return None
        latest = page.get_latest_revision()
        if latest is None:
            return None
        data = self.data
        if overwrite := data.get("overwrite_revision_id"):  # this editor's own autosave revision
            return latest if overwrite != str(latest.pk) else None
        loaded = data.get("loaded_revision_id")
        if not loaded:
            return None  # not the edit view (e.g. a form built in code): nothing to compare with
        if loaded != str(latest.pk) or data.get("loaded_revision_created_at", "") != latest.created_at.isoformat():
            return latest
        return None


class SitePageForm(StaleFormCheck, WagtailAdminPageForm):
    """The admin form of page types without a form of their own."""
