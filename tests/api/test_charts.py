"""The server-drawn timeline: one bar per (day, outlet), right to left, labels escaped."""
from __future__ import annotations

import re

from qawl.api.charts import BAR, GAP, PALETTE, outlet_colours, timeline_svg

ROWS = [{"date": "2026-03-01", "outlet": "وكالة الشرق", "count": 2},
        {"date": "2026-03-01", "outlet": "<i>x</i>", "count": 1},
        {"date": "2026-03-03", "outlet": "وكالة الشرق", "count": 1}]


def test_busiest_outlet_gets_the_first_colour() -> None:
    assert outlet_colours(ROWS) == {"وكالة الشرق": PALETTE[0], "<i>x</i>": PALETTE[1]}


def test_bars_run_right_to_left_and_labels_are_escaped() -> None:
    svg = str(timeline_svg(ROWS, outlet_colours(ROWS)))
    xs = [int(x) for x in re.findall(r'<rect x="(\d+)"', svg)]
    width = 3 * (BAR + GAP)                      # three days, 1 to 3 March
    assert xs == [width - (BAR + GAP)] * 2 + [0]  # the first day at the right edge, the last at the left
    assert "<i>" not in svg and "&lt;i&gt;x&lt;/i&gt;" in svg


def test_no_dates_no_chart() -> None:
    assert str(timeline_svg([], {})) == ""
