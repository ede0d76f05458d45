""" "Was this page helpful?" on content pages, stored per page and language, without personal data."""

from django.contrib.auth import get_user_model
from wagtail.models import Page

from participation.models import PageFeedback

from .conftest import BROWSER


def about_page(language="de"):
    german = Page.objects.get(slug="ueber-die-initiative", locale__language_code="de")
    return german.get_translation(german.locale.__class__.objects.get(language_code=language))


def test_content_pages_ask_whether_they_helped_without_setting_a_cookie(client, demo_site):
    response = client.get(about_page().url, **BROWSER)
    html = response.content.decode()
    assert "War diese Seite hilfreich?" in html
    assert 'action="/de/participation/feedback/"' in html
    assert not response.cookies


def test_feedback_is_stored_per_page_and_language_without_personal_data(client, demo_site):
    english = about_page("en")
    response = client.post(
        "/en/participation/feedback/",
        {"page": english.pk, "helpful": "no", "comment": "Too long."},
        REMOTE_ADDR="198.51.100.4",
        **BROWSER,
    )
    assert response.status_code == 200
    assert "Thank you for your feedback" in response.content.decode()
    feedback = PageFeedback.objects.get()
    assert (feedback.page_id, feedback.language, feedback.helpful, feedback.comment) == (
        english.pk,
        "en",
        False,
        "Too long.",
    )
    stored_fields = {field.name for field in PageFeedback._meta.fields}
    assert stored_fields == {"id", "page", "language", "helpful", "comment", "day"}
    assert not response.cookies


def test_feedback_without_an_answer_is_refused_in_the_visitors_language(client, demo_site):
    response = client.post("/tr/participation/feedback/", {"page": about_page().pk}, **BROWSER)
    assert response.status_code == 400
    assert "Geri bildiriminiz kaydedilemedi" in response.content.decode()
    assert not PageFeedback.objects.exists()


def test_a_comment_longer_than_allowed_is_refused(client, demo_site):
    response = client.post(
        "/de/participation/feedback/", {"page": about_page().pk, "helpful": "yes", "comment": "x" * 10_000}, **BROWSER
    )
    assert response.status_code == 400
    assert not PageFeedback.objects.exists()


def test_feedback_for_an_unknown_page_is_refused(client, demo_site):
    response = client.post("/de/participation/feedback/", {"page": 999999, "helpful": "yes"}, **BROWSER)
    assert response.status_code == 400


def test_editors_see_feedback_per_page_and_language(client, demo_site):
    german, english = about_page(), about_page("en")
    PageFeedback.objects.create(page=german, language="de", helpful=True)
    PageFeedback.objects.create(page=english, language="en", helpful=False, comment="Unclear translation")
    PageFeedback.objects.create(page=german, language="ar", helpful=False)
    client.force_login(get_user_model().objects.create_superuser("ed", "ed@example.org", "a-long-password"))
    html = client.get("/admin/participation/feedback/").content.decode()
    assert "Unclear translation" in html
    assert html.count(german.title) >= 2  # German readers and Arabic readers of the German page: two rows
    filtered = client.get("/admin/participation/feedback/?language=en").content.decode()
    assert "Unclear translation" in filtered and "<td>ar</td>" not in filtered


def test_feedback_report_is_refused_to_users_without_permission(client, demo_site):
    client.force_login(get_user_model().objects.create_user("nobody", "n@example.org", "a-long-password"))
    assert client.get("/admin/participation/feedback/").status_code in (302, 403)
