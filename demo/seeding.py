"""The seeding engine: reads the demo content (``demo/data/<part>.yaml``) and its translations
(``demo/data/translations/<language>/<part>.po``) and builds pages from them as an editor and a translator would.

Every helper here is idempotent: it finds what an earlier run made and leaves it be, so running ``seed_demo``
twice changes nothing. The seeders in ``demo/seeders/`` (one small module per app) decide what goes where.
"""

import io
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

import polib
import yaml
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils.text import slugify
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page, Site
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

DATA = Path(__file__).resolve().parent / "data"


@cache
def content(part):
    """The German demo content of one part (``demo/data/<part>.yaml``)."""
    return yaml.safe_load((DATA / f"{part}.yaml").read_text(encoding="utf-8"))


@cache
def catalogue(part, language_code):
    """German segment -> translation, from ``demo/data/translations/<language>/<part>.po`` (empty if there is none).

    The PO files are keyed by the German text of each segment, as wagtail-localize exchanges translations.
    """
    path = DATA / "translations" / language_code / f"{part}.po"
    if not path.exists():
        return {}
    return {entry.msgid: entry.msgstr for entry in polib.pofile(str(path)).translated_entries()}


def catalogues(part):
    """``{language code: catalogue}`` for every content language (German aside) with a translation of ``part``.

    A variety of a language (Leichte Sprache) is left out: its pages come from their own seeder
    (``seeders/easy_language.py``), which runs once the pages it translates exist.
    """
    from home.localization import target_languages

    codes = [language.code for language in target_languages() if not language.variant_of]
    return {code: catalogue(part, code) for code in codes if catalogue(part, code)}


def translate_all(part, pages, log):
    """Translate ``pages`` into every language that has a catalogue of ``part``, in order (parents first)."""
    for code, dictionary in catalogues(part).items():
        for page in pages:
            translate_page(page, code, dictionary, log)


def paragraphs(texts):
    """Paragraph blocks of a StreamField, one per text."""
    return [{"type": "paragraph", "value": f"<p>{text}</p>"} for text in texts]


def rich_text(texts):
    return "".join(f"<p>{text}</p>" for text in texts)


def rgb(values):
    """A YAML ``[r, g, b]`` as the tuple Pillow wants (``None`` stays ``None``)."""
    return tuple(values) if values else None


def tag(name):
    from taggit.models import Tag

    return Tag.objects.filter(name=name).first() or Tag.objects.create(name=name)


class Log:
    """Collects what a seed run created, so the command can report it and tests can check a rerun made nothing.

    A newcomer's first ``make run`` should show a few lines, not one per page: each seeder's items are counted and
    reported in one line when the next seeder starts (``section``); ``verbose`` lists every item as well.
    """

    def __init__(self, stdout=None, verbose=False):
        self.stdout = stdout
        self.verbose = verbose
        self.created = []
        self._section, self._section_start = None, 0

    def __call__(self, message):
        self.created.append(message)
        if self.stdout is not None and self.verbose:
            self.stdout.write(f"  + {message}")

    def section(self, name):
        """Start the next seeder's part of the report (and report the one before); ``None`` ends the last one."""
        if self.stdout is not None and self._section is not None:
            count = len(self.created) - self._section_start
            self.stdout.write(f"  {self._section}: {count} created" if count else f"  {self._section}: complete")
        self._section, self._section_start = name, len(self.created)


@contextmanager
def indexed_at_the_end(log):
    """Build the search index and Wagtail's reference index once, after the seeders, instead of after every save.

    Updating both on each of the thousand saves of a seed run is about a third of its time (a query or more per
    indexed field, per page, per revision); one pass over the finished site gives the same index. The database's
    commits need not wait for the disk either: a seed interrupted by a crash is simply run again.
    """
    from django.core.management import call_command
    from django.db import connection
    from django.test.utils import override_settings
    from wagtail.signal_handlers import disable_reference_index_auto_update

    backends = {name: {**conf, "AUTO_UPDATE": False} for name, conf in settings.WAGTAILSEARCH_BACKENDS.items()}
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SET synchronous_commit TO off")
    before = len(log.created)
    with override_settings(WAGTAILSEARCH_BACKENDS=backends), disable_reference_index_auto_update():
        yield
    if len(log.created) > before:
        call_command("update_index", stdout=io.StringIO(), verbosity=0)
        call_command("rebuild_references_index", stdout=io.StringIO(), verbosity=0)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SET synchronous_commit TO DEFAULT")


def ensure_locales():
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)


def ensure_root():
    """Wagtail's tree root; a database emptied by `flush` (or a test) has none, Wagtail's migration makes it."""
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(instance=Page(title="Root", slug="root", locale=Locale.get_default()))
    return root


def german_home():
    from home.models import HomePage

    return HomePage.objects.get(locale__language_code=settings.LANGUAGE_CODE, depth=2)


def get_or_create_page(parent, model, slug, log, **fields):
    """The child of ``parent`` with this slug, created and published if it does not exist yet."""
    existing = parent.get_children().filter(slug=slug).first()
    if existing is not None:
        return existing.specific
    page = model(slug=slug, **fields)
    with transaction.atomic():
        parent.add_child(instance=page)
        page.save_revision().publish()
    log(f"{model._meta.verbose_name}: {page.title}")
    return page


def index_page(parent, model, spec, log):
    """An app's index page (``slug``, ``title``, ``intro`` from its YAML) under ``parent``, shown in the menu."""
    return get_or_create_page(
        parent, model, spec["slug"], log, title=spec["title"], intro=spec["intro"], show_in_menus=True
    )


def translate_page(page, language_code, dictionary, log):
    """Translate ``page`` (or a translatable snippet) as a translator would in wagtail-localize, from ``dictionary``.

    The translation is registered with wagtail-localize (source, segments, string translations), so editors see it
    in the translation workflow and it syncs when the German page changes. A segment missing from ``dictionary``
    keeps its German text, which the workflow shows as untranslated.
    """
    locale = Locale.objects.get(language_code=language_code)
    if page.has_translation(locale):
        return page.get_translation(locale)
    # Translate what is in the database now, not a copy a seeder may have changed through another instance since.
    model = page.specific_class if isinstance(page, Page) else type(page)
    page = model.objects.get(pk=page.pk)
    with transaction.atomic():
        source, _created = TranslationSource.get_or_create_from_instance(page)
        translation, _created = Translation.objects.get_or_create(
            source=source, target_locale=locale, defaults={"enabled": True}
        )
        for segment in source.stringsegment_set.select_related("string", "context"):
            text = dictionary.get(segment.string.data)
            if text:
                StringTranslation.objects.update_or_create(
                    translation_of=segment.string,
                    locale=locale,
                    context=segment.context,
                    defaults={"data": text, "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL},
                )
        translation.save_target(publish=True)
    translated = page.get_translation(locale)
    log(f"{language_code} translation: {translated}")
    return translated


def ensure_root_collection():
    """Wagtail's root collection, which images and documents need; a database emptied by ``flush`` has lost it."""
    return Collection.get_first_root_node() or Collection.add_root(name="Root")


def demo_image(title, colour, size, paint, log):
    """A picture drawn with Pillow (the demo downloads nothing) and stored as a Wagtail image; found again by title.

    ``paint(draw)`` adds an app's pattern with a Pillow ``ImageDraw`` to a ``size`` canvas filled with ``colour``.
    """
    from PIL import Image as PillowImage
    from PIL import ImageDraw

    image_model = get_image_model()
    existing = image_model.objects.filter(title=title).first()
    if existing is not None:
        return existing
    ensure_root_collection()
    canvas = PillowImage.new("RGB", size, colour)
    paint(ImageDraw.Draw(canvas))
    buffer = io.BytesIO()
    canvas.save(buffer, "PNG")
    image = image_model.objects.create(title=title, file=ImageFile(buffer, name=f"{slugify(title)[:60]}.png"))
    log(f"image: {title}")
    return image


def paint_illustration(draw, size, colour, seed):
    """Paint a flat illustration in the site's style on a ``colour`` canvas: Spandau's skyline with the Juliusturm,
    rolling hills and people of the network linked by dotted lines. ``seed`` (the title) varies the scene, so each
    demo picture differs and stays the same on every run."""
    import random

    rng = random.Random(seed)  # noqa: S311 - a picture's layout, not a secret
    width, height = size
    light = tuple(min(255, int(c + (255 - c) * 0.35)) for c in colour)
    lighter = tuple(min(255, int(c + (255 - c) * 0.6)) for c in colour)
    white, orange, green = (255, 255, 255), (242, 140, 56), (47, 125, 91)
    # Sky: a sun and two clouds
    sun = (int(width * rng.uniform(0.65, 0.85)), int(height * 0.22))
    draw.ellipse((sun[0] - 60, sun[1] - 60, sun[0] + 60, sun[1] + 60), fill=lighter)
    for cx in (rng.uniform(0.1, 0.3), rng.uniform(0.4, 0.55)):
        x, y = int(width * cx), int(height * rng.uniform(0.12, 0.25))
        draw.rounded_rectangle((x, y, x + 170, y + 44), radius=22, fill=light)
    # Skyline with the Juliusturm (a round tower with battlements)
    ground = int(height * 0.68)
    x = 0
    while x < width:
        building = rng.randint(70, 150)
        top = ground - rng.randint(70, 190)
        draw.rectangle((x, top, x + building - 8, ground), fill=light)
        for wy in range(top + 18, ground - 20, 34):
            for wx in range(x + 14, x + building - 28, 30):
                draw.rectangle((wx, wy, wx + 12, wy + 16), fill=lighter)
        x += building
    tower = int(width * rng.uniform(0.15, 0.35))
    draw.rectangle((tower, ground - 300, tower + 90, ground), fill=lighter)
    for merlon in range(tower, tower + 90, 22):
        draw.rectangle((merlon, ground - 318, merlon + 12, ground - 300), fill=lighter)
    # Hills in front
    draw.ellipse((-width // 4, ground - 40, width * 3 // 4, height + 260), fill=lighter)
    draw.ellipse((width // 3, ground - 10, width + width // 3, height + 300), fill=white)
    # People, linked by dotted lines
    people = []
    for index in range(rng.randint(4, 6)):
        px = int(width * (0.12 + index * 0.16 + rng.uniform(-0.03, 0.03)))
        py = int(height * rng.uniform(0.78, 0.86))
        people.append((px, py))
    for (ax, ay), (bx, by) in zip(people, people[1:], strict=False):
        steps = 14
        for step in range(steps):
            if step % 2 == 0:
                t0, t1 = step / steps, (step + 1) / steps
                draw.line(
                    (ax + (bx - ax) * t0, ay - 70 + (by - ay) * t0, ax + (bx - ax) * t1, ay - 70 + (by - ay) * t1),
                    fill=colour,
                    width=5,
                )
    for px, py in people:
        shirt = rng.choice((colour, orange, green))
        draw.rounded_rectangle((px - 34, py - 40, px + 34, py + 50), radius=30, fill=shirt)
        draw.ellipse((px - 22, py - 92, px + 22, py - 48), fill=(92, 64, 51) if rng.random() < 0.5 else (224, 172, 105))
    # A speech bubble above one of them
    bx, by = people[rng.randrange(len(people))]
    draw.rounded_rectangle((bx - 60, by - 190, bx + 60, by - 130), radius=26, fill=white)
    draw.polygon(((bx - 10, by - 132), (bx + 10, by - 132), (bx, by - 112)), fill=white)
    for dot in (-30, 0, 30):
        draw.ellipse((bx + dot - 8, by - 168, bx + dot + 8, by - 152), fill=colour)


def site_address(base_url=None):
    """``(hostname, port)`` of ``WAGTAILADMIN_BASE_URL``: where the demo is served, so that the absolute URLs Wagtail
    builds from the Site (hreflang, sitemap, API ``url``/``html_url``, e-mails) lead to the running site."""
    parts = urlsplit(base_url or settings.WAGTAILADMIN_BASE_URL)
    return parts.hostname or "localhost", parts.port or (443 if parts.scheme == "https" else 80)


def ensure_site(root_page, log):
    """The default Site on the German home page, at the address of ``WAGTAILADMIN_BASE_URL``."""
    hostname, port = site_address()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname=hostname,
            port=port,
            root_page=root_page,
            is_default_site=True,
            site_name="MigrAktiv Spandau!",
        )
        log(f"site: MigrAktiv Spandau! at {hostname}:{port}")
        return
    changed = []
    if site.root_page_id != root_page.pk:
        site.root_page = root_page
        site.site_name = "MigrAktiv Spandau!"
        changed.append("now points at the German home page")
    if (site.hostname, site.port) != (hostname, port):
        site.hostname, site.port = hostname, port
        changed.append(f"now at {hostname}:{port} (WAGTAILADMIN_BASE_URL)")
    if changed:
        site.save()
        log("site " + ", ".join(changed))


def remove_wagtail_welcome_page(log):
    """Wagtail's first migration creates a plain 'Welcome' page (and a site on it); the demo site replaces both."""
    placeholder_type = ContentType.objects.get_for_model(Page)
    for page in Page.objects.filter(depth=2, content_type=placeholder_type):
        page.delete()  # its Site goes with it (on_delete=CASCADE); ensure_site makes ours
        log("removed Wagtail's placeholder welcome page")
