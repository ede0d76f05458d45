"""The news index filter: parsed by a form, so a bad value in the URL shows all news instead of an error."""

from django import forms
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from home.topics import topic_label

from .models import tags_in_use, year_range


class NewsFilterForm(forms.Form):
    tag = forms.ChoiceField(label=_("Topic"), required=False)
    year = forms.TypedChoiceField(label=_("Year"), required=False, coerce=int, empty_value=None)

    def __init__(self, data=None, *, news, **kwargs):
        super().__init__(data, **kwargs)
        self.fields["tag"].choices = [("", _("All topics"))] + [
            (tag.slug, topic_label(tag)) for tag in tags_in_use(news)
        ]
        self.fields["year"].choices = [("", _("All years"))] + [(year, year) for year in year_range(news)]

    def filter(self, news):
        """Narrow ``news`` by every valid filter value; invalid values are ignored (and reported by the form)."""
        if not self.is_bound:
            return news
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        if data.get("tag"):
            news = news.tagged(data["tag"])
        if data.get("year"):
            news = news.in_year(data["year"])
        return news

    @property
    def active(self):
        return self.is_bound and any(getattr(self, "cleaned_data", {}).values())

    def querystring(self):
        """The valid filter values as a query string, for pagination links."""
        if not self.is_bound:
            return ""
        data = {key: value for key, value in getattr(self, "cleaned_data", {}).items() if value}
        return urlencode(data)
