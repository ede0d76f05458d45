"""Building blocks for demo content.

``seed_demo`` runs every registered seeder in order. Domain apps register theirs from ``AppConfig.ready`` so the
home app never imports them. Every helper here is idempotent: it finds what an earlier run made and leaves it be,
so running the command twice changes nothing.
"""

import io
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils.text import slugify
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page, Site
from wagtail_localize.models import StringTranslation, Translation, TranslationSource


@dataclass(order=True)
class _Seeder:
    order: int
    name: str
    func: object = field(compare=False)


_SEEDERS: dict[str, _Seeder] = {}


def register(order):
    """Register a demo-content function. Lower ``order`` runs first (home is 0, apps use 10, 20, …)."""

    def decorator(func):
        name = f"{func.__module__}.{func.__qualname__}"
        _SEEDERS[name] = _Seeder(order, name, func)
        return func

    return decorator


def registered_seeders():
    return [seeder.func for seeder in sorted(_SEEDERS.values())]


class Log:
    """Collects what a seed run created, so the command can report it and tests can check a rerun made nothing."""

    def __init__(self, stdout=None):
        self.stdout = stdout
        self.created = []

    def __call__(self, message):
        self.created.append(message)
        if self.stdout is not None:
            self.stdout.write(f"  + {message}")


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


def ensure_site(root_page, log):
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost",
            port=80,
            root_page=root_page,
            is_default_site=True,
            site_name="MigrAktiv Spandau!",
        )
        log("site: MigrAktiv Spandau!")
    elif site.root_page_id != root_page.pk:
        site.root_page = root_page
        site.site_name = "MigrAktiv Spandau!"
        site.save()
        log("site now points at the German home page")


def remove_wagtail_welcome_page(log):
    """Wagtail's first migration creates a plain 'Welcome' page (and a site on it); the demo site replaces both."""
    placeholder_type = ContentType.objects.get_for_model(Page)
    for page in Page.objects.filter(depth=2, content_type=placeholder_type):
        page.delete()  # its Site goes with it (on_delete=CASCADE); ensure_site makes ours
        log("removed Wagtail's placeholder welcome page")
