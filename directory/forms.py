"""The directory's visitor filters: parsed by a form, so a bad value in the URL is ignored, never an error page."""

from django import forms
from django.utils.translation import gettext_lazy as _

from home.forms import ListingFilterForm
from home.topics import topic_label

from .constants import SPOKEN_LANGUAGES, Neighbourhood


class OrganisationFilterForm(ListingFilterForm):
    q = forms.CharField(
        label=_("Search"),
        required=False,
        max_length=100,
        help_text=_("Name, description or topic"),
        error_messages={"max_length": _("Please use at most 100 characters; the search was ignored.")},
    )
    topic = forms.ChoiceField(
        label=_("Topic"),
        required=False,
        error_messages={"invalid_choice": _("There is no topic “%(value)s”; it was ignored.")},
    )
    language = forms.ChoiceField(
        label=_("Language spoken"),
        required=False,
        error_messages={"invalid_choice": _("There is no language “%(value)s” in the list; it was ignored.")},
    )
    neighbourhood = forms.ChoiceField(
        label=_("Neighbourhood"),
        required=False,
        error_messages={"invalid_choice": _("There is no neighbourhood “%(value)s”; it was ignored.")},
    )

    filter_methods = {"topic": "about", "language": "speaking", "neighbourhood": "in_neighbourhood", "q": "matching"}

    def set_choices(self, organisations):
        self.fields["topic"].choices = [("", _("All topics"))] + [
            (tag.slug, topic_label(tag)) for tag in organisations.topics()
        ]
        self.fields["language"].choices = [("", _("All languages"))] + [
            (code, name if own == str(name) else f"{name} – {own}") for code, name, own in SPOKEN_LANGUAGES
        ]
        self.fields["neighbourhood"].choices = [("", _("All neighbourhoods")), *Neighbourhood.choices]


class OrganisationSignupForm(forms.Form):
    """ "Organisation eintragen": what the public profile starts with, and who to write to (kept apart from it).

    Lengths are those of the profile's columns, so an overlong field is an error message, never a stored fragment.
    A honeypot field catches simple bots.
    """

    name = forms.CharField(label=_("Name of the organisation"), max_length=120)
    short_description = forms.CharField(
        label=_("What does your organisation do?"),
        max_length=240,
        help_text=_("One or two sentences (at most 240 characters). You can add more later."),
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    neighbourhood = forms.ChoiceField(label=_("Neighbourhood (optional)"), required=False)
    website = forms.URLField(
        label=_("Website (optional)"),
        max_length=200,
        required=False,
        assume_scheme="https",
        error_messages={"invalid": _("Enter a web address, e.g. https://example.org.")},
    )
    contact_name = forms.CharField(
        label=_("Your name"),
        max_length=200,
        help_text=_("Not published. We write to you about your entry."),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    contact_email = forms.EmailField(
        label=_("Your e-mail address"),
        max_length=254,
        help_text=_("Not published. We send a confirmation and, once we have published the entry, an invitation."),
        error_messages={"invalid": _("Enter a valid e-mail address, e.g. name@example.org.")},
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    consent = forms.BooleanField(
        label=_(
            "I agree that my name and e-mail address are stored to handle this entry and deleted after it has "
            "been handled."
        ),
        error_messages={"required": _("Please agree to the storage of your details, or we cannot handle the entry.")},
    )
    # Humans never see this field (hidden by CSS, skipped by keyboard); bots that fill every field reveal themselves.
    homepage = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["neighbourhood"].choices = [("", _("Choose …")), *Neighbourhood.choices]

    def clean_homepage(self):
        if self.cleaned_data.get("homepage"):
            raise forms.ValidationError(_("This looks like an automated submission. Please leave that field empty."))
        return ""
