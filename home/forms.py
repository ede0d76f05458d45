"""Forms every page type builds on: the admin's page form and the visitors' listing filter.

The stale-form check lives here, once, for all page types: Wagtail 7.4 refuses an *autosave* that would overwrite
a newer revision, but an ordinary "Save draft" or "Publish" from a form opened before someone else's change replaces
that change without a word. Every page type's ``base_form_class`` mixes in ``StaleFormCheck``
(tests/test_architecture.py holds them to it).
"""

from django import forms
from django.core.exceptions import ValidationError
from django.utils import formats, timezone
from django.utils.functional import cached_property
from django.utils.http import urlencode
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


class ListingFilterForm(forms.Form):
    """The filters of an index page, read from the URL (see home.index_pages.IndexPage).

    One way with values it cannot use: an invalid value (an unknown choice, an overlong search) is left out of
    ``filters`` and reported in ``errors``; the listing shows as if it had not been given, never an error page.
    A subclass declares its fields, fills their choices from the listing's QuerySet in ``set_choices`` (so it
    needs no model import), and names in ``filter_methods`` the QuerySet method each field's value is passed to.
    """

    #: field name -> name of the QuerySet method that narrows the listing by the field's value
    filter_methods = {}

    def __init__(self, data=None, *, queryset, **kwargs):
        super().__init__(data or None, **kwargs)
        self.set_choices(queryset)

    def set_choices(self, queryset):
        """Fill the choice fields' choices, typically from methods of ``queryset`` (the unfiltered listing)."""

    @cached_property
    def filters(self):
        """The valid, non-empty filter values by field name; invalid ones are left out (and kept in ``errors``)."""
        if not self.is_bound:
            return {}
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value not in (None, "", [], False)}

    @property
    def is_filtered(self):
        return bool(self.filters)

    def filter(self, queryset):
        """Narrow ``queryset`` by every valid filter value, through the QuerySet methods of ``filter_methods``."""
        for name, value in self.filters.items():
            if name in self.filter_methods:
                queryset = getattr(queryset, self.filter_methods[name])(value)
        return queryset

    def querystring(self):
        """The valid filter values as the visitor gave them, as a query string (for pagination and export links)."""
        return urlencode([(name, self.data.get(name)) for name in self.filters])
