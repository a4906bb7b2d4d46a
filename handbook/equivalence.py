"""Chains between provisions: which EU article a national one transposes, what
replaced an old provision, and what is close to it in other jurisdictions."""

from __future__ import annotations

from dataclasses import dataclass

from .model import Catalog


@dataclass(frozen=True)
class Equivalents:
    predecessors: tuple[str, ...]   # oldest first
    successors: tuple[str, ...]     # next first; the last one is the one in force
    eu_basis: tuple[str, ...]       # EU provisions behind this one
    national: dict                  # jurisdiction -> provision ids transposing the same EU provisions
    related: tuple[str, ...]


def successors(catalog: Catalog, provision_id: str) -> list[str]:
    chain, seen = [], {provision_id}
    current = catalog.provisions[provision_id].superseded_by
    while current and current not in seen and current in catalog.provisions:
        chain.append(current)
        seen.add(current)
        current = catalog.provisions[current].superseded_by
    return chain


def predecessors(catalog: Catalog, provision_id: str) -> list[str]:
    chain, seen, frontier = [], {provision_id}, [provision_id]
    while frontier:
        earlier = sorted(p.id for p in catalog.provisions.values()
                         if p.superseded_by in frontier and p.id not in seen)
        seen.update(earlier)
        chain = earlier + chain
        frontier = earlier
    return chain


def eu_basis(catalog: Catalog, provision_id: str) -> list[str]:
    """EU provisions behind a provision; an old or new version inherits them."""
    if catalog.act_of(provision_id).jurisdiction == "EU":
        return [provision_id]
    for candidate in [provision_id, *successors(catalog, provision_id), *reversed(predecessors(catalog, provision_id))]:
        found = [p for p in catalog.provisions[candidate].transposes if p in catalog.provisions]
        if found:
            return found
    return []


def related(catalog: Catalog, provision_id: str) -> list[str]:
    """Related links are declared once and shown both ways."""
    own = set(catalog.provisions[provision_id].related)
    back = {p.id for p in catalog.provisions.values() if provision_id in p.related}
    return sorted((own | back) & set(catalog.provisions) - {provision_id})


def equivalents(catalog: Catalog, provision_id: str, jurisdictions: list[str] = ("PL", "FR", "IT")) -> Equivalents:
    basis = eu_basis(catalog, provision_id)
    earlier, later = predecessors(catalog, provision_id), successors(catalog, provision_id)
    own_chain = {provision_id, *earlier, *later}
    national: dict[str, list[str]] = {}
    for provision in catalog.provisions.values():
        if provision.id in own_chain or not set(provision.transposes) & set(basis):
            continue
        national.setdefault(catalog.act_of(provision.id).jurisdiction, []).append(provision.id)
    # An old provision is shown beside the one that replaced it, not on a line of its own.
    shown_as_earlier = {old for ids in national.values() for new in ids for old in predecessors(catalog, new)}
    national = {j: [p for p in ids if p not in shown_as_earlier] for j, ids in national.items()}
    return Equivalents(
        predecessors=tuple(earlier),
        successors=tuple(later),
        eu_basis=tuple(b for b in basis if b != provision_id),
        national={j: tuple(sorted(national[j])) for j in jurisdictions if j in national},
        related=tuple(related(catalog, provision_id)),
    )


@dataclass(frozen=True)
class Change:
    """What became of a provision no longer in force: the day it was replaced, and the provision that states
    the rule on the legal state date (None when the registry records no successor)."""
    provision: str
    replaced_on: str | None
    current: str | None
    current_since: str | None


def then_and_now(catalog: Catalog, provision_id: str) -> Change | None:
    """None for a provision in force; else the change a reader of an older case must know about."""
    if catalog.is_in_force(provision_id):
        return None
    chain = [provision_id, *successors(catalog, provision_id)]
    current = chain[-1] if len(chain) > 1 else None
    if current is None or not catalog.is_in_force(current):
        return Change(provision_id, catalog.replaced_on(provision_id), None, None)
    last_step = chain[-2]
    return Change(provision_id, catalog.replaced_on(provision_id), current, catalog.replaced_on(last_step))
