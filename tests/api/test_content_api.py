"""The partner content API's common behaviour: OpenAPI, caching, CORS, rate limit, problem documents."""

import pytest
from django.core.cache import cache
from django.test import override_settings

pytestmark = pytest.mark.django_db

LANGUAGES = "/api/content/languages"


@pytest.fixture(autouse=True)
def fresh_rate_limit():
    cache.clear()
    yield
    cache.clear()


def test_languages_lists_every_content_language_with_its_direction(client):
    data = client.get(LANGUAGES).json()
    assert [item["code"] for item in data] == ["de", "de-simple", "en", "tr", "ar", "ru", "uk", "fa", "pl"]
    assert {item["code"]: item["direction"] for item in data}["fa"] == "rtl"
    assert [item["code"] for item in data if item["source"]] == ["de"]


def test_leichte_sprache_is_listed_by_its_own_name(client):
    data = {item["code"]: item for item in client.get(LANGUAGES).json()}
    assert data["de-simple"] == {"code": "de-simple", "name": "Leichte Sprache", "direction": "ltr", "source": False}


def test_openapi_document_is_version_3_1_and_lists_the_operations(client):
    document = client.get("/api/content/openapi.json").json()
    assert document["openapi"].startswith("3.1")
    assert "/api/content/languages" in document["paths"]


def test_interactive_docs_load_only_self_hosted_assets(client):
    content = client.get("/api/content/docs").content.decode()
    assert "/static/ninja/swagger-ui-bundle.js" in content
    assert "https://" not in content


def test_responses_carry_an_etag_and_revalidate_with_304(client):
    first = client.get(LANGUAGES)
    assert first.status_code == 200
    assert "public" in first["Cache-Control"]
    etag = first["ETag"]
    second = client.get(LANGUAGES, HTTP_IF_NONE_MATCH=etag)
    assert second.status_code == 304
    assert second["ETag"] == etag
    assert not second.content


def test_a_stale_etag_gets_the_full_response(client):
    response = client.get(LANGUAGES, HTTP_IF_NONE_MATCH='"something-else"')
    assert response.status_code == 200
    assert response.json()


def test_any_origin_may_read_without_credentials(client):
    response = client.get(LANGUAGES, HTTP_ORIGIN="https://partner.example.org")
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in response
    assert "ETag" in response["Access-Control-Expose-Headers"]


def test_cors_preflight_allows_get_only(client):
    response = client.options(
        LANGUAGES, HTTP_ORIGIN="https://partner.example.org", HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET"
    )
    assert response.status_code == 200
    assert "GET" in response["Access-Control-Allow-Methods"]
    assert "POST" not in response["Access-Control-Allow-Methods"]


def test_the_site_itself_sends_no_cors_headers(client, demo_site):
    response = client.get("/de/", HTTP_ORIGIN="https://partner.example.org")
    assert "Access-Control-Allow-Origin" not in response


@override_settings(API_CONTENT_RATE="3/m")
def test_too_many_requests_answer_429_with_retry_after(client):
    for _ in range(3):
        assert client.get(LANGUAGES).status_code == 200
    response = client.get(LANGUAGES)
    assert response.status_code == 429
    assert int(response["Retry-After"]) >= 1
    assert response["Content-Type"] == "application/problem+json"
    assert response.json()["status"] == 429


def test_writing_is_not_allowed(client):
    response = client.post(LANGUAGES, data={}, content_type="application/json")
    assert response.status_code == 405


def test_unknown_paths_are_a_404_problem_not_a_redirect(client):
    response = client.get("/api/content/nothing-here")
    assert response.status_code == 404
    assert response["Content-Type"] == "application/problem+json"


def test_a_weak_etag_from_a_compressing_proxy_revalidates_with_304(client):
    etag = client.get(LANGUAGES)["ETag"]
    response = client.get(LANGUAGES, HTTP_IF_NONE_MATCH=f"W/{etag}")
    assert response.status_code == 304
    assert response["ETag"] == etag


@override_settings(API_CONTENT_RATE="3/m")
def test_a_forged_forwarded_for_header_gets_no_fresh_quota(client):
    for number in range(3):
        assert client.get(LANGUAGES, HTTP_X_FORWARDED_FOR=f"198.51.100.{number}").status_code == 200
    assert client.get(LANGUAGES, HTTP_X_FORWARDED_FOR="198.51.100.99").status_code == 429


@override_settings(API_CONTENT_RATE="3/m", TRUSTED_PROXY_COUNT=1)
def test_behind_one_proxy_each_client_address_has_its_own_quota(client):
    # The proxy appends the address it saw; whatever the client put in front of it is ignored.
    for _ in range(3):
        assert client.get(LANGUAGES, HTTP_X_FORWARDED_FOR="6.6.6.6, 203.0.113.7").status_code == 200
    assert client.get(LANGUAGES, HTTP_X_FORWARDED_FOR="7.7.7.7, 203.0.113.7").status_code == 429
    assert client.get(LANGUAGES, HTTP_X_FORWARDED_FOR="203.0.113.8").status_code == 200


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_a_malformed_forwarded_for_header_falls_back_to_the_connection_address(client):
    assert client.get(LANGUAGES, HTTP_X_FORWARDED_FOR="a, b").status_code == 200
