"""{% page_feedback %}: "Was this page helpful?" below a page's content, for base.html or a page template."""

from django import template
from django.urls import reverse
from wagtail.models import Page

from .. import conf

register = template.Library()


@register.inclusion_tag("participation/includes/page_feedback.html", takes_context=True)
def page_feedback(context):
    page = context.get("page")
    if not isinstance(page, Page) or not page.pk or page._meta.label_lower in conf.feedback_excluded_page_types():
        return {"show": False}
    return {
        "show": True,
        "feedback_page_id": page.pk,
        "action": reverse("participation_page_feedback_submit"),
        "max_length": conf.comment_max_length(),
    }
