"""docs/translation.md states, per page type, what is translated and what is synchronised: as the code says."""

from pathlib import Path

from home.translation import translation_fields_table

DOC = Path(__file__).resolve().parents[2] / "docs" / "translation.md"


def test_translation_docs_match_the_declared_fields():
    text = DOC.read_text()
    documented = text.split("<!-- translation-fields:start -->\n")[1].split("<!-- translation-fields:end -->")[0]
    assert documented == translation_fields_table(), (
        "docs/translation.md is out of date: regenerate its table with `python manage.py translation_fields`."
    )


def test_every_page_type_declares_its_translatable_fields():
    from wagtail.models import get_page_models

    def declares(model):
        """The page type or one of our abstract bases (home.index_pages.IndexPage) says what gets translated."""
        return any(
            "translatable_fields" in vars(cls) for cls in model.__mro__ if not cls.__module__.startswith("wagtail")
        )

    undeclared = [
        model._meta.label
        for model in get_page_models()
        if model._meta.app_label != "wagtailcore" and not declares(model)
    ]
    assert not undeclared
