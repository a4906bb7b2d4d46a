"""The transposition matrix: one row per EU provision of the registry, one column per country, each cell the
national provisions that transpose it in each period (directly, or as an earlier or later version of one),
and the cases that rely on the row. Pure: rendered as law/matrix/ and published as data/matrix.json and .csv.

The strength of a link (full, partial, wider, not used) is published only where a source states it; the
registry records no such source yet, so every link says `strength: null` ("not stated")."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from . import equivalence
from .edition import first_day
from .model import Catalog

COUNTRIES = ("PL", "FR", "IT")


@dataclass(frozen=True)
class Link:
    provision: str
    direct: bool           # names the EU provision in its own `transposes`
    strength: str | None = None


@dataclass(frozen=True)
class Row:
    eu: str
    cells: dict            # country -> tuple[Link], earliest first
    cases: tuple[str, ...]  # case ids relying on the EU provision or on any national provision of the row


def eu_provisions(catalog: Catalog) -> list[str]:
    """Directive articles, recitals and annexes (not judgments), in registry order."""
    acts = sorted((a for a in catalog.acts.values() if a.jurisdiction == "EU" and a.kind == "act"), key=lambda a: a.id)
    return [p for a in acts for p in a.provisions]


def row(catalog: Catalog, eu_id: str, countries=COUNTRIES) -> Row:
    direct = {p.id for p in catalog.provisions.values() if eu_id in p.transposes}
    linked = set(direct)
    for p in direct:
        linked.update(equivalence.predecessors(catalog, p))
        linked.update(equivalence.successors(catalog, p))
    cells = {}
    for country in countries:
        ids = sorted((p for p in linked if catalog.act_of(p).jurisdiction == country),
                     key=lambda p: (first_day(catalog.period_of(p).start), p))
        cells[country] = tuple(Link(p, p in direct) for p in ids)
    relied = {eu_id} | linked
    cases = tuple(sorted(c.id for c in catalog.cases.values() if any(b.provision in relied for b in c.legal_basis)))
    return Row(eu_id, cells, cases)


def rows(catalog: Catalog, countries=COUNTRIES) -> list[Row]:
    return [row(catalog, eu, countries) for eu in eu_provisions(catalog)]


def years(catalog: Catalog, provision_id: str) -> str:
    """"2004–2020", "2021–" : the in-force years of a cell entry (to_unknown: "2014–?")."""
    period = catalog.period_of(provision_id)
    end = period.end[:4] if period.end else ("?" if period.end_unknown else "")
    return f"{period.start[:4]}–{end}"


def matrix_json(catalog: Catalog, urls) -> list[dict]:
    """urls(provision_id) -> {lang: url}."""
    out = []
    for r in rows(catalog):
        out.append({
            "eu": r.eu, "url": urls(r.eu),
            "countries": {country: [{
                "id": link.provision, "from": catalog.period_of(link.provision).start,
                "to": catalog.period_of(link.provision).end, "in_force": catalog.is_in_force(link.provision),
                "direct": link.direct, "strength": link.strength, "url": urls(link.provision),
            } for link in links] for country, links in r.cells.items()},
            "cases": list(r.cases),
        })
    return out


def matrix_csv(catalog: Catalog) -> str:
    """One line per link; an EU provision no country transposes in the registry has one line with empty cells."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["eu_provision", "country", "national_provision", "from", "to", "in_force", "direct", "strength",
                     "row_cases"])
    for r in rows(catalog):
        links = [(country, link) for country, cell in r.cells.items() for link in cell]
        if not links:
            writer.writerow([r.eu, "", "", "", "", "", "", "", len(r.cases)])
        for country, link in links:
            period = catalog.period_of(link.provision)
            writer.writerow([r.eu, country, link.provision, period.start, period.end or "",
                             str(catalog.is_in_force(link.provision)).lower(), str(link.direct).lower(),
                             link.strength or "", len(r.cases)])
    return buffer.getvalue()
