"""Visitors' forms: the exchange's filters, the contact form and the report form."""

from django import forms
from django.core.validators import MaxLengthValidator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from directory.constants import SPOKEN_LANGUAGES
from home.forms import ListingFilterForm
from home.topics import topic_label

from . import conf
from .models import PLACE_CHOICES, Direction, Kind, Report


class EntryFilterForm(ListingFilterForm):
    """The exchange's filters, read from the URL. A value it cannot use is dropped and the visitor told so."""

    direction = forms.ChoiceField(label=_("Offers or needs"), required=False)
    kind = forms.ChoiceField(label=_("Kind"), required=False)
    topic = forms.ChoiceField(label=_("Topic"), required=False)
    language = forms.ChoiceField(label=_("Language"), required=False)
    place = forms.ChoiceField(label=_("Ortsteil"), required=False)
    q = forms.CharField(label=_("Search"), required=False, max_length=100)

    filter_methods = {
        "direction": "in_direction",
        "kind": "of_kind",
        "topic": "about",
        "language": "speaking",
        "place": "at",
        "q": "matching",
    }

    def set_choices(self, entries):
        self.fields["direction"].choices = [("", _("Offers and needs")), *Direction.choices]
        self.fields["kind"].choices = [("", _("All kinds")), *Kind.choices]
        self.fields["topic"].choices = [("", _("All topics"))] + [
            (tag.slug, topic_label(tag)) for tag in entries.topics()
        ]
        self.fields["language"].choices = [("", _("All languages"))] + [
            (code, name if own in ("", str(name)) else f"{name} ({own})") for code, name, own in SPOKEN_LANGUAGES
        ]
        self.fields["place"].choices = [("", _("All of Spandau")), *PLACE_CHOICES]


class ContactForm(forms.Form):
    """Name, e-mail, message and consent; a honeypot field catches simple bots."""

    name = forms.CharField(label=_("Your name"), max_length=200, widget=forms.TextInput(attrs={"autocomplete": "name"}))
    email = forms.EmailField(
        label=_("Your e-mail address"),
        max_length=254,
        help_text=_("The organisation answers you here; you get a copy of your message."),
        error_messages={"invalid": _("Enter a valid e-mail address, e.g. name@example.org.")},
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    organisation = forms.CharField(
        label=_("Your organisation (optional)"),
        max_length=200,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    message = forms.CharField(label=_("Message"), widget=forms.Textarea(attrs={"rows": 8}))
    consent = forms.BooleanField(
        label=_("I agree that my name, e-mail address and message are passed on to this organisation."),
        error_messages={"required": _("Please agree to passing on your message, or we cannot send it.")},
    )
    # Humans never see this field (hidden by CSS, skipped by keyboard); bots that fill every field reveal themselves.
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        limit = conf.message_max_length()
        message = self.fields["message"]
        message.max_length = limit
        message.widget.attrs["maxlength"] = str(limit)
        message.validators.append(MaxLengthValidator(limit))
        message.help_text = ngettext_lazy("At most %(count)s character.", "At most %(count)s characters.", limit) % {
            "count": limit
        }

    def clean_website(self):
        if self.cleaned_data.get("website"):
            raise forms.ValidationError(_("This looks like an automated submission. Please leave that field empty."))
        return ""

    @property
    def retention_days(self):
        return conf.retention_days()


class ReportForm(forms.Form):
    reason = forms.ChoiceField(label=_("What is wrong with this entry?"), choices=Report.Reason.choices)
    comment = forms.CharField(
        label=_("Details (optional)"), max_length=1000, required=False, widget=forms.Textarea(attrs={"rows": 4})
    )
    website = ContactForm.base_fields["website"]

    clean_website = ContactForm.clean_website
