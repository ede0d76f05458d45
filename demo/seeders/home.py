"""The home app's demo: the German start page and the initiative's pages (``data/home.yaml``), the footer and the
topic labels, translated through wagtail-localize."""

import json
import re
import uuid

from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils import translation
from wagtail.models import Locale
from wagtail.rich_text import RichText

from demo import seeding
from home.localization import target_languages
from home.models import Footer, HomePage, StandardPage, TopicLabel
from home.translation import ensure_translator_groups


def seed_home(log):
    data = seeding.content("home")
    seeding.ensure_locales()
    seeding.remove_wagtail_welcome_page(log)
    root = seeding.ensure_root()
    home = HomePage.objects.filter(depth=2, locale__language_code=settings.LANGUAGE_CODE).first()
    if home is None:
        spec = data["home"]
        home = seeding.get_or_create_page(
            root, HomePage, spec["slug"], log, title=spec["title"], intro=spec["intro"], body=json.dumps(spec["body"])
        )
    seeding.ensure_site(home, log)

    pages = {"home": home}
    for spec in data["pages"]:
        fields = {key: value for key, value in spec.items() if key not in {"slug", "body"}}
        pages[spec["slug"]] = seeding.get_or_create_page(
            home, StandardPage, spec["slug"], log, body=json.dumps(faq_items_as_list(spec["body"])), **fields
        )
    if not home.featured:
        home.featured = json.dumps(
            [{"type": "featured_page", "value": {"page": pages[slug].pk, "teaser": ""}} for slug in data["featured"]]
        )
        home.save_revision().publish()
        log("home page highlights")

    for code, dictionary in seeding.catalogues("home").items():
        for slug in data["translated_pages"][code]:
            seeding.translate_page(pages[slug], code, dictionary, log)
    add_source_revision_note(pages, data["revised_after_translation"], log)
    ensure_translator_groups()


def faq_items_as_list(body):
    """The body with its FAQ items in Wagtail's list format (each with an id), as the editor saves them:
    wagtail-localize finds the segments of a list only in that format, so the questions are translatable."""
    return [
        {**block, "value": {**block["value"], "items": [list_item(item) for item in block["value"]["items"]]}}
        if block["type"] == "faq"
        else block
        for block in body
    ]


def list_item(value):
    return {"type": "item", "value": value, "id": str(uuid.uuid4())}


def add_source_revision_note(pages, revision, log):
    """Change a German page once after it was translated, so its translations show as outdated."""
    page, note = pages[revision["page"]], revision["paragraph"]
    if any(note in str(block.value) for block in page.body):
        return
    page.body.append(("paragraph", RichText(f"<p>{note}</p>")))
    page.save_revision().publish()
    log(f"German page {page.title} updated after translation (its translations are now outdated)")


def seed_demo_admin(log, username="admin", password="migraktiv-demo"):  # noqa: S107 - documented dev-only login
    """A superuser for trying the admin locally. Never called outside DEBUG (see the seed_demo command)."""
    user_model = get_user_model()
    if user_model.objects.filter(username=username).exists():
        return
    user_model.objects.create_superuser(username=username, email="admin@example.org", password=password)
    log(f"demo admin: {username} / {password}")


def seed_topic_labels(log):
    """German labels for the demo topics (``topics`` in home.yaml), translated through wagtail-localize."""
    from taggit.models import Tag

    german = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    translations = seeding.catalogues("topics")
    for tag in Tag.objects.filter(name__in=seeding.content("home")["topics"]):
        label = TopicLabel.objects.filter(tag=tag, locale=german).first()
        if label is None:
            label = TopicLabel.objects.create(tag=tag, label=tag.name, locale=german)
            log(f"topic label: {tag.name}")
        for code, dictionary in translations.items():
            seeding.translate_page(label, code, {tag.name: dictionary[tag.name]}, log)


def footer_paragraphs(language_code):
    """The built-in footer's "about" text in one language, taken from the reviewed interface translations."""
    facts = settings.INITIATIVE
    with translation.override(language_code):
        paragraphs = [
            # The carrier's name ends in a full stop ("e.V."), so the sentence must not end with it.
            translation.gettext(
                "<bdi>%(carrier)s</bdi> carries out <bdi>%(name)s</bdi> (2024–2026) on behalf of the Spandau district "
                "office."
            )
            % {"name": facts["name"], "carrier": facts["carrier"]},
            translation.gettext(
                "Funded by the Senate Department for Urban Development, Building and Housing (SenStadt) as a FEIN "
                "pilot project and by the integration fund of the district of Spandau."
            ),
        ]
    # Rich text keeps to the editor's features, which have no <bdi>: isolate the names with the equivalent Unicode
    # marks (FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE), so "MigrAktiv Spandau!" keeps its "!" in Arabic.
    return [re.sub(r"<bdi>(.*?)</bdi>", "\u2068\\1\u2069", paragraph) for paragraph in paragraphs]


def seed_footer(log):
    """The editable footer in German, translated into every content language through wagtail-localize.

    Its text comes from the interface translations (``locale/``), which translate it into every language already.
    """
    german = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    footer = Footer.objects.filter(locale=german).first()
    if footer is None:
        facts = settings.INITIATIVE
        footer = Footer.objects.create(
            locale=german,
            contact=f"{facts['name']}\nc/o {facts['carrier']}",
            email=facts["email"],
            phone=facts["phone"],
            about=seeding.rich_text(footer_paragraphs(settings.LANGUAGE_CODE)),
        )
        log("footer")
    source = footer_paragraphs(settings.LANGUAGE_CODE)
    for language in target_languages():
        # A variety (Leichte Sprache) speaks its base language's interface, so the interface translations hold no
        # text of its own: seeders/easy_language.py writes its footer.
        if not language.variant_of:
            code = language.code
            seeding.translate_page(footer, code, dict(zip(source, footer_paragraphs(code), strict=True)), log)
