"""Public routes of the exchange outside the page tree (include inside ``i18n_patterns``, before Wagtail's)."""

from django.urls import path

from . import views

urlpatterns = [
    path("exchange/unsubscribe/<uuid:token>/", views.unsubscribe, name="exchange_unsubscribe"),
]
