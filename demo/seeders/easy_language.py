"""Leichte Sprache (``de-simple``): the start page, "Über die Initiative", the accessibility statement, the sign
language page and the footer, translated from the German pages with wagtail-localize like any language.

The texts (``data/translations/de-simple/<part>.po``) keep to the rules of Leichte Sprache (Netzwerk Leichte
Sprache; BITV 2.0, Anlage 2 Teil 2): one statement per sentence and one sentence per line (``<br/>`` between them,
which wagtail-localize keeps inside a segment), the reader addressed as "Sie", active voice, no abbreviations,
numbers as digits, long words split with a hyphen (Bezirks-Amt: screen readers read a hyphen as a pause, a middle
dot sometimes aloud), and hard words explained where they first appear. The start page says what BITV 2.0 § 4 asks
of it: what the site offers, how to find one's way, the essentials of the accessibility statement, and which pages
exist in Leichte Sprache.
"""

from django.conf import settings

from demo import seeding
from home.models import Footer, HomePage

from .home import footer_paragraphs

CODE = "de-simple"
ISOLATES = str.maketrans("", "", "\u2068\u2069")


def seed_easy_language(log):
    """Runs after the start page's and the accessibility pages' seeders, whose pages it translates."""
    if CODE not in dict(settings.WAGTAIL_CONTENT_LANGUAGES):
        return
    home = HomePage.objects.get(depth=2, locale__language_code=settings.LANGUAGE_CODE)
    children = {page.slug: page.specific for page in home.get_children()}
    pages = {"home": home} | children
    for slug in seeding.content("home")["translated_pages"][CODE]:
        seeding.translate_page(pages[slug], CODE, seeding.catalogue("home", CODE), log)
    for spec in seeding.content("accessibility")["pages"]:
        seeding.translate_page(children[spec["slug"]], CODE, seeding.catalogue("accessibility", CODE), log)
    footer = Footer.objects.filter(locale__language_code=settings.LANGUAGE_CODE).first()
    if footer is not None:
        texts = seeding.catalogue("footer", CODE)
        source = footer_paragraphs(settings.LANGUAGE_CODE)
        seeding.translate_page(footer, CODE, {text: texts[text.translate(ISOLATES)] for text in source}, log)
