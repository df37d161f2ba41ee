"""The speaker timeline drawn server-side as inline SVG: statements per day, bars stacked by outlet.

Time runs right to left, as the page reads; every label is escaped. No JavaScript, no library.
"""
from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from markupsafe import Markup, escape

# Outlet colours, in order of how much each outlet carries the speaker (colour-blind-safe Okabe–Ito
# palette first, then darker and lighter tones); outlets past the list share the last colour (grey).
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#7a6a00", "#6a3d9a",
           "#8c510a", "#01665e", "#b2182b", "#999999")
BAR = 12          # width of one day in SVG units
GAP = 2           # space between days
HEIGHT = 120      # drawing height of the tallest day
MAX_DAYS = 400    # longer ranges keep their most recent days


def outlet_colours(rows: list[dict[str, Any]]) -> dict[str, str]:
    totals: dict[str, int] = {}
    for r in rows:
        totals[r["outlet"]] = totals.get(r["outlet"], 0) + r["count"]
    order = sorted(totals, key=lambda o: (-totals[o], o))
    return {o: PALETTE[min(i, len(PALETTE) - 1)] for i, o in enumerate(order)}


def _day(s: str) -> date | None:
    try:
        return date.fromisoformat(s[:10])
    except (TypeError, ValueError):
        return None


def timeline_svg(rows: list[dict[str, Any]], colours: dict[str, str]) -> Markup:
    """``rows`` of ``{date, outlet, count}``: one stacked bar per day from the first to the last."""
    by_day: dict[date, list[tuple[str, int]]] = {}
    for r in rows:
        d = _day(r["date"])
        if d is not None:
            by_day.setdefault(d, []).append((r["outlet"], r["count"]))
    if not by_day:
        return Markup("")
    last = max(by_day)
    first = max(min(by_day), last - timedelta(days=MAX_DAYS - 1))
    days = (last - first).days + 1
    peak = max(sum(c for _, c in v) for d, v in by_day.items() if d >= first)
    width = days * (BAR + GAP)
    parts = [f'<svg class="timeline" role="img" viewBox="0 0 {width} {HEIGHT}" preserveAspectRatio="none"'
             f' xmlns="http://www.w3.org/2000/svg" aria-label="عدد التصريحات في اليوم">']
    for d, stack in sorted(by_day.items()):
        if d < first:
            continue
        x = width - ((d - first).days + 1) * (BAR + GAP)  # right to left
        y = HEIGHT
        for outlet, count in stack:
            h = max(1.0, count / peak * (HEIGHT - 4))
            y -= h
            label = escape(f"{d.isoformat()} — {outlet or 'بلا مصدر'}: {count}")
            parts.append(f'<rect x="{x}" y="{y:.1f}" width="{BAR}" height="{h:.1f}" fill="{colours.get(outlet, PALETTE[-1])}">'
                         f"<title>{label}</title></rect>")
    parts.append("</svg>")
    return Markup("".join(parts))
