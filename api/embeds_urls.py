"""Routes of the partner feeds and widgets, below /api/embed/ (see api.embeds)."""

from django.urls import path

from . import embeds, feeds

ORGANISATION = "organisations/<int:organisation_id>/"

urlpatterns = [
    path(f"{ORGANISATION}trainings.ics", embeds.trainings_calendar, name="embed_trainings_calendar"),
    path(f"{ORGANISATION}news.rss", embeds.news_feed, name="embed_news_feed"),
    path(f"{ORGANISATION}trainings/", embeds.widget, {"kind": "trainings"}, name="embed_trainings_widget"),
    path(f"{ORGANISATION}news/", embeds.widget, {"kind": "news"}, name="embed_news_widget"),
    path(f"{ORGANISATION}exchange/", embeds.widget, {"kind": "exchange"}, name="embed_exchange_widget"),
    path("exchange.rss", feeds.exchange_feed, name="embed_exchange_feed"),
    path("theme.css", embeds.theme_stylesheet, name="embed_theme"),
]
