"""Organisation profiles refuse what would mislead visitors, and say why in the editor's language."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from directory.models import Language, OrganisationPage
from directory.models.organisations import SHORT_DESCRIPTION_MAX_LENGTH

pytestmark = pytest.mark.django_db


def valid_organisation(**fields):
    values = {
        "title": "Beispielverein Spandau",
        "slug": "beispielverein-spandau",
        "short_description": "Ein Verein, der Nachbarschaft stiftet.",
        "latitude": Decimal("52.535"),
        "longitude": Decimal("13.199"),
    }
    values.update(fields)
    return OrganisationPage(**values)


def errors_of(page, language="en"):
    """The validation messages as an editor working in ``language`` reads them."""
    with translation.override(language), pytest.raises(ValidationError) as caught:
        page.full_clean(exclude=["path", "depth", "locale", "content_type", "translation_key"])
    with translation.override(language):
        return {field: [str(message) for message in messages] for field, messages in caught.value.message_dict.items()}


def test_a_complete_profile_inside_berlin_is_valid():
    page = valid_organisation(email="info@example.org", phone="+49 30 1234567", website="https://example.org")
    page.full_clean(exclude=["path", "depth", "locale", "content_type", "translation_key"])


def test_coordinates_outside_berlin_are_refused_for_both_values():
    errors = errors_of(valid_organisation(latitude=Decimal("48.137"), longitude=Decimal("11.575")))
    assert "outside Berlin" in errors["latitude"][0]
    assert "outside Berlin" in errors["longitude"][0]


def test_swapped_coordinates_are_refused_with_a_hint():
    errors = errors_of(valid_organisation(latitude=Decimal("13.199"), longitude=Decimal("52.535")))
    assert "swapped" in errors["latitude"][0]


def test_a_lone_latitude_asks_for_the_longitude_too():
    errors = errors_of(valid_organisation(longitude=None))
    assert errors["longitude"] == ["Enter both latitude and longitude, or leave both empty."]


def test_no_coordinates_at_all_is_fine():
    valid_organisation(latitude=None, longitude=None).full_clean(
        exclude=["path", "depth", "locale", "content_type", "translation_key"]
    )


def test_german_editors_read_the_coordinate_error_in_german():
    errors = errors_of(valid_organisation(latitude=Decimal("48.1")), language="de")
    assert "außerhalb von Berlin" in errors["latitude"][0]


def test_invalid_email_is_refused():
    assert "email" in errors_of(valid_organisation(email="info(at)example.org"))


def test_invalid_phone_is_refused_with_an_example():
    errors = errors_of(valid_organisation(phone="call us maybe"))
    assert "030 1234567" in errors["phone"][0]


def test_german_editors_read_the_phone_error_in_german():
    errors = errors_of(valid_organisation(phone="ruf an"), language="de")
    assert "Telefonnummer" in errors["phone"][0]


def test_invalid_website_is_refused():
    assert "website" in errors_of(valid_organisation(website="www example org"))


def test_short_description_longer_than_the_card_allows_is_refused():
    errors = errors_of(valid_organisation(short_description="x" * (SHORT_DESCRIPTION_MAX_LENGTH + 1)))
    assert "240" in errors["short_description"][0]


def test_founding_year_in_the_future_is_refused():
    errors = errors_of(valid_organisation(founding_year=2999))
    assert errors["founding_year"] == ["The founding year cannot lie in the future."]


def test_postal_code_must_have_five_digits():
    assert "postal_code" in errors_of(valid_organisation(postal_code="1359"))


def test_the_curated_languages_are_in_the_database_in_their_order():
    codes = list(Language.objects.values_list("code", flat=True))
    assert codes[:3] == ["de", "en", "tr"]
    required = {"de", "en", "tr", "ar", "ru", "uk", "fa", "pl", "ku", "vi", "ro", "bg", "sr", "bs", "hr"}
    required |= {"sq", "fr", "es", "it", "ps", "ti", "so", "pt", "zh", "hi", "ur"}
    assert required <= set(codes)


def test_languages_show_their_name_in_the_interface_language_and_their_own():
    with translation.override("de"):
        assert str(Language.objects.get(code="ar")) == "Arabisch (العربية)"


def test_speaking_finds_organisations_by_language_code(demo_site):
    arabic = OrganisationPage.objects.live().public().speaking("ar")
    assert arabic.exists()
    assert all("ar" in {language.code for language in page.languages.all()} for page in arabic)
    assert not OrganisationPage.objects.live().public().speaking("hi").exists()


def test_speaking_combines_with_other_domain_filters(demo_site):
    pages = (
        OrganisationPage.objects.live().filter(locale__language_code="de").speaking("vi").in_neighbourhood("spandau")
    )
    assert [page.title for page in pages] == ["Seniorentreff Mekong"]
