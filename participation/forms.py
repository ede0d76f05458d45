"""Visitor-facing forms: a survey's extras (contact with consent, honeypot), page feedback, barrier reports."""

from django import forms
from django.core.validators import MaxLengthValidator
from django.utils.html import format_html
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _

from home.localization import language_attributes

from . import conf
from .models import BarrierReport


def _limit_length(field):
    """Bound a free-text field by the configured comment length (read when the form is built, not at import)."""
    field.max_length = conf.comment_max_length()
    field.widget.attrs["maxlength"] = str(field.max_length)
    field.validators.append(MaxLengthValidator(field.max_length))


class HoneypotMixin(forms.Form):
    """Humans never see this field (hidden by CSS, skipped by keyboard); bots that fill every field show up."""

    participation_website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def clean_participation_website(self):
        if self.cleaned_data.get("participation_website"):
            raise forms.ValidationError(_("This looks like an automated submission. Please leave that field empty."))
        return ""


class SurveyForm(HoneypotMixin):
    """Base of every survey form (Wagtail's form builder adds the questions): anonymous unless the visitor asks."""

    def __init__(self, *args, allow_contact=False, language=None, **kwargs):
        kwargs.pop("page", None)
        kwargs.pop("user", None)
        super().__init__(*args, **kwargs)
        if language and language != get_language():
            self._mark_questions_as(language)
        if allow_contact:
            self.fields["participation_contact"] = forms.CharField(
                label=_("E-mail or phone number (optional)"),
                help_text=_("Only if you would like us to contact you about your answers."),
                required=False,
                max_length=254,
            )
            self.fields["participation_consent"] = forms.BooleanField(label=self.consent_text, required=False)
        # The honeypot goes last, after the questions the form builder added.
        self.fields["participation_website"] = self.fields.pop("participation_website")

    def _mark_questions_as(self, language):
        """The questions are the survey's text: on a German survey shown in another language (the fallback) their
        wording, help and options say ``lang="de" dir="ltr"``; errors and the form's own fields keep the visitor's."""
        attributes = language_attributes(language)

        def marked(text):
            return format_html('<span lang="{lang}" dir="{dir}">{}</span>', text, **attributes) if text else text

        for name, field in self.fields.items():
            if name == "participation_website":
                continue
            field.label, field.help_text = marked(field.label), marked(field.help_text)
            if isinstance(field.widget, forms.Select):  # an <option> holds text only: the <select> says it
                field.widget.attrs.update(attributes)
            elif hasattr(field, "choices"):
                field.choices = [(value, marked(label)) for value, label in field.choices]

    @property
    def consent_text(self):
        """The wording the visitor agrees to, in their language; stored with the contact as given."""
        return gettext(
            "I agree that my contact details are stored with my answers so that the coordinators can contact me. "
            "I can withdraw this at any time by writing to the coordinators."
        )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("participation_contact") and not cleaned.get("participation_consent"):
            self.add_error(
                "participation_consent",
                _("Please agree to the storage of your contact details, or leave the contact field empty."),
            )
        return cleaned


class PageFeedbackForm(HoneypotMixin):
    helpful = forms.TypedChoiceField(
        label=_("Was this page helpful?"),
        choices=[("yes", _("Yes")), ("no", _("No"))],
        coerce=lambda value: value == "yes",
        error_messages={"required": _("Please choose yes or no.")},
    )
    comment = forms.CharField(
        label=_("What could be better? (optional, please no personal details)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    page = forms.IntegerField(widget=forms.HiddenInput, min_value=1)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _limit_length(self.fields["comment"])


class BarrierReportForm(HoneypotMixin, forms.ModelForm):
    page_url = forms.URLField(
        label=_("Address (URL) of the page with the barrier (optional)"),
        required=False,
        max_length=500,
        assume_scheme="https",
    )

    class Meta:
        model = BarrierReport
        fields = ["page_url", "description", "name", "email"]
        labels = {
            "description": _("Which barrier did you find?"),
            "name": _("Your name (optional)"),
            "email": _("Your e-mail address (optional, for our answer)"),
        }
        help_texts = {
            "description": _("For example: a picture without description, a form you cannot use with the keyboard."),
            "email": "",
        }
        widgets = {"description": forms.Textarea(attrs={"rows": 6})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _limit_length(self.fields["description"])
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["email"].widget.attrs["autocomplete"] = "email"
