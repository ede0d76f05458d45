"""Benchmark: does site search find what a visitor looks for, in each language?

Builds a throw-away database (SQLite by default, PostgreSQL with DATABASE_URL) with five German news pages,
translated into English, Turkish, Russian and Arabic the way translators do it in wagtail-localize, and one German
page left untranslated. Asks five everyday queries per language through the search page (/<language>/search/), each
in a different form than the text (singular for plural, no article, another case), and one German query from every
other language that only the untranslated German page answers (the fallback). Prints recall (expected pages found)
per language, the queries that missed, and the SQL queries one search request makes.

    .venv/bin/python bench/search_recall.py
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench .venv/bin/python bench/search_recall.py
"""

import logging
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

import django  # noqa: E402

django.setup()
logging.disable(logging.INFO)  # the audit log of every page the set-up creates

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import setup_databases, teardown_databases  # noqa: E402

# Each item: German title and teaser, then (title, teaser) per translation.
ITEMS = {
    "language café": {
        "de": ("Sprachcafé in Kladow", "Jeden Mittwoch Deutsch sprechen in entspannter Runde."),
        "en": ("Language café in Kladow", "Speak German every Wednesday in a relaxed group."),
        "tr": ("Kladow'da dil kafesi", "Her çarşamba rahat bir ortamda Almanca konuşun."),
        "ru": ("Языковое кафе в Кладове", "Каждую среду говорим по-немецки в непринуждённой обстановке."),
        "ar": ("مقهى لغوي في كلادوف", "نتحدث الألمانية كل يوم أربعاء في أجواء مريحة."),
    },
    "counselling": {
        "de": ("Beratungsstelle für Familien", "Wir beraten Familien zu Kita, Schule und Aufenthalt."),
        "en": ("Counselling centre for families", "We advise families on childcare, school and residence."),
        "tr": ("Aileler için danışma merkezi", "Ailelere kreş, okul ve oturum konularında danışmanlık veriyoruz."),
        "ru": ("Консультационный центр для семей", "Мы консультируем семьи по вопросам детского сада и школы."),
        "ar": ("مركز استشارات للعائلات", "نقدم الاستشارة للعائلات حول الحضانة والمدرسة والإقامة."),
    },
    "organisations": {
        "de": ("Migrantenorganisationen stellen sich vor", "Zwölf Vereine aus Spandau zeigen ihre Arbeit."),
        "en": ("Migrant organisations introduce themselves", "Twelve associations from Spandau show their work."),
        "tr": ("Göçmen dernekleri kendini tanıtıyor", "Spandau'dan on iki dernek çalışmalarını gösteriyor."),
        "ru": ("Организации мигрантов представляют себя", "Двенадцать объединений из Шпандау показывают работу."),
        "ar": ("منظمات المهاجرين تعرّف بنفسها", "تعرض المنظمات والجمعيات من شبانداو عملها."),
    },
    "courses": {
        "de": ("Deutschkurse für Erwachsene", "Neue Kurse am Abend und am Wochenende."),
        "en": ("German courses for adults", "New courses in the evenings and at weekends."),
        "tr": ("Yetişkinler için Almanca kursları", "Akşamları ve hafta sonları yeni kurslar."),
        "ru": ("Курсы немецкого языка для взрослых", "Новые курсы по вечерам и в выходные."),
        "ar": ("دورات اللغة الألمانية للكبار", "دورات جديدة في المساء وفي عطلة نهاية الأسبوع."),
    },
    "volunteers": {
        "de": ("Ehrenamtliche gesucht", "Helfen Sie Neuankömmlingen bei Behördengängen."),
        "en": ("Volunteers wanted", "Help newcomers with visits to public offices."),
        "tr": ("Gönüllüler aranıyor", "Yeni gelenlere resmi daire ziyaretlerinde yardım edin."),
        "ru": ("Ищем волонтёров", "Помогите новоприбывшим с походами в учреждения."),
        "ar": ("مطلوب متطوعون", "ساعدوا القادمين الجدد في زيارة الدوائر الرسمية."),
    },
}
# Only in German: what other languages find as fallback.
GERMAN_ONLY = ("Nachbarschaftsfeste im Sommer", "Straßenfeste in Staaken und Hakenfelde.")
FALLBACK_QUERY = ("Nachbarschaftsfest", "neighbourhood festival (German page)")

QUERIES = {
    "de": {"Sprache": "language café", "Beratung": "counselling", "Verein": "organisations", "Kurs": "courses",
           "Ehrenamt": "volunteers"},
    "en": {"languages": "language café", "family": "counselling", "organisation": "organisations",
           "course": "courses", "volunteer": "volunteers"},
    "tr": {"dil": "language café", "aile": "counselling", "dernek": "organisations", "kurs": "courses",
           "gönüllü": "volunteers"},
    "ru": {"кафе": "language café", "семья": "counselling", "организация": "organisations", "курс": "courses",
           "волонтёр": "volunteers"},
    "ar": {"مقهى": "language café", "عائلة": "counselling", "منظمة": "organisations", "دورة": "courses",
           "متطوع": "volunteers"},
}  # fmt: skip

RESULT_URL = re.compile(r'<h2 class="search-result__title"[^>]*><a href="([^"]*)">')


def build():
    from wagtail.models import Site

    from demo import seeding
    from home.models import HomePage
    from news.models import NewsIndexPage, NewsPage

    seeding.ensure_locales()
    root = seeding.ensure_root()
    home = root.add_child(instance=HomePage(title="Start", slug="bench-home", intro="Start"))
    Site.objects.update_or_create(is_default_site=True, defaults={"hostname": "localhost", "root_page": home})
    index = home.add_child(instance=NewsIndexPage(title="Aktuelles", slug="aktuelles", intro="Aktuelles"))
    quiet = lambda message: None  # noqa: E731
    for code in ("en", "tr", "ru", "ar"):
        seeding.translate_page(home, code, {}, quiet)
        seeding.translate_page(index, code, {}, quiet)
    urls = {}
    for key, versions in ITEMS.items():
        title, teaser = versions["de"]
        page = index.add_child(instance=NewsPage(title=title, slug=f"bench-{len(urls)}", teaser=teaser))
        page.save_revision().publish()
        urls[(key, "de")] = page.url
        for code, (translated_title, translated_teaser) in versions.items():
            if code != "de":
                dictionary = {title: translated_title, teaser: translated_teaser}
                urls[(key, code)] = seeding.translate_page(page, code, dictionary, quiet).url
    page = index.add_child(instance=NewsPage(title=GERMAN_ONLY[0], slug="bench-german-only", teaser=GERMAN_ONLY[1]))
    page.save_revision().publish()
    return urls, page.url


def search(client, code, query):
    queries = []

    def count(execute, sql, params, many, context):
        queries.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(count):
        response = client.get(f"/{code}/search/", {"q": query})
    assert response.status_code == 200, (code, query, response.status_code)
    return RESULT_URL.findall(response.content.decode()), len(queries)


def main():
    old_config = setup_databases(verbosity=0, interactive=False)
    try:
        urls, german_only = build()
        client = Client()
        search(client, "de", "Beratung")  # warm: site root paths, settings
        print(f"database: {connection.vendor}; {len(ITEMS)} items in de, en, tr, ru, ar and one only in German")
        print(f"{'language':<10}{'recall':>8}{'fallback':>10}{'SQL/search':>12}  missed")
        for code, queries in QUERIES.items():
            found, query_counts, missed = 0, [], []
            for query, key in queries.items():
                result_urls, count = search(client, code, query)
                query_counts.append(count)
                if urls[(key, code)] in result_urls:
                    found += 1
                else:
                    missed.append(f"{query} → {key}")
            fallback = "–"
            if code != "de":
                result_urls, count = search(client, code, FALLBACK_QUERY[0])
                query_counts.append(count)
                fallback = "1/1" if german_only in result_urls else "0/1"
            counts = f"{min(query_counts)}–{max(query_counts)}"
            print(f"{code:<10}{f'{found}/{len(queries)}':>8}{fallback:>10}{counts:>12}  {'; '.join(missed) or '–'}")
    finally:
        teardown_databases(old_config, verbosity=0)


if __name__ == "__main__":
    main()
