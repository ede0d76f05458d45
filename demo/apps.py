from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo site's content (``demo/data/``) and ``manage.py seed_demo``; installed in development and tests only."""

    name = "demo"
    label = "demo"
