"""A model field for a set of language codes that can be queried the same way on SQLite and PostgreSQL."""

from django import forms
from django.db import models
from django.utils.text import capfirst

from . import conf


class LanguageCodesField(models.CharField):
    """A list of language codes, stored as ``",de,ar,"``.

    The surrounding commas make "is held in Arabic" a plain ``contains ",ar,"`` lookup on every database, without
    PostgreSQL's ArrayField or JSON containment, which SQLite lacks. In Python the value is a list of codes.
    """

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 200)
        kwargs.setdefault("default", list)
        super().__init__(*args, **kwargs)

    @staticmethod
    def lookup_value(code):
        """The string to look for with ``__contains`` to find rows that include ``code``."""
        return f",{code},"

    def from_db_value(self, value, expression, connection):
        return self.to_python(value)

    def to_python(self, value):
        if value is None or value == "":
            return []
        if isinstance(value, list | tuple):
            return [str(code) for code in value if code]
        return [code for code in str(value).split(",") if code]

    def get_prep_value(self, value):
        codes = self.to_python(value)
        return f",{','.join(codes)}," if codes else ""

    def value_to_string(self, obj):
        return self.get_prep_value(self.value_from_object(obj))

    def formfield(self, **kwargs):
        defaults = {
            "choices": conf.language_choices,
            "required": not self.blank,
            "label": capfirst(self.verbose_name),
            "help_text": self.help_text,
            "widget": forms.CheckboxSelectMultiple,
        }
        defaults.update({key: value for key, value in kwargs.items() if key in {"label", "help_text", "required"}})
        return forms.MultipleChoiceField(**defaults)
