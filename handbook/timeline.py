"""A provision over time: its versions in order, the EU provision behind it, and what the other countries
had in force while it was in force. Pure: the renderer turns it into a list on the provision page."""

from __future__ import annotations

from dataclasses import dataclass

from . import equivalence
from .edition import first_day, last_day, LEGAL_STATE
from .model import Catalog, Period


@dataclass(frozen=True)
class Timeline:
    versions: tuple[str, ...]              # the chain, earliest first; includes the provision itself
    eu_basis: tuple[str, ...]
    same_time: dict                        # jurisdiction -> provision ids in force at some point of its period


def overlaps(a: Period, b: Period, today: str = LEGAL_STATE) -> bool:
    """Two periods share at least a day; an open or unknown end counts as lasting to the legal state date."""
    a_end = last_day(a.end) if a.end else first_day(today)
    b_end = last_day(b.end) if b.end else first_day(today)
    return first_day(a.start) <= b_end and first_day(b.start) <= a_end


def versions(catalog: Catalog, provision_id: str) -> list[str]:
    chain = [*equivalence.predecessors(catalog, provision_id), provision_id,
             *equivalence.successors(catalog, provision_id)]
    return sorted(chain, key=lambda p: (first_day(catalog.period_of(p).start), p))


def timeline(catalog: Catalog, provision_id: str, jurisdictions=("PL", "FR", "IT")) -> Timeline:
    own = catalog.act_of(provision_id).jurisdiction
    chain = versions(catalog, provision_id)
    basis = tuple(b for b in equivalence.eu_basis(catalog, provision_id) if b != provision_id)
    period = catalog.period_of(provision_id)
    same_time: dict[str, list[str]] = {}
    if own != "EU":
        for other in sorted(catalog.provisions):
            jurisdiction = catalog.act_of(other).jurisdiction
            if jurisdiction in ("EU", own) or not set(equivalence.eu_basis(catalog, other)) & set(basis):
                continue
            if overlaps(period, catalog.period_of(other)):
                same_time.setdefault(jurisdiction, []).append(other)
    return Timeline(tuple(chain), basis, {j: tuple(same_time[j]) for j in jurisdictions if j in same_time})
