"""What surrounds a case's story on its page: related cases and neighbours in the same country.

Pure functions of the catalog; the Renderer turns them into Markdown.
"""

from __future__ import annotations

import heapq
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


class Neighbourhood:
    """Related cases and same-country neighbours of every case of one catalog.

    A case page asks for both several times (its table of contents, its sections, in each language);
    scanning every other case each time grew with the square of the cases (25 CPU s of a
    1,000-case build). Here each case's answer is computed once, from indexes of who uses what.
    """

    def __init__(self, catalog: Catalog):
        self.catalog = catalog
        # Cases grouped by what they use (mechanisms, Polish provisions): every case of a group has the same
        # overlap with a given case, and there are far fewer groups than cases when many cases use the same
        # things, which is when comparing case by case grew with the square of the cases.
        groups: dict[tuple[frozenset, frozenset], list[str]] = {}
        for other in catalog.cases.values():
            groups.setdefault((frozenset(other.mechanisms), frozenset(other.transfer_provisions)), []).append(other.id)
        self._groups = [(mechanisms, provisions, sorted(ids)) for (mechanisms, provisions), ids in groups.items()]
        self._related: dict[tuple[str, int], list[Related]] = {}
        self._order: dict[tuple[str, str], tuple[list[Case], dict[str, int]]] = {}

    def related(self, case: Case, limit: int = RELATED_LIMIT) -> list[Related]:
        """Cases sharing a mechanism or a Polish transfer provision, most in common first; ties by id,
        so the list is the same at every build."""
        key = (case.id, limit)
        if key not in self._related:
            candidates = []
            for mechanisms, provisions, ids in self._groups:
                # each of this case's items counts once for every case that has it
                overlap = sum(m in mechanisms for m in case.mechanisms) + \
                    sum(p in provisions for p in case.transfer_provisions)
                if overlap:  # a group's first ids are its only candidates (ties go by id); skip the case itself
                    candidates += [(-overlap, other) for other in ids[:limit + 1] if other != case.id][:limit]
            top = heapq.nsmallest(limit, candidates)
            self._related[key] = [self._shared(case, self.catalog.cases[other]) for _, other in top]
        return self._related[key]

    @staticmethod
    def _shared(case: Case, other: Case) -> Related:
        return Related(other, tuple(m for m in case.mechanisms if m in other.mechanisms),
                       tuple(p for p in case.transfer_provisions if p in other.transfer_provisions))

    def neighbours(self, case: Case, lang: str) -> tuple[Case | None, Case | None]:
        """The previous and next case of the same country, in the order of the case index (place, then id)."""
        key = (case.country, lang)
        if key not in self._order:
            same = sorted((c for c in self.catalog.cases.values() if c.country == case.country),
                          key=lambda c: (c.place[lang], c.id))
            self._order[key] = same, {c.id: i for i, c in enumerate(same)}
        same, position = self._order[key]
        at = position[case.id]
        return (same[at - 1] if at > 0 else None), (same[at + 1] if at + 1 < len(same) else None)


def related_cases(catalog: Catalog, case: Case, limit: int = RELATED_LIMIT) -> list[Related]:
    """One case's related cases (a Renderer keeps one Neighbourhood for all its pages instead)."""
    return Neighbourhood(catalog).related(case, limit)


def country_neighbours(catalog: Catalog, case: Case, lang: str) -> tuple[Case | None, Case | None]:
    return Neighbourhood(catalog).neighbours(case, lang)


def headline_result(case: Case):
    """The most recent result (the first listed among those of the same year), or None."""
    if not case.results:
        return None
    latest = max(r.year for r in case.results)
    return next(r for r in case.results if r.year == latest)
