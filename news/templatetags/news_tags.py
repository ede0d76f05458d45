"""News on other apps' pages: ``{% latest_news 3 %}`` shows the newest items in the visitor's language."""

from django import template
from django.utils.translation import get_language

from ..models import latest_news as latest_news_in

register = template.Library()


@register.inclusion_tag("news/includes/latest_news.html", takes_context=True)
def latest_news(context, count=3):
    """The newest news items, each in the visitor's language where translated, else in German (marked per item).

    Renders nothing when there is no news at all, so a host page can include it unconditionally.
    """
    items = list(latest_news_in(get_language(), count))
    fallback = bool(items) and all(item.is_fallback for item in items)
    index = items[0].get_parent() if items else None
    return {"request": context.get("request"), "items": items, "fallback": fallback, "index": index}
