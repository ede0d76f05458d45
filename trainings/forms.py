"""Visitor-facing forms: registering for a session and filtering the programme."""

import re

from django import forms
from django.conf import settings
from django.utils.translation import get_language, ngettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from home.forms import ListingFilterForm
from home.topics import topic_label

from . import conf
from .models import Kind


class RegistrationForm(forms.Form):
    """Name, e-mail, consent; a honeypot field catches simple bots. Lengths match the model's columns."""

    name = forms.CharField(
        label=pgettext_lazy("person", "Name"),
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label=_("E-mail address"),
        max_length=254,
        help_text=_("We send the confirmation and a link to cancel here."),
        error_messages={"invalid": _("Enter a valid e-mail address, e.g. name@example.org.")},
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    organisation = forms.CharField(
        label=_("Organisation (optional)"),
        max_length=200,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    language = forms.ChoiceField(
        label=_("Language for our e-mails"),
        choices=settings.LANGUAGES,
    )
    accessibility_needs = forms.CharField(
        label=_("Accessibility needs (optional)"),
        max_length=1000,
        required=False,
        help_text=_("For example step-free access, sign language or interpretation, childcare."),
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    consent = forms.BooleanField(
        label=_("I agree that my details are stored to organise this session."),
        error_messages={"required": _("Please agree to the storage of your details, or we cannot register you.")},
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
        current = get_language()
        if current in dict(settings.LANGUAGES):
            self.fields["language"].initial = current

    def clean_website(self):
        if self.cleaned_data.get("website"):
            raise forms.ValidationError(_("This looks like an automated submission. Please leave that field empty."))
        return ""

    @property
    def retention_days(self):
        return conf.retention_days()

    def consent_text(self, privacy_page=None):
        """The consent wording as the form shows it in the current language, with the privacy policy's version."""
        days = self.retention_days
        explanation = ngettext(
            "We use your details only to organise this session and delete them %(days)s day after it.",
            "We use your details only to organise this session and delete them %(days)s days after it.",
            days,
        ) % {"days": days}
        text = f"{self.fields['consent'].label} {explanation}"
        if privacy_page is not None:
            text += f" [{privacy_page.url} revision {privacy_page.live_revision_id}]"
        return text


MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")


class ProgrammeFilterForm(ListingFilterForm):
    """The programme's filters, read from the URL. A value it cannot use is dropped and the visitor told so."""

    kind = forms.ChoiceField(label=_("Kind"), required=False)
    language = forms.ChoiceField(label=_("Language"), required=False)
    topic = forms.ChoiceField(label=_("Topic"), required=False)
    month = forms.RegexField(
        label=_("Month"),
        regex=MONTH,
        required=False,
        help_text=_("Year and month, e.g. 2026-12."),
        error_messages={"invalid": _("Enter a month as year and month, e.g. 2026-12.")},
        # A month picker where the browser has one; HTML allows neither maxlength nor placeholder on it (the
        # pattern bounds the length, the help text shows the format to browsers that fall back to a text box).
        widget=forms.TextInput(attrs={"type": "month"}),
    )
    past = forms.BooleanField(label=_("Show past sessions instead"), required=False)

    filter_methods = {"kind": "of_kind", "language": "held_in", "topic": "about"}

    def set_choices(self, sessions):
        self.fields["kind"].choices = [("", _("All kinds")), *Kind.choices]
        self.fields["language"].choices = [("", _("All languages")), *conf.language_choices()]
        self.fields["topic"].choices = [("", _("All topics"))] + [
            (tag.slug, topic_label(tag)) for tag in sessions.topics()
        ]

    def filter(self, sessions):
        """Upcoming sessions (or past ones, latest first), narrowed by every filter that was understood."""
        sessions = sessions.past().reverse() if self.filters.get("past") else sessions.upcoming()
        if "month" in self.filters:
            year, month = MONTH.match(self.filters["month"]).groups()
            sessions = sessions.in_month(int(year), int(month))
        return super().filter(sessions)
