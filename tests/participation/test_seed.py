"""The demo survey: German with English and Turkish translations, answered in German and Turkish."""

from participation.models import SurveyPage, SurveySubmission


def test_the_demo_survey_is_translated_and_answered_in_two_languages(demo_site):
    german = SurveyPage.objects.get(slug="umfrage-bedarfe-2026")
    languages = set(german.get_translations(inclusive=True).live().values_list("locale__language_code", flat=True))
    assert {"de", "en", "tr"} <= languages
    answered = set(SurveySubmission.objects.filter(page=german).values_list("language", flat=True))
    assert answered == {"de", "tr"}
