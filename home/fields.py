"""A model field for a set of language codes that filters the same way on SQLite and PostgreSQL."""

from django import forms
from django.db import models
from django.utils.text import capfirst


class LanguageCodesField(models.CharField):
    """A list of language codes, stored as ``",de,ar,"``.

    The surrounding commas make "is held in Arabic" a plain ``contains ",ar,"`` lookup on every database (",ar,"
    does not match ",ur,"), without PostgreSQL's ArrayField or JSON containment, which SQLite lacks. In Python the
    value is a list of codes.

    ``language_choices`` (pairs, or a callable returning them) are the checkboxes the admin form offers; they only
    shape the form, so they are left out of migrations.
    """

    def __init__(self, *args, language_choices=(), **kwargs):
        self.language_choices = language_choices
        kwargs.setdefault("max_length", 255)
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
            "choices": self.language_choices,
            "required": not self.blank,
            "label": capfirst(self.verbose_name),
            "help_text": self.help_text,
            "widget": forms.CheckboxSelectMultiple,
        }
        defaults.update({key: value for key, value in kwargs.items() if key in {"label", "help_text", "required"}})
        return forms.MultipleChoiceField(**defaults)
