"""Wagtail's database search backend, with word stemming per language on PostgreSQL.

Wagtail's PostgreSQL backend indexes and queries every object with one text search configuration
(``SEARCH_CONFIG``). A German configuration stems German and leaves "organisations" unmatched by "organisation".
This backend indexes each object with the configuration of its locale's language (``Language.search_config`` in
``home.languages``; ``simple``, word by word, where PostgreSQL has none) and searches with the active language's
configuration OR German's, so the German pages a language shows as fallback are found with German stemming too.
Objects without a locale (images, documents, snippets) keep ``SEARCH_CONFIG``.

On SQLite and every other database it is exactly ``wagtail.search.backends.database``, which picks a backend by
database vendor. Changing configurations needs ``manage.py update_index``: existing entries keep the old vectors.
"""

import copy
from collections import defaultdict
from functools import reduce

from django.db import connection, connections
from django.utils import translation
from wagtail.search.backends import database
from wagtail.search.backends.database.postgres.postgres import (
    PostgresAutocompleteQueryCompiler,
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)

from . import languages

FALLBACK_CONFIG = "simple"
_available_configs = {}


def available_configs(alias="default"):
    """The text search configurations the PostgreSQL server has, asked once per process and database."""
    if alias not in _available_configs:
        with connections[alias].cursor() as cursor:
            cursor.execute("SELECT cfgname FROM pg_ts_config")
            _available_configs[alias] = frozenset(row[0] for row in cursor.fetchall())
    return _available_configs[alias]


def language_config(code, default, alias="default"):
    """The configuration stemming language ``code``; ``default`` for an unknown or empty code; ``simple`` where the
    server lacks the language's configuration."""
    language = languages.BY_CODE.get(code or "")
    if language is None:
        return default
    config = language.search_config
    return config if config in available_configs(alias) else FALLBACK_CONFIG


class LanguageIndex(PostgresIndex):
    def add_items(self, model, objs):
        """Index each object with its locale's configuration: one batch per configuration, one locale query."""
        objs = list(objs)
        locale_ids = {getattr(obj, "locale_id", None) for obj in objs} - {None}
        codes = {}
        if locale_ids:
            from wagtail.models import Locale

            codes = dict(Locale.objects.filter(pk__in=locale_ids).values_list("pk", "language_code"))
        alias = self.write_connection.alias
        batches = defaultdict(list)
        for obj in objs:
            code = codes.get(getattr(obj, "locale_id", None))
            config = language_config(code, self.backend.config, alias) if code else self.backend.config
            batches[config].append(obj)
        for config, batch in batches.items():
            # Wagtail's indexer reads the configuration from the backend: hand it a copy set to this batch's.
            index = copy.copy(self)
            index.backend = copy.copy(self.backend)
            index.backend.config = config
            super(LanguageIndex, index).add_items(model, batch)


class LanguageQueryMixin:
    """Search with several configurations (``get_config`` returns a tuple): one tsquery per configuration, ORed."""

    def get_config(self, backend):
        active = language_config(translation.get_language(), backend.config)
        german = language_config(languages.SOURCE_LANGUAGE, backend.config)
        return tuple(dict.fromkeys((active, german)))

    def build_tsquery(self, query, config=None):
        if not isinstance(config, tuple):
            return super().build_tsquery(query, config=config)
        queries = [super(LanguageQueryMixin, self).build_tsquery(query, config=one) for one in config]
        queries = [one for one in queries if one is not None]
        return reduce(lambda a, b: a | b, queries) if queries else None


class LanguageSearchQueryCompiler(LanguageQueryMixin, PostgresSearchQueryCompiler):
    pass


class LanguageAutocompleteQueryCompiler(LanguageQueryMixin, PostgresAutocompleteQueryCompiler):
    """Autocomplete stays unstemmed (``simple``), as in Wagtail."""

    def get_config(self, backend):
        return backend.autocomplete_config


class LanguagePostgresSearchBackend(PostgresSearchBackend):
    query_compiler_class = LanguageSearchQueryCompiler
    autocomplete_query_compiler_class = LanguageAutocompleteQueryCompiler
    index_class = LanguageIndex


def SearchBackend(params):  # noqa: N802 - Wagtail looks a backend module's SearchBackend up by this name
    """The per-language PostgreSQL backend on PostgreSQL; Wagtail's choice by database vendor elsewhere."""
    if connection.vendor == "postgresql":
        return LanguagePostgresSearchBackend(params)
    return database.SearchBackend(params)
