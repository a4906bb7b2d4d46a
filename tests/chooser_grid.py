"""The chooser's published table and a grid of answers around every threshold in it.

Shared by the unit tests of the rules and the browser test that compares Python with chooser.js."""

from __future__ import annotations

import itertools

from support import REPO
from handbook.content import Build


def published_table(root=REPO) -> dict:
    """data/routes.json as a build of `root` publishes it (no files written)."""
    build = Build(root, root / "docs")
    build.load()
    return build.routes_table()


def boundary_values(table: dict, unit: str) -> list[int]:
    """0 and, for every amount of every threshold in `unit`, one below, the amount itself and one above."""
    amounts = {p["amount"] for t in table["thresholds"] if t["unit"] == unit for p in t["periods"]}
    return sorted({0} | {a + d for a in amounts for d in (-1, 0, 1) if a + d >= 0})


def grid(table: dict) -> list[dict]:
    """Every combination of options and boundary values: query parameters as strings, as the page reads them."""
    axes = []
    for q in table["questions"]:
        values = [o["id"] for o in q["options"]] if q["kind"] == "choice" else boundary_values(table, q["unit"])
        axes.append([(q["id"], str(v)) for v in values])
    return [dict(combo) for combo in itertools.product(*axes)]
