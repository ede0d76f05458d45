"""The exchange on other apps' pages: ``{% latest_exchange_entries 3 %}`` shows the newest open entries."""

from django import template
from django.utils.translation import get_language

from ..models import ExchangeEntryPage

register = template.Library()


@register.inclusion_tag("exchange/includes/latest_entries.html", takes_context=True)
def latest_exchange_entries(context, count=3):
    """The newest current entries in the visitor's language (German ones where untranslated); nothing if none."""
    entries = list(
        ExchangeEntryPage.objects.live()
        .public()
        .localized(get_language())
        .current()
        .newest_first()
        .for_listing()[:count]
    )
    index = entries[0].get_parent() if entries else None
    return {"request": context.get("request"), "entries": entries, "index": index}
