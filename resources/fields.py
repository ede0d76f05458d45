"""A model field for a set of language codes that filters the same way on SQLite and PostgreSQL."""

from django import forms
from django.db import models
from django.utils.text import capfirst

from .constants import LANGUAGE_CHOICES


class LanguageCodesField(models.CharField):
    """A list of language codes, stored as ``,de,tr,`` so that ``contains=",tr,"`` finds a language anywhere.

    PostgreSQL's arrays or JSON containment would do the same but not on SQLite; the delimiters make the plain
    text search exact (",ar," does not match ",ur,").
    """

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 255)
        super().__init__(*args, **kwargs)

    @staticmethod
    def lookup_value(code):
        return f",{code},"

    def from_db_value(self, value, expression, connection):
        return self.to_python(value)

    def to_python(self, value):
        if not value:
            return []
        if isinstance(value, list | tuple):
            return [code for code in value if code]
        return [code for code in str(value).split(",") if code]

    def get_prep_value(self, value):
        codes = self.to_python(value)
        return f",{','.join(codes)}," if codes else ""

    def value_to_string(self, obj):
        return self.get_prep_value(self.value_from_object(obj))

    def formfield(self, **kwargs):
        kwargs.pop("max_length", None)
        defaults = {
            "required": not self.blank,
            "label": capfirst(self.verbose_name),
            "help_text": self.help_text,
            "choices": LANGUAGE_CHOICES,
            "widget": forms.CheckboxSelectMultiple,
        }
        defaults.update({key: value for key, value in kwargs.items() if key in {"required", "label", "help_text"}})
        return forms.MultipleChoiceField(**defaults)
