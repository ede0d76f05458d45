import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from home.localization import in_active_language

from .. import conf

register = template.Library()

# Characters that could end the <script> element or start markup, escaped the way Django's json_script does.
_JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.simple_tag
def json_ld(data):
    """``data`` as a <script type="application/ld+json"> data block, safe to embed in HTML."""
    if not data:
        return ""
    payload = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_JSON_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))  # noqa: S308


@register.filter
def language_name(code):
    return conf.language_name(code)


@register.inclusion_tag("trainings/includes/next_sessions.html", takes_context=True)
def next_sessions(context, count=3):
    """``{% next_sessions 3 %}``: the next sessions of the whole programme, as cards with a date badge.

    Counted on the German sessions (the one set of seats), each shown with its series in the visitor's language
    where translated. Renders nothing when no session is coming up, so the start page can include it as it is.
    """
    from ..models import TrainingSession

    sessions = list(
        TrainingSession.objects.published()
        .canonical()
        .upcoming()
        .exclude(status=TrainingSession.Status.CANCELLED)
        .with_free_places()
        .select_related("page__locale")
        .chronological()[:count]
    )
    programme = in_active_language(sessions[0].page.get_parent()) if sessions else None
    return {"request": context.get("request"), "sessions": sessions, "programme": programme}
