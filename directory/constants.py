"""Curated vocabularies of the directory: languages spoken, Spandau's neighbourhoods, legal forms.

Editors pick from these lists instead of typing free text, so visitors can filter reliably.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

# (ISO 639 code, name in the interface language, the language's own name). The order is the order of the
# checkboxes in the editor and of the filter choices: the languages most often asked for in Spandau first.
SPOKEN_LANGUAGES = [
    ("de", _("German"), "Deutsch"),
    ("en", _("English"), "English"),
    ("tr", _("Turkish"), "Türkçe"),
    ("ar", _("Arabic"), "العربية"),
    ("ru", _("Russian"), "Русский"),
    ("uk", _("Ukrainian"), "Українська"),
    ("fa", _("Persian (Farsi, Dari)"), "فارسی"),
    ("pl", _("Polish"), "Polski"),
    ("ku", _("Kurdish"), "Kurdî"),
    ("vi", _("Vietnamese"), "Tiếng Việt"),
    ("ro", _("Romanian"), "Română"),
    ("bg", _("Bulgarian"), "Български"),
    ("sr", _("Serbian"), "Српски"),
    ("bs", _("Bosnian"), "Bosanski"),
    ("hr", _("Croatian"), "Hrvatski"),
    ("sq", _("Albanian"), "Shqip"),
    ("fr", _("French"), "Français"),
    ("es", _("Spanish"), "Español"),
    ("it", _("Italian"), "Italiano"),
    ("ps", _("Pashto"), "پښتو"),
    ("ti", _("Tigrinya"), "ትግርኛ"),
    ("so", _("Somali"), "Soomaali"),
    ("pt", _("Portuguese"), "Português"),
    ("zh", _("Chinese"), "中文"),
    ("hi", _("Hindi"), "हिन्दी"),
    ("ur", _("Urdu"), "اردو"),
]
SPOKEN_LANGUAGE_NAMES = {code: name for code, name, _own in SPOKEN_LANGUAGES}
SPOKEN_LANGUAGE_OWN_NAMES = {code: own for code, _name, own in SPOKEN_LANGUAGES}


class Neighbourhood(models.TextChoices):
    """The nine official Ortsteile of the district of Spandau (proper names, the same in every language)."""

    SPANDAU = "spandau", "Spandau"
    HASELHORST = "haselhorst", "Haselhorst"
    SIEMENSSTADT = "siemensstadt", "Siemensstadt"
    STAAKEN = "staaken", "Staaken"
    GATOW = "gatow", "Gatow"
    KLADOW = "kladow", "Kladow"
    HAKENFELDE = "hakenfelde", "Hakenfelde"
    FALKENHAGENER_FELD = "falkenhagener-feld", "Falkenhagener Feld"
    WILHELMSTADT = "wilhelmstadt", "Wilhelmstadt"


class LegalForm(models.TextChoices):
    REGISTERED_ASSOCIATION = "ev", _("Registered association (e.V.)")
    NON_PROFIT_COMPANY = "ggmbh", _("Non-profit company (gGmbH, gUG)")
    FOUNDATION = "foundation", _("Foundation")
    RELIGIOUS_COMMUNITY = "religious", _("Religious community")
    INFORMAL_GROUP = "initiative", _("Initiative (not registered)")
    PUBLIC_BODY = "public", _("Public institution")
    OTHER = "other", _("Other")


class StepFreeAccess(models.TextChoices):
    UNKNOWN = "", _("Not specified")
    YES = "yes", _("Step-free access")
    PARTIAL = "partial", _("Partly step-free")
    NO = "no", _("Not step-free")


class SocialPlatform(models.TextChoices):
    FACEBOOK = "facebook", "Facebook"
    INSTAGRAM = "instagram", "Instagram"
    MASTODON = "mastodon", "Mastodon"
    LINKEDIN = "linkedin", "LinkedIn"
    YOUTUBE = "youtube", "YouTube"
    TIKTOK = "tiktok", "TikTok"
    TELEGRAM = "telegram", "Telegram"
    WHATSAPP = "whatsapp", _("WhatsApp channel")
    OTHER = "other", _("Other")


# Berlin's bounding box. A coordinate outside it is a typo (swapped latitude and longitude, a missing digit).
BERLIN_LATITUDE = (52.33, 52.68)
BERLIN_LONGITUDE = (13.08, 13.77)
