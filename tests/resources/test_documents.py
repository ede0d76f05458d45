"""Files of private or unpublished resources cannot be fetched by their document URL."""

import pytest
from wagtail.models import PageViewRestriction

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser("redaktion", "redaktion@example.org", "sicheres-passwort-1")


@pytest.fixture
def member(django_user_model):
    return django_user_model.objects.create_user("mitglied", "mitglied@example.org", "sicheres-passwort-1")


def download(client, document):
    response = client.get(document.url)
    if hasattr(response, "streaming_content"):
        b"".join(response.streaming_content)
    return response


def test_file_of_a_public_resource_downloads_for_everyone(client, make_resource, make_document):
    document = make_document("Öffentlich")
    make_resource(files=[(document, "de")])
    response = download(client, document)
    assert response.status_code == 200
    assert response["Content-Security-Policy"] == "default-src 'none'"


def test_file_of_a_login_restricted_resource_is_refused_to_anonymous_visitors(client, make_resource, make_document):
    document = make_document("Nur für Mitglieder")
    page = make_resource(files=[(document, "de")])
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    response = download(client, document)
    assert response.status_code == 403
    assert "Diese Datei ist nicht öffentlich" in response.content.decode()


def test_file_of_a_login_restricted_resource_downloads_for_logged_in_members(
    client, member, make_resource, make_document
):
    document = make_document("Nur für Mitglieder")
    page = make_resource(files=[(document, "de")])
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    client.force_login(member)
    assert download(client, document).status_code == 200


def test_file_below_a_private_section_is_refused(client, library, make_resource, make_document):
    document = make_document("Intern")
    make_resource(files=[(document, "de")])
    restriction = PageViewRestriction.objects.create(
        page=library, restriction_type=PageViewRestriction.PASSWORD, password="geheim-123"
    )
    assert download(client, document).status_code == 403
    restriction.delete()


def test_file_of_an_unpublished_resource_is_refused_to_visitors(client, member, make_resource, make_document):
    document = make_document("Entwurf")
    make_resource(files=[(document, "de")], live=False)
    assert download(client, document).status_code == 403
    client.force_login(member)
    assert download(client, document).status_code == 403


def test_editors_can_download_files_of_unpublished_resources(client, editor, make_resource, make_document):
    document = make_document("Entwurf")
    make_resource(files=[(document, "de")], live=False)
    client.force_login(editor)
    assert download(client, document).status_code == 200


def test_file_used_by_a_public_and_a_private_resource_downloads(client, make_resource, make_document):
    document = make_document("Geteilt")
    make_resource(files=[(document, "de")])
    private = make_resource(files=[(document, "de")])
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    assert download(client, document).status_code == 200


def test_file_no_resource_uses_is_left_to_wagtail(client, make_document):
    assert download(client, make_document("Frei")).status_code == 200


def test_seeded_demo_files_are_valid_pdfs(library):
    from resources.models import ResourcePage

    page = ResourcePage.objects.get(slug="leitfaden-vereinsgruendung")
    document = page.files.first().document
    with document.file.open("rb") as handle:
        data = handle.read()
    assert data.startswith(b"%PDF-1.4")
    assert data.rstrip().endswith(b"%%EOF")
    assert b"startxref" in data


def test_api_v2_documents_hide_files_of_draft_and_restricted_resources(client, make_resource, make_document):
    public, draft, private, loose = (make_document(title) for title in ("Offen", "Entwurf", "Intern", "Lose"))
    make_resource(files=[(public, "de")])
    make_resource(files=[(draft, "de")], live=False)
    restricted = make_resource(files=[(private, "de")])
    PageViewRestriction.objects.create(page=restricted, restriction_type=PageViewRestriction.LOGIN)

    def status(document):
        return client.get(f"/api/v2/documents/{document.pk}/").status_code

    assert (status(public), status(loose)) == (200, 200)
    assert (status(draft), status(private)) == (404, 404)
    listed = {item["id"] for item in client.get("/api/v2/documents/?limit=100&order=-id").json()["items"]}
    assert {public.pk, loose.pk} <= listed
    assert not {draft.pk, private.pk} & listed
