"""Small helpers: a German survey below the demo home page, its Turkish translation, answers posted over HTTP."""

import uuid

from django.test import TestCase

from demo import seeding
from participation.models import SurveyFormField, SurveyPage

BROWSER = {"HTTP_USER_AGENT": "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"}

QUESTIONS = [
    ("Wie finden Sie das Angebot?", "radio", "Gut\nMittel\nSchlecht", True),
    ("Welche Themen interessieren Sie?", "checkboxes", "Förderung\nRäume\nRecht", False),
    ("Ihre Anmerkungen", "multiline", "", False),
]
TURKISH = {
    "Wie finden Sie das Angebot?": "Teklifi nasıl buluyorsunuz?",
    "Gut<br/>Mittel<br/>Schlecht": "İyi<br/>Orta<br/>Kötü",
    "Welche Themen interessieren Sie?": "Hangi konular ilginizi çekiyor?",
    "Förderung<br/>Räume<br/>Recht": "Destek<br/>Mekânlar<br/>Hukuk",
    "Ihre Anmerkungen": "Notlarınız",
}


def make_survey(questions=QUESTIONS, **fields):
    home = seeding.german_home()
    slug = f"test-umfrage-{uuid.uuid4().hex[:8]}"
    page = SurveyPage(title=fields.pop("title", "Testumfrage"), slug=slug, **fields)
    for position, (label, field_type, choices, required) in enumerate(questions):
        # In the order given, as the editor's panel saves them (without it, PostgreSQL may return them in any order).
        page.form_fields.add(
            SurveyFormField(label=label, field_type=field_type, choices=choices, required=required, sort_order=position)
        )
    home.add_child(instance=page)
    page.save_revision().publish()
    return SurveyPage.objects.get(pk=page.pk)


def translate(page, language="tr", strings=None):
    """Translate like a translator in wagtail-localize; it publishes on commit, which a test's transaction holds."""
    strings = dict(TURKISH if strings is None else strings)
    strings[page.slug] = f"{page.slug}-{language}"
    with TestCase.captureOnCommitCallbacks(execute=True):
        translated = seeding.translate_page(page, language, strings, lambda message: None)
    return SurveyPage.objects.get(pk=translated.pk)


def fields_of(page):
    return list(page.get_form_fields())


def answer(client, page, data, language=None, **headers):
    language = language or page.locale.language_code
    return client.post(f"/{language}/participation/surveys/{page.pk}/answer/", data, **{**BROWSER, **headers})
