"""The directory's visitor filters: parsed by a form, so a bad value in the URL is ignored, never an error page."""

from django import forms
from django.utils.translation import gettext_lazy as _

from home.topics import topic_label

from .constants import SPOKEN_LANGUAGES, Neighbourhood


class OrganisationFilterForm(forms.Form):
    q = forms.CharField(
        label=_("Search"),
        required=False,
        max_length=100,
        help_text=_("Name, description or topic"),
    )
    topic = forms.ChoiceField(label=_("Topic"), required=False)
    language = forms.ChoiceField(label=_("Language spoken"), required=False)
    neighbourhood = forms.ChoiceField(label=_("Neighbourhood"), required=False)

    def __init__(self, *args, **kwargs):
        from .models.organisations import topics_in_use

        super().__init__(*args, **kwargs)
        self.fields["topic"].choices = [("", _("All topics"))] + [
            (tag.slug, topic_label(tag)) for tag in topics_in_use()
        ]
        self.fields["language"].choices = [("", _("All languages"))] + [
            (code, name if own == str(name) else f"{name} – {own}") for code, name, own in SPOKEN_LANGUAGES
        ]
        self.fields["neighbourhood"].choices = [("", _("All neighbourhoods")), *Neighbourhood.choices]
        self.fields["topic"].error_messages["invalid_choice"] = _("There is no topic “%(value)s”; it was ignored.")
        self.fields["language"].error_messages["invalid_choice"] = _(
            "There is no language “%(value)s” in the list; it was ignored."
        )
        self.fields["neighbourhood"].error_messages["invalid_choice"] = _(
            "There is no neighbourhood “%(value)s”; it was ignored."
        )
        self.fields["q"].error_messages["max_length"] = _("Please use at most 100 characters; the search was ignored.")

    @property
    def active_filters(self):
        """The valid filter values; an invalid one is dropped (and its message shown) instead of failing."""
        if not self.is_bound:
            return {}
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value}

    def filter(self, organisations):
        filters = self.active_filters
        if "topic" in filters:
            organisations = organisations.about(filters["topic"])
        if "language" in filters:
            organisations = organisations.speaking(filters["language"])
        if "neighbourhood" in filters:
            organisations = organisations.in_neighbourhood(filters["neighbourhood"])
        if "q" in filters:
            organisations = organisations.matching(filters["q"].strip())
        return organisations
