"""Template helpers of the directory."""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe

register = template.Library()

# The escapes Django's json_script uses: no "</script>" or "<!--" can close the data block early.
_JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.filter
def json_ld(data):
    """A schema.org dict as a ``<script type="application/ld+json">`` data block, safely escaped."""
    payload = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_JSON_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))  # noqa: S308 - escaped above


@register.inclusion_tag("directory/includes/new_organisations.html", takes_context=True)
def new_organisations(context, count=3):
    """``{% new_organisations 3 %}``: the organisations that joined the directory last, in the visitor's language
    where translated (German originals otherwise, as the directory itself shows them)."""
    from home.localization import active_locale

    from ..models import OrganisationIndexPage, OrganisationPage

    organisations = list(
        OrganisationPage.objects.live()
        .public()
        .localized(active_locale().language_code)
        .for_listing()
        .order_by("-first_published_at", "-pk")[:count]
    )
    directory = OrganisationIndexPage.objects.live().filter(locale=active_locale()).first()
    return {"request": context.get("request"), "organisations": organisations, "directory": directory}
