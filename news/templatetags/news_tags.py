"""News on other apps' pages: ``{% latest_news 3 %}`` shows the newest items in the visitor's language."""

from django import template
from django.conf import settings
from wagtail.models import Locale

from ..models import latest_news as latest_news_in

register = template.Library()


@register.inclusion_tag("news/includes/latest_news.html", takes_context=True)
def latest_news(context, count=3):
    """The newest news items of the visitor's language; German ones when that language has none yet.

    Renders nothing when there is no news at all, so a host page can include it unconditionally.
    """
    locale = Locale.get_active()
    items = list(latest_news_in(locale, count))
    fallback = False
    if not items and locale.language_code != settings.LANGUAGE_CODE:
        items = list(latest_news_in(Locale.get_default(), count))
        fallback = bool(items)
    index = items[0].get_parent() if items else None
    return {"request": context.get("request"), "items": items, "fallback": fallback, "index": index}
