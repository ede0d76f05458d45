"""Results: small cells hidden publicly, the public page in every language, formula-safe exports for coordinators."""

import io

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from openpyxl import load_workbook

from participation.results import survey_results

from .conftest import BROWSER, answer, fields_of, make_survey, translate


def answer_many(client, page, values):
    name = fields_of(page)[0].clean_name
    for value in values:
        assert answer(client, page, {name: value}).status_code == 200


def test_public_results_hide_counts_below_five(client, demo_site):
    german = make_survey(results_public=True)
    answer_many(client, german, ["Gut"] * 5 + ["Mittel"] * 4)
    public = {option.value: option.cell for option in survey_results(german, public=True)[0].options}
    assert (public["Gut"].count, public["Gut"].hidden) == (5, False)
    assert public["Mittel"].hidden
    assert not public["Schlecht"].hidden  # nobody chose it: zero identifies no one
    coordinators = {option.value: option.cell for option in survey_results(german)[0].options}
    assert not coordinators["Mittel"].hidden


def test_the_public_results_page_never_prints_a_small_count(client, demo_site):
    german = make_survey(results_public=True)
    answer_many(client, german, ["Gut"] * 6 + ["Mittel"] * 3)
    html = client.get(f"{german.url}results/", **BROWSER).content.decode()
    assert "weniger als 5" in html
    assert "<td>3</td>" not in html
    assert "<td>6</td>" in html
    assert "Ihre Anmerkungen" not in html  # free text is never public


@pytest.mark.parametrize("language", [code for code, _name in settings.LANGUAGES])
def test_the_public_results_page_renders_in_every_language(client, demo_site, language):
    german = make_survey(results_public=True)
    answer_many(client, german, ["Gut"] * 5)
    url = f"/{language}{german.url[3:]}results/"
    response = client.get(url, **BROWSER, follow=True)
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}"' in html
    assert '<svg class="participation-chart" role="img"' in html
    assert "<table" in html and "<td>5</td>" in html


def test_results_stay_private_unless_the_coordinator_publishes_them(client, demo_site):
    german = make_survey(results_public=False)
    assert client.get(f"{german.url}results/", **BROWSER).status_code == 404


def test_translated_public_results_count_every_language(client, demo_site):
    german = make_survey(results_public=True)
    turkish = translate(german)
    answer_many(client, german, ["Gut"] * 3)
    answer_many(client, turkish, ["İyi"] * 3)
    html = client.get(f"{turkish.url}results/", **BROWSER).content.decode()
    assert "Teklifi nasıl buluyorsunuz?" in html
    assert "<td>6</td>" in html


@pytest.fixture
def coordinator(client, db):
    user = get_user_model().objects.create_superuser("koordination", "k@example.org", "a-long-password")
    client.force_login(user)
    return user


def test_coordinators_export_results_as_formula_safe_csv_and_xlsx(client, demo_site, coordinator):
    german = make_survey(questions=[('=HYPERLINK("http://evil")', "radio", "+Ja\n-Nein", True)], title="Formeltest")
    name = fields_of(german)[0].clean_name
    assert answer(client, german, {name: "+Ja"}).status_code == 200
    url = f"/admin/participation/surveys/{german.pk}/results/"
    assert client.get(url).status_code == 200
    csv_text = client.get(url + "?export=csv").content.decode("utf-8-sig")
    assert "'=HYPERLINK" in csv_text and "'+Ja" in csv_text
    workbook = load_workbook(io.BytesIO(client.get(url + "?export=xlsx").content))
    cells = [cell.value for row in workbook.active.iter_rows() for cell in row]
    assert '\'=HYPERLINK("http://evil")' in cells
    assert all(cell.data_type != "f" for row in workbook.active.iter_rows() for cell in row)


def test_the_results_admin_shows_charts_and_free_text(client, demo_site, coordinator):
    german = make_survey()
    de = fields_of(german)
    answer(client, german, {de[0].clean_name: "Gut", de[2].clean_name: "Mehr Abendtermine, bitte."})
    html = client.get(f"/admin/participation/surveys/{german.pk}/results/").content.decode()
    assert "participation-chart" in html
    assert "Mehr Abendtermine, bitte." in html
