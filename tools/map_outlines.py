"""Derive the case map's country outlines (handbook/casemap_outlines.json) from Natural Earth.

Source: Natural Earth 1:50m Admin 0 countries (public domain), as TopoJSON in the npm package
world-atlas 2.0.2 (ISC), pinned in tools/map/package.json. Run once when the outlines should change:

    (cd tools/map && npm ci) && .venv/bin/python tools/map_outlines.py

The output is plain longitude/latitude rings (WGS 84 degrees, rounded to 0.01°, simplified with
Ramer-Douglas-Peucker at TOLERANCE degrees); handbook/casemap.py projects them with the markers,
so the outlines and the cases share one projection. Overseas territories are left out: the map
shows metropolitan France (with Corsica) and Italy.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "tools/map/node_modules/world-atlas/countries-50m.json"
OUTPUT = ROOT / "handbook/casemap_outlines.json"
COUNTRIES = {"FR": "250", "IT": "380"}  # ISO 3166 numeric codes, the ids in world-atlas
EUROPE = (-6.0, 35.0, 20.0, 52.0)       # lon/lat box: drops French Guiana, Réunion, etc.
TOLERANCE = 0.03                         # degrees, about 3 km: under a pixel at the map's scale
MIN_AREA = 0.01                          # square degrees: islets smaller than this are dropped


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """TopoJSON arcs are quantized and delta-encoded; this gives absolute lon/lat points."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring(indexes: list[int], arcs) -> list[tuple[float, float]]:
    """A ring from arc indexes; ~i means arc i reversed. Shared end points are kept once."""
    points: list[tuple[float, float]] = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        points.extend(arc if not points else arc[1:])
    return points


def polygons(geometry: dict) -> list[list[list[int]]]:
    return [geometry["arcs"]] if geometry["type"] == "Polygon" else geometry["arcs"]


def area(points) -> float:
    return abs(sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1], strict=True))) / 2


def simplify(points, tolerance: float):
    """Ramer-Douglas-Peucker on an open polyline (iterative, so long coasts do not recurse deeply)."""
    keep = {0, len(points) - 1}
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x0, y0), (x1, y1) = points[first], points[last]
        length = math.hypot(x1 - x0, y1 - y0)
        best, index = 0.0, None
        for i in range(first + 1, last):
            x, y = points[i]
            d = abs((x1 - x0) * (y0 - y) - (x0 - x) * (y1 - y0)) / length if length else math.hypot(x - x0, y - y0)
            if d > best:
                best, index = d, i
        if index is not None and best > tolerance:
            keep.add(index)
            stack += [(first, index), (index, last)]
    return [points[i] for i in sorted(keep)]


def inside(points, box) -> bool:
    west, south, east, north = box
    return all(west <= x <= east and south <= y <= north for x, y in points)


def outline(topology: dict, country_id: str, arcs) -> list[list[list[float]]]:
    geometry = next(g for g in topology["objects"]["countries"]["geometries"] if g.get("id") == country_id)
    rings = []
    for polygon in polygons(geometry):
        for indexes in polygon:  # outer ring, then holes (San Marino, the Vatican)
            points = ring(indexes, arcs)
            if not inside(points, EUROPE) or area(points) < MIN_AREA:
                continue
            # Split the closed ring in two halves so RDP keeps its shape, then rejoin.
            half = len(points) // 2
            simple = simplify(points[:half + 1], TOLERANCE)[:-1] + simplify(points[half:], TOLERANCE)
            rings.append([[round(x, 2), round(y, 2)] for x, y in simple])
    return rings


def main() -> None:
    topology = json.loads(SOURCE.read_text("utf-8"))
    arcs = decode_arcs(topology)
    package = json.loads((SOURCE.parent / "package.json").read_text("utf-8"))
    data = {
        "source": "Natural Earth 1:50m Admin 0 countries v4.1.0 (public domain), "
                  f"via the npm package world-atlas {package['version']} (ISC licence); "
                  "derived by tools/map_outlines.py",
        "source_url": "https://www.naturalearthdata.com/downloads/50m-cultural-vectors/",
        "licence": "Public domain (Natural Earth terms of use: https://www.naturalearthdata.com/about/terms-of-use/)",
        "tolerance_degrees": TOLERANCE,
        "countries": {code: outline(topology, cid, arcs) for code, cid in COUNTRIES.items()},
    }
    OUTPUT.write_text(json.dumps(data, separators=(",", ":")) + "\n", "utf-8")
    points = sum(len(r) for rings in data["countries"].values() for r in rings)
    print(f"{OUTPUT.relative_to(ROOT)}: {points} points, {OUTPUT.stat().st_size} bytes")


if __name__ == "__main__":
    main()
