"""The seeders, in the order ``seed_demo`` runs them: each builds one part of the demo from ``demo/data/``.

An entry names the app whose content it builds; a seeder whose app is not installed is left out.
"""

from importlib import import_module

from django.apps import apps

# (app label, part, "module.function"): the home page first (Leichte Sprache once the pages it translates exist),
# then the apps (organisations before the series, news, resources and entries that name them), topic labels once
# every app has tagged its pages, the roles last.
SEEDERS = [
    ("home", "home", "home.seed_home"),
    ("home", "footer", "home.seed_footer"),
    ("home", "accessibility_pages", "accessibility.seed_accessibility_pages"),
    ("home", "easy_language", "easy_language.seed_easy_language"),
    ("directory", "directory", "directory.seed_directory"),
    ("trainings", "trainings", "trainings.seed_trainings"),
    ("news", "news", "news.seed_news"),
    ("resources", "resources", "resources.seed_resources"),
    ("exchange", "exchange", "exchange.seed_exchange"),
    ("participation", "survey", "participation.seed_survey"),
    ("home", "topic_labels", "home.seed_topic_labels"),
    ("directory", "roles", "directory.seed_roles"),
]


def installed_seeders():
    """``[(section title, seeder)]`` of the installed apps, in order; a seeder takes the run's ``Log``."""
    seeders = []
    for app_label, part, target in SEEDERS:
        if not apps.is_installed(app_label):
            continue
        module_name, function_name = target.rsplit(".", 1)
        seeders.append((f"{app_label}: {part}", getattr(import_module(f"{__name__}.{module_name}"), function_name)))
    return seeders
