"""The news index filter: parsed by a form, so a bad value in the URL shows all news instead of an error."""

from django import forms
from django.utils.translation import gettext_lazy as _

from home.forms import ListingFilterForm
from home.topics import topic_label


class NewsFilterForm(ListingFilterForm):
    tag = forms.ChoiceField(label=_("Topic"), required=False)
    year = forms.TypedChoiceField(label=_("Year"), required=False, coerce=int, empty_value=None)

    filter_methods = {"tag": "tagged", "year": "in_year"}

    def set_choices(self, news):
        self.fields["tag"].choices = [("", _("All topics"))] + [(tag.slug, topic_label(tag)) for tag in news.topics()]
        self.fields["year"].choices = [("", _("All years"))] + [(year, year) for year in news.years()]
