"""Fixed vocabularies of the resource library."""

# Languages a resource can be available in: the languages spoken in Spandau's communities, not only the site's
# content languages. Each is shown in its own name, which is what a reader looks for.
RESOURCE_LANGUAGES = {
    "de": "Deutsch",
    "en": "English",
    "tr": "Türkçe",
    "ar": "العربية",
    "ru": "Русский",
    "uk": "Українська",
    "fa": "فارسی",
    "pl": "Polski",
    "ku": "Kurdî",
    "vi": "Tiếng Việt",
    "ro": "Română",
    "bg": "Български",
    "sr": "Српски",
    "bs": "Bosanski",
    "hr": "Hrvatski",
    "sq": "Shqip",
    "fr": "Français",
    "es": "Español",
    "it": "Italiano",
    "ps": "پښتو",
    "ti": "ትግርኛ",
    "so": "Soomaali",
    "pt": "Português",
    "zh": "中文",
    "hi": "हिन्दी",
    "ur": "اردو",
}

RIGHT_TO_LEFT = {"ar", "fa", "ps", "ur"}

LANGUAGE_CHOICES = list(RESOURCE_LANGUAGES.items())
