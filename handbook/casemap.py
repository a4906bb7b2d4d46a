"""The case map: an inline SVG of France and Italy with one numbered marker per case, and its list.

No tiles, no network: the outlines are Natural Earth 1:50m (public domain), simplified once by
tools/map_outlines.py into casemap_outlines.json, and drawn with the markers in one projection.

Projection: equirectangular with standard parallel 44°N (x = lon * cos 44°, y = -lat), which keeps
shapes true enough at this latitude and this scale, and is simple enough to check by hand.
Markers sit at the case's `geo` (the authority's seat). A case without `geo` is not dropped: the
list beside the map names it as "not placed", and `make check` warns about it at file:line.
"""

from __future__ import annotations

import html
import json
import math
from dataclasses import dataclass
from pathlib import Path

from .labels import table
from .model import Case, Catalog
from .problems import Problem

OUTLINES = Path(__file__).with_name("casemap_outlines.json")
PARALLEL = math.radians(44.0)
BOX = (-5.3, 36.5, 18.7, 51.3)   # lon/lat shown: metropolitan France, Corsica, Italy with Sicily
SCALE = 36.0                      # SVG units per projected degree
SPREAD = 10.0                     # SVG units between markers of cases at the same seat



def text(key: str, lang: str) -> str:
    return table("casemap", lang)[key]


def project(lon: float, lat: float) -> tuple[float, float]:
    """Degrees -> SVG units, origin at the box's north-west corner."""
    west, _, _, north = BOX
    return (round((lon - west) * math.cos(PARALLEL) * SCALE, 1), round((north - lat) * SCALE, 1))


def size() -> tuple[float, float]:
    _, south, east, _ = BOX
    return project(east, south)


def outline_paths() -> dict[str, str]:
    """Country code -> SVG path data of its outline."""
    data = json.loads(OUTLINES.read_text("utf-8"))
    paths = {}
    for code, rings in data["countries"].items():
        parts = []
        for ring in rings:
            points = [project(lon, lat) for lon, lat in ring]
            parts.append("M" + " L".join(f"{x},{y}" for x, y in points) + " Z")
        paths[code] = " ".join(parts)
    return paths


@dataclass(frozen=True)
class Marker:
    number: int
    case: Case
    x: float | None   # None: the case has no geo
    y: float | None


def markers(cases: list[Case]) -> list[Marker]:
    """Numbered in the order given; cases sharing a seat are spread on a small circle so each stays clickable."""
    seats: dict[tuple[float, float], list[int]] = {}
    for i, case in enumerate(cases):
        if case.geo:
            seats.setdefault((case.geo.lat, case.geo.lon), []).append(i)
    out = []
    for i, case in enumerate(cases):
        if not case.geo:
            out.append(Marker(i + 1, case, None, None))
            continue
        x, y = project(case.geo.lon, case.geo.lat)
        group = seats[(case.geo.lat, case.geo.lon)]
        if len(group) > 1:
            angle = 2 * math.pi * group.index(i) / len(group) - math.pi / 2
            x, y = round(x + SPREAD * math.cos(angle), 1), round(y + SPREAD * math.sin(angle), 1)
        out.append(Marker(i + 1, case, x, y))
    return out


def svg(items: list[Marker], lang: str, href, country_names: dict[str, str], ident: str = "case-map") -> str:
    """The map as inline SVG; `href(case)` gives the link of a case from the page the map is on."""
    width, height = size()
    e = html.escape
    out = [f'<svg class="hb-map__svg" viewBox="0 0 {width} {height}" role="group" '
           f'aria-labelledby="{ident}-title {ident}-desc" xmlns="http://www.w3.org/2000/svg">',
           f'<title id="{ident}-title">{e(text("title", lang))}</title>',
           f'<desc id="{ident}-desc">{e(text("desc", lang))}</desc>']
    labels = {"FR": (2.3, 46.6), "IT": (13.9, 42.9)}  # where the country names sit, inland
    for path in outline_paths().values():
        out.append(f'<path class="hb-map__land" d="{path}"/>')
    for code, (lon, lat) in labels.items():
        x, y = project(lon, lat)
        out.append(f'<text class="hb-map__country" x="{x}" y="{y}" aria-hidden="true">{e(country_names[code])}</text>')
    for m in items:
        if m.x is None:
            continue
        name = f"{m.number}. {m.case.title[lang]}"  # titles begin with the place
        out.append(f'<a href="{e(href(m.case))}" class="hb-map__marker" data-case="{e(m.case.id)}" aria-label="{e(name)}">'
                   f'<title>{e(name)}</title>'
                   f'<circle cx="{m.x}" cy="{m.y}" r="11"/>'
                   f'<text x="{m.x}" y="{m.y}" dy="0.35em" aria-hidden="true">{m.number}</text></a>')
    out.append("</svg>")
    return "".join(out)


def figure(catalog: Catalog, cases: list[Case], lang: str, href, country_names: dict[str, str]) -> str:
    """Map and list side by side (stacked on a phone); raw HTML for a Markdown page."""
    e = html.escape
    items = markers(cases)
    rows = []
    for m in items:
        note = "" if m.x is not None else f' <em class="hb-map__unplaced">({e(text("unplaced", lang))})</em>'
        rows.append(f'<li value="{m.number}" data-case="{e(m.case.id)}"><a href="{e(href(m.case))}">{e(m.case.title[lang])}</a>{note}</li>')
    return (f'<figure class="hb-map" id="map">\n'
            f'<div class="hb-map__grid"><div class="hb-map__canvas">{svg(items, lang, href, country_names)}</div>\n'
            f'<div class="hb-map__list"><p class="hb-map__list-title" id="case-map-list">{e(text("list", lang))}</p>'
            f'<ol aria-labelledby="case-map-list">{"".join(rows)}</ol></div></div>\n'
            f'<figcaption>{e(text("caption", lang))}</figcaption>\n</figure>')


def unplaced(catalog: Catalog, documents: dict) -> list[Problem]:
    """A warning (not an error) per case without geo: it is listed but not on the map."""
    out = []
    for case in sorted(catalog.cases.values(), key=lambda c: c.file):
        if case.geo is None:
            doc = documents.get(case.file)
            line = doc.line(("place",)) if doc else 0
            out.append(Problem(case.file, line, "no coordinates: the case is listed beside the map but not placed "
                                                "on it; add geo: {lat, lon, source} from an official record", "geo"))
    return out
