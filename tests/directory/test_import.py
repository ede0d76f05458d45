"""Coordinators import organisation profiles from CSV or XLSX: checked first, then all or nothing, idempotent."""

import csv
import io
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import reverse
from wagtail.models import PageLogEntry

from directory.models import OrganisationPage
from directory.roles import COORDINATORS, ensure_organisation_group
from tests.directory.conftest import make_organisation

pytestmark = pytest.mark.django_db

COLUMNS = ["slug", "title", "short_description", "topics", "languages", "neighbourhood", "latitude", "longitude"]


def row(number, **cells):
    values = {
        "slug": f"import-verein-{number}",
        "title": f"Importverein {number}",
        "short_description": f"Verein Nummer {number} aus der Importdatei.",
        "topics": "Bildung, Beratung",
        "languages": "tr, ar",
        "neighbourhood": "Staaken",
        "latitude": "52.5331",
        "longitude": "13.1456",
        "email": f"info{number}@example.org",
    }
    values.update(cells)
    return values


def columns_of(rows):
    return list(dict.fromkeys(column for values in rows for column in values))


def csv_bytes(rows, delimiter=","):
    columns = columns_of(rows)
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, delimiter=delimiter)
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue().encode()


def xlsx_bytes(rows):
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    columns = columns_of(rows)
    sheet.append(columns)
    for values in rows:
        sheet.append([values.get(column) for column in columns])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def imported(german_directory):
    return OrganisationPage.objects.child_of(german_directory).filter(slug__startswith="import-verein-")


@pytest.fixture
def coordinator(client, demo_site):
    user = get_user_model().objects.create_user("koordination-import", "k@example.org", "x" * 12)
    user.groups.add(Group.objects.get(name=COORDINATORS))
    client.force_login(user)
    client.user = user
    return client


def upload(client, content, name="organisationen.csv", publish=False):
    return client.post(
        reverse("directory_import"),
        {"file": SimpleUploadedFile(name, content), "publish": "publish" if publish else "draft"},
    )


def confirm(client, response, publish=False):
    return client.post(
        reverse("directory_import"),
        {"token": response.context["token"], "publish": "publish" if publish else "draft", "confirm": "1"},
    )


def test_the_check_lists_every_problem_by_row_and_column_and_saves_nothing(coordinator, german_directory):
    content = csv_bytes(
        [
            row(1),
            row(2, languages="tr, xx"),
            row(3, neighbourhood="Neukölln", latitude="abc"),
            row(4, title="", email="keine-adresse"),
        ]
    )
    response = upload(coordinator, content)
    assert response.status_code == 200
    problems = {(problem.row, problem.column) for problem in response.context["report"].problems}
    assert problems == {(3, "languages"), (4, "neighbourhood"), (4, "latitude"), (5, "title"), (5, "email")}
    page = response.content.decode()
    assert "&#x27;xx&#x27; ist keine bekannte Sprache." in page
    assert "Verwenden Sie Sprachcodes wie tr, ar, ru, getrennt durch Kommas." in page
    assert "Neukölln" in page and "Ortsteil" in page
    assert not imported(german_directory).exists()


def test_a_valid_file_imports_drafts_with_revisions_and_log_entries(coordinator, german_directory):
    check = upload(coordinator, csv_bytes([row(1), row(2), row(3)]))
    report = check.context["report"]
    assert report.ok and (report.new, report.updated, report.unchanged) == (3, 0, 0)
    assert not imported(german_directory).exists()  # the check alone saves nothing

    response = confirm(coordinator, check)
    assert response.status_code == 302
    pages = imported(german_directory)
    assert pages.count() == 3
    for page in pages:
        assert not page.live
        assert page.revisions.count() == 1
        assert page.latest_revision.user == coordinator.user
        assert PageLogEntry.objects.filter(page=page, action="wagtail.create", user=coordinator.user).exists()
        assert not PageLogEntry.objects.filter(page=page, action="wagtail.publish").exists()


def test_topics_languages_ortsteil_and_coordinates_end_up_on_the_page(coordinator, german_directory):
    confirm(coordinator, upload(coordinator, csv_bytes([row(1)]), publish=True), publish=True)
    page = imported(german_directory).get()
    assert sorted(tag.name for tag in page.topic_tags) == ["Beratung", "Bildung"]
    assert sorted(language.code for language in page.spoken_languages) == ["ar", "tr"]
    assert page.neighbourhood == "staaken"
    assert (page.latitude, page.longitude) == (Decimal("52.533100"), Decimal("13.145600"))
    assert page.email == "info1@example.org"
    assert page.city == "Berlin"  # no city column: the field's default, as in the editor
    assert page.owner == coordinator.user


def test_publish_makes_the_imported_profiles_live(coordinator, german_directory, client):
    confirm(coordinator, upload(coordinator, csv_bytes([row(1), row(2)]), publish=True), publish=True)
    pages = imported(german_directory)
    assert [page.live for page in pages] == [True, True]
    assert PageLogEntry.objects.filter(page__in=pages, action="wagtail.publish").count() == 2
    assert client.get(pages[0].url).status_code == 200


def test_importing_the_same_file_again_updates_instead_of_duplicating(coordinator, german_directory):
    rows = [row(1), row(2)]
    confirm(coordinator, upload(coordinator, csv_bytes(rows), publish=True), publish=True)

    again = upload(coordinator, csv_bytes(rows), publish=True)
    assert (again.context["report"].new, again.context["report"].unchanged) == (0, 2)

    rows[1]["short_description"] = "Neue Beschreibung nach dem Umzug."
    check = upload(coordinator, csv_bytes(rows), publish=True)
    report = check.context["report"]
    assert (report.new, report.updated, report.unchanged) == (0, 1, 1)
    confirm(coordinator, check, publish=True)

    pages = imported(german_directory)
    assert pages.count() == 2
    changed = pages.get(slug="import-verein-2")
    assert changed.short_description == "Neue Beschreibung nach dem Umzug."
    assert changed.revisions.count() == 2
    assert pages.get(slug="import-verein-1").revisions.count() == 1


def test_a_draft_import_over_a_live_profile_leaves_the_live_version_alone(coordinator, german_directory):
    existing = make_organisation(german_directory, title="Schon da", short_description="Alte Beschreibung.")
    content = csv_bytes([row(1, slug=existing.slug, title="Schon da", short_description="Neue Beschreibung.")])
    confirm(coordinator, upload(coordinator, content))
    existing.refresh_from_db()
    assert existing.live and existing.short_description == "Alte Beschreibung."
    assert existing.has_unpublished_changes
    assert existing.get_latest_revision_as_object().short_description == "Neue Beschreibung."


def test_xlsx_files_are_imported_too(coordinator, german_directory):
    rows = [row(1, postal_code=13591), row(2)]
    confirm(coordinator, upload(coordinator, xlsx_bytes(rows), name="liste.xlsx"))
    pages = imported(german_directory)
    assert pages.count() == 2
    assert pages.get(slug="import-verein-1").postal_code == "13591"


def test_one_bad_row_saves_nothing_at_all(coordinator, german_directory):
    from directory.imports import read_dataset, run_import

    dataset = read_dataset("x.csv", csv_bytes([row(1), row(2), row(3, founding_year="zweitausend")]))
    report = run_import(dataset, user=coordinator.user, dry_run=False)
    assert [(problem.row, problem.column) for problem in report.problems] == [(4, "founding_year")]
    assert not imported(german_directory).exists()


def test_the_import_step_never_takes_a_file_the_coordinator_has_not_checked(coordinator, german_directory):
    upload(coordinator, csv_bytes([row(1)]))
    response = coordinator.post(
        reverse("directory_import"), {"token": "../../etc/passwd", "publish": "draft", "confirm": "1"}
    )
    assert response.status_code == 200
    assert "Die geprüfte Datei ist nicht mehr vorhanden." in response.content.decode()
    assert not imported(german_directory).exists()


def test_an_organisation_editor_is_refused(client, german_directory):
    organisation = make_organisation(german_directory, title="Verein Redaktion")
    user = get_user_model().objects.create_user("redaktion-import", "r@example.org", "x" * 12)
    user.groups.add(ensure_organisation_group(organisation).group)
    client.force_login(user)
    assert client.get(reverse("directory_import")).status_code == 403
    assert upload(client, csv_bytes([row(1)])).status_code == 403
    assert client.get(reverse("directory_import_template")).status_code == 403
    assert not imported(german_directory).exists()
    assert reverse("directory_import") not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_read_only_reviewers_are_refused_too(client, demo_site):
    from directory.roles import REVIEWERS

    user = get_user_model().objects.create_user("pruefung-import", "p@example.org", "x" * 12)
    user.groups.add(Group.objects.get(name=REVIEWERS))
    client.force_login(user)
    assert client.get(reverse("directory_import")).status_code == 403


def test_a_slug_used_twice_in_the_file_is_reported_with_both_rows(coordinator, german_directory):
    content = csv_bytes([row(1), row(2, slug="import-verein-1", title="Anderer Verein")])
    problems = upload(coordinator, content).context["report"].problems
    assert [(problem.row, problem.column) for problem in problems] == [(3, "slug")]
    assert "Zeile 2" in problems[0].message


def test_the_menu_offers_the_import_to_coordinators(coordinator, german_directory):
    assert reverse("directory_import") in coordinator.get(reverse("wagtailadmin_home")).content.decode()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("liste.pdf", b"%PDF-1.4", "Nur CSV- und Excel-Dateien"),
        ("leer.csv", b"", "Die Datei ist leer."),
        ("kaputt.xlsx", b"kein Excel", "nicht als Excel-Arbeitsmappe"),
        ("nur-kopf.csv", b"slug,title\n", "keine Zeilen unter der Kopfzeile"),
    ],
)
def test_a_file_that_cannot_be_read_gets_a_clear_message(coordinator, german_directory, name, content, message):
    response = upload(coordinator, content, name=name)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not imported(german_directory).exists()


def test_the_admin_refuses_more_rows_than_it_can_import_in_one_request(coordinator, german_directory, settings):
    settings.DIRECTORY_IMPORT_MAX_ROWS = 2
    response = upload(coordinator, csv_bytes([row(1), row(2), row(3)]))
    assert "höchstens 2" in response.content.decode()
    assert "token" not in response.context or not response.context["token"]


def test_unknown_columns_are_reported_by_name(coordinator, german_directory):
    response = upload(coordinator, csv_bytes([{**row(1), "sprachen": "tr"}]))
    assert [(problem.row, problem.column) for problem in response.context["report"].problems] == [(1, "sprachen")]


def test_semicolon_separated_files_from_german_spreadsheets_work(coordinator, german_directory):
    check = upload(coordinator, csv_bytes([row(1, latitude="52,5331")], delimiter=";"))
    assert check.context["report"].ok
    confirm(coordinator, check)
    assert imported(german_directory).get().latitude == Decimal("52.533100")


def test_the_template_lists_every_column_with_an_example(coordinator):
    from directory.imports import COLUMNS as ALL_COLUMNS

    response = coordinator.get(reverse("directory_import_template"))
    assert response["Content-Type"].startswith("text/csv")
    lines = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert lines[0] == ALL_COLUMNS and len(lines) == 2


def test_the_template_itself_passes_the_check(coordinator, german_directory):
    template = coordinator.get(reverse("directory_import_template")).content
    assert upload(coordinator, template).context["report"].ok


def test_the_command_checks_and_imports_with_the_same_rules(german_directory, tmp_path):
    path = tmp_path / "organisationen.csv"
    path.write_bytes(csv_bytes([row(1), row(2)]))
    out = io.StringIO()
    call_command("import_organisations", str(path), "--dry-run", stdout=out)
    assert not imported(german_directory).exists()
    call_command("import_organisations", str(path), "--publish", stdout=out)
    assert [page.live for page in imported(german_directory)] == [True, True]

    path.write_bytes(csv_bytes([row(1, languages="xx"), row(3)]))
    errors = io.StringIO()
    with pytest.raises(CommandError, match="nothing was saved"):
        call_command("import_organisations", str(path), stdout=io.StringIO(), stderr=errors)
    assert "Zeile 2, Spalte languages: 'xx' ist keine bekannte Sprache." in errors.getvalue()
    assert not imported(german_directory).filter(slug="import-verein-3").exists()
