"""Forms of the directory's own admin views (admin-only strings: German is required, other languages optional)."""

from django import forms
from django.utils.translation import gettext_lazy as _

PUBLISH_CHOICES = [("draft", _("Save as drafts")), ("publish", _("Publish at once"))]


class OrganisationImportForm(forms.Form):
    """The coordinators' import: a file to check, or the token of the file just checked, and drafts or publish."""

    file = forms.FileField(
        label=_("CSV or Excel file"),
        required=False,
        allow_empty_file=True,  # the import explains what to do with an empty file
        help_text=_("One row per organisation, with the columns of the template (.csv or .xlsx, at most 2 MB)."),
    )
    publish = forms.ChoiceField(
        label=_("Imported profiles"),
        choices=PUBLISH_CHOICES,
        initial="draft",
        widget=forms.RadioSelect,
        help_text=_("Drafts wait for review; published profiles appear in the directory at once."),
    )
    token = forms.CharField(required=False, widget=forms.HiddenInput, max_length=64)

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("file") and not cleaned.get("token"):
            raise forms.ValidationError(_("Choose a file to check."), code="no_file")
        return cleaned
