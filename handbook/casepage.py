"""What surrounds a case's story on its page: related cases and neighbours in the same country.

Pure functions of the catalog; the Renderer turns them into Markdown.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import Case, Catalog

RELATED_LIMIT = 4


@dataclass(frozen=True)
class Related:
    case: Case
    mechanisms: tuple[str, ...]   # mechanisms both cases use, in this case's order
    provisions: tuple[str, ...]   # Polish provisions both cases point to (the same Polish route)

    @property
    def overlap(self) -> int:
        return len(self.mechanisms) + len(self.provisions)


def related_cases(catalog: Catalog, case: Case, limit: int = RELATED_LIMIT) -> list[Related]:
    """Cases sharing a mechanism or a Polish transfer provision, most in common first; ties by id,
    so the list is the same at every build."""
    found = []
    for other in catalog.cases.values():
        if other.id == case.id:
            continue
        shared = Related(other, tuple(m for m in case.mechanisms if m in other.mechanisms),
                         tuple(p for p in case.transfer_provisions if p in other.transfer_provisions))
        if shared.overlap:
            found.append(shared)
    return sorted(found, key=lambda r: (-r.overlap, r.case.id))[:limit]


def country_neighbours(catalog: Catalog, case: Case, lang: str) -> tuple[Case | None, Case | None]:
    """The previous and next case of the same country, in the order of the case index (place, then id)."""
    same = sorted((c for c in catalog.cases.values() if c.country == case.country), key=lambda c: (c.place[lang], c.id))
    at = next(i for i, c in enumerate(same) if c.id == case.id)
    return (same[at - 1] if at > 0 else None), (same[at + 1] if at + 1 < len(same) else None)


def headline_result(case: Case):
    """The most recent result (the first listed among those of the same year), or None."""
    if not case.results:
        return None
    latest = max(r.year for r in case.results)
    return next(r for r in case.results if r.year == latest)
