"""Horizontal bar charts as server-rendered SVG: no JavaScript, no chart library, numbers always in a table too."""

import itertools
from dataclasses import dataclass

from django.utils.text import Truncator

LABEL_WIDTH = 230
BAR_AREA = 330
ROW_HEIGHT = 34
_ids = itertools.count(1)


@dataclass
class Bar:
    label: str
    short_label: str
    value_text: str
    width: float
    y: int

    @property
    def text_y(self):
        return self.y + 17

    @property
    def value_x(self):
        return LABEL_WIDTH + self.width + 6


def bar_chart(title, items, maximum=None):
    """``items`` are (label, value, value_text); bars scale to ``maximum`` (default: the largest value)."""
    items = list(items)
    largest = maximum if maximum is not None else max((value for _l, value, _t in items), default=0)
    bars = [
        Bar(
            label=str(label),
            short_label=Truncator(str(label)).chars(34),
            value_text=str(text),
            width=round(BAR_AREA * value / largest, 1) if largest else 0,
            y=index * ROW_HEIGHT + 4,
        )
        for index, (label, value, text) in enumerate(items)
    ]
    return {
        "id": f"chart-{next(_ids)}",
        "title": str(title),
        "bars": bars,
        "height": len(bars) * ROW_HEIGHT + 8,
        "width": LABEL_WIDTH + BAR_AREA + 70,
        "label_width": LABEL_WIDTH,
    }


def results_chart(question, public):
    """A question's options as a bar chart of percentages; hidden (small) cells draw no bar."""
    from django.utils.translation import gettext as _

    items = []
    for option in question.options:
        if option.cell.hidden:
            items.append((option.label, 0, _("fewer than %(number)s") % {"number": public}))
        else:
            items.append((option.label, option.cell.percent, f"{option.cell.percent:g} % ({option.cell.count})"))
    return bar_chart(question.label, items, maximum=100)


def attach_charts(results):
    """Give every choice question of ``results`` its chart (as ``question.chart``) and return the results."""
    for question in results:
        question.chart = results_chart(question, results.minimum) if question.is_choice else None
    return results
