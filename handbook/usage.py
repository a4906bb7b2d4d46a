"""Which cases rely on a provision: directly, through an earlier or later version of it,
or (for an EU provision) through a national provision that transposes it."""

from __future__ import annotations

from dataclasses import dataclass

from . import equivalence
from .model import Case, Catalog

DIRECT, TRANSPOSITION, EARLIER, LATER = "direct", "transposition", "earlier", "later"


@dataclass(frozen=True)
class Use:
    case: Case
    via: tuple[tuple[str, str], ...] = ()  # (provision the case cites, relation); empty when cited directly

    @property
    def direct(self) -> bool:
        return not self.via


def _relations(catalog: Catalog, provision_id: str) -> dict[str, str]:
    """Provision id -> how citing it counts as relying on `provision_id`."""
    found = {p: EARLIER for p in equivalence.predecessors(catalog, provision_id)}
    found.update({p: LATER for p in equivalence.successors(catalog, provision_id)})
    if catalog.act_of(provision_id).jurisdiction == "EU":
        for other in catalog.provisions.values():
            if other.id not in found and other.id != provision_id and \
                    catalog.act_of(other.id).jurisdiction != "EU" and \
                    provision_id in equivalence.eu_basis(catalog, other.id):
                found[other.id] = TRANSPOSITION
    return found


def cases_relying(catalog: Catalog, provision_id: str) -> list[Use]:
    """Every case relying on the provision, each once: those citing it first, then the others, each
    with the provisions it cites instead; within each group in the order of the catalog's cases."""
    relations = _relations(catalog, provision_id)
    direct, indirect = [], []
    for case in catalog.cases.values():
        cited = [b.provision for b in case.legal_basis]
        if provision_id in cited:
            direct.append(Use(case))
        else:
            via = tuple((p, relations[p]) for p in cited if p in relations)
            if via:
                indirect.append(Use(case, via))
    return direct + indirect
