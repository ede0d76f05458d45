"""The one vocabulary of languages: code, own name, name in the interface, direction, search configuration.

Settings (``LANGUAGES``, ``LANGUAGES_BIDI``, ``WAGTAIL_CONTENT_LANGUAGES``), the directory's "languages spoken",
the resource library's material languages, forms, API schemas and templates all read this module; none keeps a
list of its own. It imports nothing but ``gettext_lazy``, so ``config/settings`` can import it before Django is
set up. ``home.localization`` re-exports it beside the fallback rule.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

LTR = "ltr"
RTL = "rtl"


@dataclass(frozen=True)
class Language:
    """A language the platform knows.

    ``code`` is the BCP 47 tag, also the URL prefix and Django/Wagtail language code. ``own_name`` is how the
    language calls itself (what a visitor looks for in a switcher), ``name`` its name in the interface language.
    ``search_config`` is the PostgreSQL text search configuration that stems its words (``simple``: word by word).
    ``variant_of`` marks a variety of another language (Leichte Sprache of German): it shares that language's
    interface translations and is left out of hreflang, because search engines know no such variety.
    """

    code: str
    own_name: str
    name: str
    direction: str = LTR
    search_config: str = "simple"
    variant_of: str = ""

    @property
    def is_rtl(self):
        return self.direction == RTL

    @property
    def hreflang(self):
        """The code to announce in hreflang/sitemaps, or "" for a variety search engines would misread."""
        return "" if self.variant_of else self.code

    @property
    def is_easy_to_read(self):
        """An easy-to-read variety (BCP 47 variant ``simple``; Leichte Sprache for German).

        It speaks its base language's interface, but a text telling its readers that a page is not in easy language
        yet must itself be easy to read: templates take that wording from the catalogue with the context
        ``easy-to-read`` (``{% translate "…" context "easy-to-read" %}``).
        """
        return "simple" in self.code.split("-")[1:]


# Every language the platform can speak, the languages most often asked for in Spandau first. Content languages
# (CONTENT_LANGUAGES) are a subset; the rest are languages an organisation speaks or a material is written in.
KNOWN = [
    Language("de", "Deutsch", _("German"), search_config="german"),
    Language("en", "English", _("English"), search_config="english"),
    Language("tr", "Türkçe", _("Turkish"), search_config="turkish"),
    Language("ar", "العربية", _("Arabic"), RTL, search_config="arabic"),
    Language("ru", "Русский", _("Russian"), search_config="russian"),
    Language("uk", "Українська", _("Ukrainian")),
    Language("fa", "فارسی", _("Persian (Farsi, Dari)"), RTL),
    Language("pl", "Polski", _("Polish")),
    # Leichte Sprache: German in easy-to-read language (BITV 2.0 § 4). "simple" is a registered BCP 47 variant;
    # the interface stays standard German, the content is written to the rules of Leichte Sprache.
    Language("de-simple", "Leichte Sprache", _("German, easy to read"), search_config="german", variant_of="de"),
    Language("ku", "Kurdî", _("Kurdish")),
    Language("vi", "Tiếng Việt", _("Vietnamese")),
    Language("ro", "Română", _("Romanian"), search_config="romanian"),
    Language("bg", "Български", _("Bulgarian")),
    Language("sr", "Српски", _("Serbian"), search_config="serbian"),
    Language("bs", "Bosanski", _("Bosnian")),
    Language("hr", "Hrvatski", _("Croatian")),
    Language("sq", "Shqip", _("Albanian")),
    Language("fr", "Français", _("French"), search_config="french"),
    Language("es", "Español", _("Spanish"), search_config="spanish"),
    Language("it", "Italiano", _("Italian"), search_config="italian"),
    Language("ps", "پښتو", _("Pashto"), RTL),
    Language("ti", "ትግርኛ", _("Tigrinya")),
    Language("so", "Soomaali", _("Somali")),
    Language("pt", "Português", _("Portuguese"), search_config="portuguese"),
    Language("zh", "中文", _("Chinese")),
    Language("hi", "हिन्दी", _("Hindi"), search_config="hindi"),
    Language("ur", "اردو", _("Urdu"), RTL),
]
BY_CODE = {language.code: language for language in KNOWN}

SOURCE_LANGUAGE = "de"
# Leichte Sprache follows German in the switcher, where a reader of German looks for it.
DEFAULT_CONTENT_LANGUAGES = ("de", "de-simple", "en", "tr", "ar", "ru", "uk", "fa", "pl")

# Languages people in Spandau's communities speak and read: every known language except varieties.
SPOKEN = [language for language in KNOWN if not language.variant_of]


def get(code):
    """The Language for ``code``; an unknown code is a programming or configuration error (KeyError)."""
    return BY_CODE[code]


def direction(code):
    """``"rtl"`` or ``"ltr"`` for any code; unknown codes read left to right."""
    language = BY_CODE.get(code)
    return language.direction if language else LTR


def content_languages(codes):
    """Validate a configured list of content language codes: known, German first. Returns the Languages."""
    unknown = [code for code in codes if code not in BY_CODE]
    if unknown:
        raise ValueError(f"unknown language codes {unknown}; known: {list(BY_CODE)}")
    if not codes or codes[0] != SOURCE_LANGUAGE:
        raise ValueError(f"the content languages must start with {SOURCE_LANGUAGE!r}, the source language")
    return [BY_CODE[code] for code in codes]


def choices(languages=SPOKEN):
    """``(code, name in the interface)`` pairs for a form or model field."""
    return [(language.code, language.name) for language in languages]
