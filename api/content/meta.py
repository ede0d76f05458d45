from typing import Literal

from django.conf import settings
from ninja import Router, Schema
from ninja.decorators import decorate_view

from .common import PROBLEMS, http_cached

router = Router(tags=["languages"])


class LanguageOut(Schema):
    code: str
    name: str
    direction: Literal["ltr", "rtl"]
    source: bool


@router.get("/languages", response={200: list[LanguageOut], **PROBLEMS}, summary="The content languages")
@decorate_view(http_cached)
def languages(request):
    """Every language content can be requested in (`lang`); German is the source all others fall back to."""
    return [
        {
            "code": code,
            "name": name,
            "direction": "rtl" if code in settings.LANGUAGES_BIDI else "ltr",
            "source": code == settings.LANGUAGE_CODE,
        }
        for code, name in settings.LANGUAGES
    ]
