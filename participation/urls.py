"""Visitor URLs, included inside the host's i18n_patterns (so every answer knows its language)."""

from django.urls import path

from . import views

urlpatterns = [
    path("participation/surveys/<int:page_id>/answer/", views.answer_survey, name="participation_answer_survey"),
    path("participation/feedback/", views.page_feedback, name="participation_page_feedback_submit"),
    path("accessibility/barrier/", views.barrier_report, name="participation_barrier_report"),
]
