"""Forms of the resource library: the visitors' filter and the admin's bounded document upload."""

from django import forms
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm

from home.forms import ListingFilterForm
from home.topics import topic_label

from . import conf
from .constants import LANGUAGE_CHOICES
from .models import ResourceType


class ResourceFilterForm(ListingFilterForm):
    type = forms.ChoiceField(label=_("Type"), required=False)
    topic = forms.ChoiceField(label=_("Topic"), required=False)
    language = forms.ChoiceField(label=_("Language"), required=False)

    filter_methods = {"type": "of_type", "topic": "tagged", "language": "available_in"}

    def set_choices(self, resources):
        self.fields["type"].choices = [("", _("All types")), *ResourceType.choices]
        self.fields["topic"].choices = [("", _("All topics"))] + [
            (tag.slug, topic_label(tag)) for tag in resources.topics()
        ]
        self.fields["language"].choices = [("", _("All languages")), *LANGUAGE_CHOICES]


def looks_executable(uploaded_file):
    """Whether a file starts like a program (Windows PE or Linux ELF), whatever its name says."""
    position = uploaded_file.tell() if hasattr(uploaded_file, "tell") else 0
    uploaded_file.seek(0)
    head = uploaded_file.read(8)
    uploaded_file.seek(position)
    return head.startswith(conf.EXECUTABLE_SIGNATURES)


class BoundedDocumentForm(BaseDocumentForm):
    """Wagtail's document form, refusing files that are too large or that are programs.

    Set as ``WAGTAILDOCS_DOCUMENT_FORM_BASE``, so it applies to the single and the multiple upload in the admin.
    Wagtail's own size check (and its upload widget's client-side check) enforce the limit; this form sets it.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("file")
        if field is not None:
            limit = conf.max_upload_size()
            if field.max_upload_size is not None:
                limit = min(limit, field.max_upload_size)
            field.max_upload_size = limit
            field.max_upload_size_text = filesizeformat(limit)
            field.help_text = _("Maximum file size: %(size)s. Programs and scripts are not accepted.") % {
                "size": field.max_upload_size_text
            }
            field.error_messages["file_too_large_unknown_size"] = _(
                "This file is too big. Maximum file size: %(size)s."
            ) % {"size": field.max_upload_size_text}

    def _post_clean(self):
        # A refused file leaves the document without one, and Wagtail's model validation would then add a
        # confusing "extension '' is not allowed" to the editor's error; the form is invalid anyway.
        if "file" in self.errors:
            return
        super()._post_clean()

    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if not uploaded or "file" not in self.changed_data:
            return uploaded
        name = getattr(uploaded, "name", "") or ""
        extensions = [part.lower() for part in name.split(".")[1:]]
        if set(extensions) & conf.blocked_extensions():
            raise ValidationError(
                _("Programs and scripts cannot be uploaded (%(name)s)."), code="executable", params={"name": name}
            )
        if looks_executable(uploaded):
            raise ValidationError(
                _("This file is a program, whatever its name says, and cannot be uploaded."), code="executable"
            )
        return uploaded
