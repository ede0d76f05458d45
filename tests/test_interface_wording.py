"""Interface wording that must read right in each language: a person's name, contact headings, counts with their
plural forms, a letter's first sentence, and one kind of digits on Farsi pages."""

import re
from pathlib import Path

import polib
import pytest
from django.core import mail
from django.test import override_settings
from django.utils import translation

from tests.helpers import run_mail_worker
from tests.trainings.conftest import future_session, make_series, register_url, registration_data
from trainings.forms import RegistrationForm

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[1]
PERSIAN_DIGITS = re.compile(r"[\u06F0-\u06F9\u0660-\u0669]")


@pytest.fixture
def series(demo_site):
    return make_series([future_session(capacity=2)])


@pytest.mark.parametrize(("code", "label"), [("ru", "Имя"), ("uk", "Ім'я"), ("pl", "Imię i nazwisko"), ("de", "Name")])
def test_registration_form_asks_for_a_persons_name_not_a_things(code, label):
    with translation.override(code):
        assert str(RegistrationForm().fields["name"].label) == label


def test_directory_export_keeps_the_name_of_a_thing():
    with translation.override("ru"):
        assert translation.gettext("Name") == "Название"


def test_arabic_organisation_profile_heads_its_contact_details_not_contact_us(client, demo_site):
    content = client.get("/ar/organisationen/nachbarschaftsbruecke-wilhelmstadt/").content.decode()
    heading = re.search(r'<h2 id="org-contact">(.*?)</h2>', content).group(1)
    assert heading == "التواصل"


@pytest.mark.parametrize(
    ("days", "code", "expected"),
    [
        (1, "en", "delete them 1 day after it."),
        (30, "en", "delete them 30 days after it."),
        (1, "de", "löschen sie 1 Tag nach dem Termin."),
        (2, "ru", "через 2 дня после него."),
        (5, "ru", "через 5 дней после него."),
        (21, "uk", "через 21 день після нього."),
        (3, "pl", "usuwamy je 3 dni po nim."),
    ],
)
def test_retention_period_uses_the_languages_plural_forms(days, code, expected):
    with override_settings(TRAININGS_RETENTION_DAYS=days), translation.override(code):
        assert expected in RegistrationForm().consent_text()


@override_settings(TRAININGS_RETENTION_DAYS=1)
def test_registration_page_says_one_day_in_the_singular(client, series):
    content = client.get(register_url(series, series.sessions.get())).content.decode()
    assert "1 Tag nach dem Termin" in content


def first_sentence_after_greeting(body):
    return body.split("\n\n")[1].strip()


@pytest.mark.parametrize(
    ("code", "start"),
    [("de", "vielen Dank"), ("en", "Thank you"), ("ru", "Спасибо"), ("uk", "Дякуємо"), ("pl", "Dziękujemy")],
)
def test_confirmation_email_starts_its_first_sentence_by_the_languages_rules(client, series, code, start):
    client.post(register_url(series, series.sessions.get()), registration_data(language=code))
    run_mail_worker()
    [message] = mail.outbox
    assert first_sentence_after_greeting(message.body).startswith(start)


@pytest.mark.parametrize(
    "folder", ["", "api", "directory", "trainings", "exchange", "news", "resources", "participation"]
)
def test_farsi_translations_use_the_western_digits_django_formats_numbers_with(folder):
    po = polib.pofile(str(ROOT / folder / "locale" / "fa" / "LC_MESSAGES" / "django.po"))
    mixed = [entry.msgid for entry in po if PERSIAN_DIGITS.search(entry.msgstr)]
    assert not mixed


def test_farsi_pages_show_one_kind_of_digits(client, demo_site):
    content = client.get("/fa/").content.decode()
    assert not PERSIAN_DIGITS.search(content)
    assert re.search(r"\d", re.sub(r"<[^>]+>", "", content))  # dates and counts are there, in Western digits
