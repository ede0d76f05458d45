"""Synthetic content at the district's scale, for benchmarks (``manage.py seed_load``); never for production.

At scale 1: 1,000 organisations, 200 working groups, 2,000 training series with 10,000 sessions, 5,000 news items
and 1,000 resources, each in every language given (German source plus its translations, sharing a
``translation_key`` as wagtail-localize's would). Built on top of the demo site (its index pages in each language).

Pages go in with bulk inserts: the tree paths are computed here the way treebeard computes them, so 30,000 pages
take a minute or two instead of the hours ``add_child`` plus a revision per page would. The pages are live without
revisions (an editor's first save makes one); the search index is filled in bulk at the end.

The domain models are looked up by name (``apps.get_model``): the loader reads like a list of tables, not imports.
"""

import json
import random
import uuid
from datetime import timedelta
from decimal import Decimal

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.text import slugify
from taggit.models import Tag
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend
from wagtail.search.index import SearchField

from home.page_cache import new_generation
from home.search_backend import language_config

BATCH = 500

BASE = {"organisations": 1000, "working_groups": 200, "series": 2000, "sessions": 10, "news": 5000, "resources": 1000}

TOPICS = ["Bildung", "Beratung", "Kultur", "Sport", "Gesundheit", "Arbeit", "Familie", "Jugend", "Frauen", "Sprache"]

# A few words per language, so translated pages read as that language in listings and search.
WORDS = {
    "de": {
        "org": ["Verein", "Zentrum", "Initiative", "Treffpunkt", "Netzwerk", "Gemeinschaft", "Forum", "Haus"],
        "what": ["Beratung", "Bildung", "Begegnung", "Kultur", "Sprachkurse", "Elternarbeit", "Nachbarschaft"],
        "for": ["für Familien", "für Jugendliche", "für Frauen", "für Neuangekommene", "für Senior*innen"],
        "series": ["Workshop", "Fortbildung", "Infoabend", "Netzwerktreffen", "Seminar"],
        "news": ["Neues aus", "Rückblick:", "Einladung:", "Bericht aus", "Termine in"],
        "text": "Wir begleiten Menschen in Spandau mit Rat, Kursen und Begegnung, mehrsprachig und kostenfrei.",
    },
    "en": {
        "org": ["Association", "Centre", "Initiative", "Meeting point", "Network", "Community", "Forum", "House"],
        "what": ["Counselling", "Education", "Encounters", "Culture", "Language courses", "Parents", "Neighbours"],
        "for": ["for families", "for young people", "for women", "for newcomers", "for older people"],
        "series": ["Workshop", "Training", "Information evening", "Network meeting", "Seminar"],
        "news": ["News from", "Looking back:", "Invitation:", "Report from", "Dates in"],
        "text": "We support people in Spandau with advice, courses and encounters, in many languages, free of charge.",
    },
    "tr": {
        "org": ["Dernek", "Merkez", "Girişim", "Buluşma noktası", "Ağ", "Topluluk", "Forum", "Ev"],
        "what": ["Danışmanlık", "Eğitim", "Buluşma", "Kültür", "Dil kursları", "Veli çalışması", "Komşuluk"],
        "for": ["aileler için", "gençler için", "kadınlar için", "yeni gelenler için", "yaşlılar için"],
        "series": ["Atölye", "Eğitim", "Bilgi akşamı", "Ağ toplantısı", "Seminer"],
        "news": ["Haberler:", "Geriye bakış:", "Davet:", "Rapor:", "Tarihler:"],
        "text": "Spandau'daki insanlara danışmanlık, kurslar ve buluşmalarla, çok dilli ve ücretsiz destek oluyoruz.",
    },
}
NEIGHBOURHOODS = ["spandau", "haselhorst", "siemensstadt", "staaken", "gatow", "kladow", "hakenfelde", "wilhelmstadt"]


def words(language):
    return WORDS.get(language, WORDS["en"])


class Loader:
    """Adds ``scale`` times the base amounts below the demo site's index pages, in ``languages``."""

    def __init__(self, scale, languages, stdout=None, seed=15):
        self.scale = scale
        self.languages = languages
        self.random = random.Random(seed)  # noqa: S311 - made-up content, repeatable
        self.write = stdout.write if stdout else (lambda message: None)
        self.now = timezone.now()
        self.locales = {code: Locale.objects.get(language_code=code) for code in languages}
        self.tags = [Tag.objects.get_or_create(name=name, defaults={"slug": slugify(name)})[0] for name in TOPICS]
        self.batch = uuid.uuid4().hex[:6]  # a second load adds more pages with their own slugs

    def count(self, kind):
        return max(1, round(BASE[kind] * self.scale))

    # --- the tree ---------------------------------------------------------------------------------------------

    def indexes(self, model_label):
        """The index page of ``model_label`` in each language, keyed by language code."""
        model = apps.get_model(model_label)
        source = model.objects.get(locale__language_code="de")
        found = {
            page.locale.language_code: page
            for page in Page.objects.filter(translation_key=source.translation_key).select_related("locale")
        }
        missing = [code for code in self.languages if code not in found]
        if missing:
            raise ValueError(f"{model_label} has no translation in {missing}; run seed_demo first.")
        return found

    def add_children(self, parent, pages):
        """Insert ``pages`` (unsaved, specific) as the last children of ``parent``: two INSERTs per batch."""
        model = type(pages[0])
        content_type = ContentType.objects.get_for_model(model)
        parent.refresh_from_db(fields=["numchild"])
        last = parent.get_last_child()
        step = Page._str2int(last.path[-Page.steplen :]) + 1 if last else 1
        for offset, page in enumerate(pages):
            page.depth = parent.depth + 1
            page.path = Page._get_path(parent.path, page.depth, step + offset)
            page.url_path = f"{parent.url_path}{page.slug}/"
            page.numchild = 0
            page.content_type = content_type
            page.draft_title = page.title
            page.live = True
            page.has_unpublished_changes = False
            page.first_published_at = page.last_published_at = page.last_published_at or self.now
        page_fields = [field for field in Page._meta.local_concrete_fields if not field.primary_key]
        own_fields = model._meta.local_concrete_fields
        for start in range(0, len(pages), BATCH):
            chunk = pages[start : start + BATCH]
            rows = Page.objects._insert(chunk, fields=page_fields, returning_fields=[Page._meta.pk])
            for page, (pk,) in zip(chunk, rows, strict=True):
                page.pk = page.id = page.page_ptr_id = pk
            model._base_manager._insert(chunk, fields=own_fields)
        Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))

    def add_translated(self, index_label, build):
        """``build(number, language, key)`` makes one unsaved page; returns {language: [pages]} in the same order."""
        indexes = self.indexes(index_label)
        keys = [uuid.uuid4() for _ in range(self._amount)]
        made = {}
        for language in self.languages:
            pages = []
            for number, key in enumerate(keys):
                page = build(number, language, key)
                page.locale = self.locales[language]
                page.translation_key = key
                pages.append(page)
            with transaction.atomic():
                self.add_children(indexes[language], pages)
            made[language] = pages
        return made

    def tag(self, through, pages, per_page=2):
        rows = []
        for page in pages:
            for tag in self.random.sample(self.tags, per_page):
                rows.append(through(tag=tag, content_object_id=page.pk))
        through.objects.bulk_create(rows, batch_size=BATCH)

    def index(self, pages):
        """Add ``pages`` (of one language) to the search index.

        On PostgreSQL with one INSERT … SELECT per batch: the title and the model's own text fields as weighted
        tsvectors in the language's text search configuration, the shape ``home.search_backend`` writes
        (``manage.py update_index`` rebuilds it exactly, at about 0.1 s a page on a small machine, which at scale 1
        would take most of an hour). Elsewhere through the backend itself.
        """
        model = type(pages[0])
        if connection.vendor != "postgresql":
            get_search_backend().add_bulk(model, pages)
            return
        own = {field.name for field in model._meta.local_concrete_fields}
        texts = [
            field.field_name
            for field in model.get_search_fields()
            if isinstance(field, SearchField) and field.field_name in own
        ]
        body = "concat_ws(' ', " + ", ".join(f'x."{name}"::text' for name in texts) + ")" if texts else "''"
        # One language per call (``run`` indexes each language's pages apart): its configuration, as the backend's.
        default = settings.WAGTAILSEARCH_BACKENDS["default"].get("SEARCH_CONFIG") or "simple"
        config = language_config(pages[0].locale.language_code, default)
        content_type = ContentType.objects.get_for_model(model).pk
        sql = f"""
            INSERT INTO wagtailsearch_indexentry
                (content_type_id, object_id, title_norm, autocomplete, title, body, title_text, body_text)
            SELECT %s, p.id::text, 1.0, to_tsvector('simple', p.title), setweight(to_tsvector(%s, p.title), 'A'),
                   setweight(to_tsvector(%s, {body}), 'C'), p.title, {body}
            FROM wagtailcore_page p JOIN "{model._meta.db_table}" x ON x.page_ptr_id = p.id
            WHERE p.id = ANY(%s)
            ON CONFLICT (content_type_id, object_id) DO NOTHING
        """  # noqa: S608 - table and column names come from the models, values are parameters
        with connection.cursor() as cursor:
            for start in range(0, len(pages), BATCH):
                ids = [page.pk for page in pages[start : start + BATCH]]
                cursor.execute(sql, [content_type, config, config, ids])

    # --- content --------------------------------------------------------------------------------------------

    def page_fields(self, number, language, kind, key):
        vocabulary = words(language)
        title = f"{self.random.choice(vocabulary[kind])} {self.random.choice(vocabulary['what'])} {number + 1}"
        slug = slugify(f"{title}-{self.batch}-{key.hex[:6]}", allow_unicode=True)[:80]
        return {"title": title, "slug": slug}

    def paragraph(self, language):
        block = {"type": "paragraph", "value": f"<p>{words(language)['text']}</p>", "id": str(uuid.uuid4())}
        return json.dumps([block])

    def organisations(self):
        model = apps.get_model("directory.OrganisationPage")
        language_model = apps.get_model("directory.Language")
        spoken = list(language_model.objects.all()[:12])
        self._amount = self.count("organisations")
        rng = self.random

        def build(number, language, key):
            vocabulary = words(language)
            return model(
                **self.page_fields(number, language, "org", key),
                short_description=f"{rng.choice(vocabulary['what'])} {rng.choice(vocabulary['for'])}",
                description=f"<p>{vocabulary['text']}</p>",
                founding_year=rng.randint(1970, 2024),
                legal_form="ev",
                communities_served=rng.choice(vocabulary["for"]),
                street=f"Carl-Schurz-Straße {number % 90 + 1}",
                postal_code=f"135{number % 90 + 10:02d}",
                city="Berlin",
                neighbourhood=rng.choice(NEIGHBOURHOODS),
                latitude=Decimal("52.53") + Decimal(rng.randint(0, 5000)) / 100000,
                longitude=Decimal("13.17") + Decimal(rng.randint(0, 9000)) / 100000,
                email=f"kontakt{number}@example.org",
                phone="030 1234567",
                website=f"https://verein{number}.example.org",
                opening_hours="Mo-Fr 10-16",
            )

        made = self.add_translated("directory.OrganisationIndexPage", build)
        for pages in made.values():
            self.tag(model.topics.through, pages)
            if spoken:
                model.languages.through.objects.bulk_create(
                    [
                        model.languages.through(organisationpage_id=page.pk, language_id=language.pk)
                        for page in pages
                        for language in rng.sample(spoken, min(3, len(spoken)))
                    ],
                    batch_size=BATCH,
                )
        self.german_organisations = made["de"]
        return made

    def working_groups(self):
        model = apps.get_model("directory.WorkingGroupPage")
        membership = apps.get_model("directory.WorkingGroupMembership")
        self._amount = self.count("working_groups")

        def build(number, language, key):
            vocabulary = words(language)
            fields = self.page_fields(number, language, "what", key)
            return model(
                **fields, purpose=vocabulary["text"], contact_name="Ayşe Demir", contact_email="ag@example.org"
            )

        made = self.add_translated("directory.WorkingGroupIndexPage", build)
        for pages in made.values():
            self.tag(model.topics.through, pages)
        # Memberships are stored once, on the German group, pointing at German organisations.
        membership.objects.bulk_create(
            [
                membership(group_id=group.pk, organisation_id=organisation.pk, sort_order=order)
                for group in made["de"]
                for order, organisation in enumerate(self.random.sample(self.german_organisations, 5))
            ],
            batch_size=BATCH,
        )
        return made

    def series(self):
        model = apps.get_model("trainings.TrainingSeriesPage")
        session = apps.get_model("trainings.TrainingSession")
        self._amount = self.count("series")
        organisers = self.german_organisations

        def build(number, language, key):
            fields = self.page_fields(number, language, "series", key)
            return model(
                **fields,
                summary=words(language)["text"],
                description=self.paragraph(language),
                languages=["de", language],
                organiser_id=organisers[number % len(organisers)].pk,
                fee=Decimal(0),
            )

        made = self.add_translated("trainings.TrainingIndexPage", build)
        rng = self.random
        # The same dates in every language, as wagtail-localize copies a series' sessions into its translations.
        plan = [
            [
                (uuid.uuid4(), self.now + timedelta(days=rng.randint(-120, 240), hours=rng.randint(0, 8)))
                for _ in range(BASE["sessions"])
            ]
            for _ in range(self._amount)
        ]
        for pages in made.values():
            self.tag(model.tags.through, pages)
            session.objects.bulk_create(
                [
                    session(
                        page_id=page.pk,
                        uuid=session_uuid,
                        start=start,
                        end=start + timedelta(hours=2),
                        place="Rathaus Spandau, Carl-Schurz-Straße 2–6, 13597 Berlin",
                        capacity=20,
                        sort_order=order,
                    )
                    for page, dates in zip(pages, plan, strict=True)
                    for order, (session_uuid, start) in enumerate(dates)
                ],
                batch_size=BATCH,
            )
        return made

    def news(self):
        model = apps.get_model("news.NewsPage")
        self._amount = self.count("news")
        dates = [self.now - timedelta(days=self.random.randint(0, 1500)) for _ in range(self._amount)]

        def build(number, language, key):
            page = model(
                **self.page_fields(number, language, "news", key),
                date=dates[number].date(),
                teaser=words(language)["text"],
                body=self.paragraph(language),
            )
            page.last_published_at = dates[number]
            return page

        made = self.add_translated("news.NewsIndexPage", build)
        for pages in made.values():
            self.tag(model.tags.through, pages)
        return made

    def resources(self):
        model = apps.get_model("resources.ResourcePage")
        self._amount = self.count("resources")
        organisations = self.german_organisations

        def build(number, language, key):
            return model(
                **self.page_fields(number, language, "what", key),
                summary=words(language)["text"],
                body=self.paragraph(language),
                languages=["de", language],
                contributing_organisation_id=organisations[number % len(organisations)].pk,
            )

        made = self.add_translated("resources.ResourceIndexPage", build)
        for pages in made.values():
            self.tag(model.tags.through, pages)
        return made

    def run(self, search_index=True):
        """Load everything; returns {kind: pages per language} for the report."""
        summary = {}
        for kind in ("organisations", "working_groups", "series", "news", "resources"):
            made = getattr(self, kind)()
            summary[kind] = len(made[self.languages[0]])
            self.write(f"  {kind}: {summary[kind]} × {len(self.languages)} languages")
            if search_index:
                for pages in made.values():
                    self.index(pages)
        summary["sessions"] = summary["series"] * BASE["sessions"]
        # Bulk inserts send no signals: cached pages (the start page, the lists) must go.
        new_generation()
        return summary
