"""Answering a survey: one result set across languages, anonymity, and bad input refused with nothing stored."""

import datetime
import re

from django.test import override_settings
from django.utils import timezone

from participation.models import SurveySubmission
from participation.results import survey_results

from .conftest import BROWSER, answer, fields_of, make_survey, translate


def test_answers_in_german_and_turkish_aggregate_into_one_result_set(client, demo_site):
    german = make_survey()
    turkish = translate(german)
    de, tr = fields_of(german), fields_of(turkish)
    assert answer(client, german, {de[0].clean_name: "Gut", de[1].clean_name: ["Räume"]}).status_code == 200
    response = answer(client, turkish, {tr[0].clean_name: "İyi", tr[1].clean_name: ["Mekânlar", "Hukuk"]})
    assert response.status_code == 200

    submissions = SurveySubmission.objects.filter(page=german)
    assert sorted(submissions.values_list("language", flat=True)) == ["de", "tr"]
    assert not SurveySubmission.objects.filter(page=turkish).exists()

    results = survey_results(german)
    good, _medium, _bad = results[0].options
    assert (good.value, good.cell.count, good.by_language["de"].count, good.by_language["tr"].count) == (
        "Gut",
        2,
        1,
        1,
    )
    counts = {option.value: option.cell.count for option in results[1].options}
    assert counts == {"Förderung": 0, "Räume": 2, "Recht": 1}


def test_results_shown_in_turkish_use_the_turkish_wording(demo_site):
    german = make_survey()
    turkish = translate(german)
    results = survey_results(german, display_page=turkish)
    assert results[0].label == "Teklifi nasıl buluyorsunuz?"
    assert [option.label for option in results[0].options] == ["İyi", "Orta", "Kötü"]


def test_a_closed_survey_says_so_in_the_visitors_language_and_stores_nothing(client, demo_site):
    german = make_survey(closes_at=timezone.now() - datetime.timedelta(days=1))
    turkish = translate(german)
    response = answer(client, turkish, {fields_of(turkish)[0].clean_name: "İyi"})
    assert response.status_code == 400
    assert "Bu anket şu anda yanıtlara açık değil" in response.content.decode()
    assert not SurveySubmission.objects.filter(page=german).exists()


def test_a_survey_not_yet_open_shows_no_form(client, demo_site):
    german = make_survey(opens_at=timezone.now() + datetime.timedelta(days=3))
    response = client.get(german.url, **BROWSER)
    assert response.status_code == 200
    assert "Diese Umfrage ist derzeit nicht für Antworten geöffnet" in response.content.decode()
    assert "participation_website" not in response.content.decode()


def test_a_missing_required_answer_is_refused_and_nothing_is_stored(client, demo_site):
    german = make_survey()
    response = answer(client, german, {fields_of(german)[1].clean_name: ["Räume"]})
    assert response.status_code == 400
    assert "Es wurde noch nichts gespeichert" in response.content.decode()
    assert not SurveySubmission.objects.filter(page=german).exists()


def test_a_10_kb_answer_is_refused_with_a_clear_message(client, demo_site):
    german = make_survey()
    de = fields_of(german)
    response = answer(client, german, {de[0].clean_name: "Gut", de[2].clean_name: "x" * 10_000})
    assert response.status_code == 400
    assert "höchstens 3000 Zeichen" in response.content.decode()
    assert not SurveySubmission.objects.filter(page=german).exists()


def test_a_filled_honeypot_is_refused(client, demo_site):
    german = make_survey()
    response = answer(client, german, {fields_of(german)[0].clean_name: "Gut", "participation_website": "spam"})
    assert response.status_code == 400
    assert not SurveySubmission.objects.filter(page=german).exists()


@override_settings(PARTICIPATION_SUBMISSION_RATE="3/h")
def test_a_flood_of_answers_is_stopped(client, demo_site):
    german = make_survey()
    data = {fields_of(german)[0].clean_name: "Gut"}
    statuses = [answer(client, german, data).status_code for _attempt in range(5)]
    assert statuses == [200, 200, 200, 429, 429]
    assert SurveySubmission.objects.filter(page=german).count() == 3


def test_answers_are_anonymous_no_cookie_no_address(client, demo_site):
    german = make_survey()
    form_page = client.get(german.url, **BROWSER)
    response = answer(client, german, {fields_of(german)[0].clean_name: "Gut"}, REMOTE_ADDR="203.0.113.7")
    assert not form_page.cookies and not response.cookies
    submission = SurveySubmission.objects.get(page=german)
    stored = str([getattr(submission, f.attname) for f in SurveySubmission._meta.fields])
    assert "203.0.113.7" not in stored
    assert submission.contact == "" and submission.consent_at is None


def test_contact_details_need_explicit_consent(client, demo_site):
    german = make_survey(allow_contact=True)
    data = {fields_of(german)[0].clean_name: "Gut", "participation_contact": "ayse@example.org"}
    refused = answer(client, german, data)
    assert refused.status_code == 400
    assert not SurveySubmission.objects.filter(page=german).exists()


def test_contact_with_consent_is_stored_with_the_wording_seen(client, demo_site):
    german = make_survey(allow_contact=True)
    turkish = translate(german)
    data = {
        fields_of(turkish)[0].clean_name: "İyi",
        "participation_contact": "ayse@example.org",
        "participation_consent": "on",
    }
    assert answer(client, turkish, data).status_code == 200
    submission = SurveySubmission.objects.get(page=german)
    assert submission.contact == "ayse@example.org"
    assert submission.consent_at is not None
    assert "iletişim" in submission.consent_text  # the Turkish wording the person agreed to


def test_a_german_survey_on_an_arabic_page_marks_its_questions_german_and_its_form_arabic(client, demo_site):
    german = make_survey(allow_contact=True)  # no Arabic translation: served in German under /ar/
    content = client.get(f"/ar{german.url[3:]}", **BROWSER).content.decode()
    assert '<html lang="ar" dir="rtl">' in content
    assert '<legend><span lang="de" dir="ltr">Wie finden Sie das Angebot?</span></legend>' in content
    assert '<span lang="de" dir="ltr">Gut</span></label>' in content
    assert '<label for="id_ihre_anmerkungen"><span lang="de" dir="ltr">Ihre Anmerkungen</span></label>' in content
    # The form's own fields and buttons are Arabic interface, in the page's right-to-left context.
    contact_label = re.search(r'<label for="id_participation_contact">(.*?)</label>', content).group(1)
    assert "lang=" not in contact_label and contact_label
    assert re.search(r'<button type="submit" class="button">[^<]+</button>', content)


def test_an_error_on_a_german_survey_in_arabic_stays_arabic(client, demo_site):
    german = make_survey()
    response = answer(client, german, {fields_of(german)[1].clean_name: ["Räume"]}, language="ar")
    assert response.status_code == 400
    errors = re.search(r'<ul class="errorlist"[^>]*>.*?</ul>', response.content.decode(), re.S).group(0)
    assert 'lang="de"' not in errors


def test_a_translated_survey_marks_nothing_german(client, demo_site):
    turkish = translate(make_survey())
    content = client.get(turkish.url, **BROWSER).content.decode()
    assert "<legend>Teklifi nasıl buluyorsunuz?</legend>" in content
    assert 'lang="de"' not in content.split("<form", 1)[1].split("</form>")[0]


def test_public_results_of_a_german_survey_on_an_arabic_page_mark_the_german_wording(client, demo_site):
    german = make_survey(results_public=True)
    answer(client, german, {fields_of(german)[0].clean_name: "Gut"})
    content = client.get(f"/ar{german.url[3:]}results/", **BROWSER).content.decode()
    assert '<html lang="ar" dir="rtl">' in content
    assert re.search(r'<h2 id="[^"]+" lang="de" dir="ltr">Wie finden Sie das Angebot\?</h2>', content)
    assert '<th scope="row" lang="de" dir="ltr">Gut</th>' in content
    assert re.search(r'<th scope="col">[^<]+</th>', content)  # the table's headings are Arabic interface
