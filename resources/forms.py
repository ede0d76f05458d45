"""Forms of the resource library: the visitors' filter and the admin's bounded document upload."""

from django import forms
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm

from home.topics import topic_label

from . import conf
from .constants import LANGUAGE_CHOICES
from .models import ResourceType, tags_in_use


class ResourceFilterForm(forms.Form):
    type = forms.ChoiceField(label=_("Type"), required=False)
    topic = forms.ChoiceField(label=_("Topic"), required=False)
    language = forms.ChoiceField(label=_("Language"), required=False)

    def __init__(self, data=None, *, resources, **kwargs):
        super().__init__(data, **kwargs)
        self.fields["type"].choices = [("", _("All types")), *ResourceType.choices]
        self.fields["topic"].choices = [("", _("All topics"))] + [
            (tag.slug, topic_label(tag)) for tag in tags_in_use(resources)
        ]
        self.fields["language"].choices = [("", _("All languages")), *LANGUAGE_CHOICES]

    def filter(self, resources):
        """Narrow ``resources`` by every valid filter value; invalid values are ignored (and reported)."""
        if not self.is_bound:
            return resources
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        if data.get("type"):
            resources = resources.of_type(data["type"])
        if data.get("topic"):
            resources = resources.tagged(data["topic"])
        if data.get("language"):
            resources = resources.available_in(data["language"])
        return resources

    @property
    def active(self):
        return self.is_bound and any(getattr(self, "cleaned_data", {}).values())

    def querystring(self):
        if not self.is_bound:
            return ""
        return urlencode({key: value for key, value in getattr(self, "cleaned_data", {}).items() if value})


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
