"""Drift: records whose check is too old for the legal state the handbook claims.

A provision checked more than a year before the legal state date, or a case checked more than two years
before it, may describe law or facts that have moved on. `make check` warns (it does not fail: the text may
still be right), `make status` lists them, and tools/legal_watch.py asks the Sejm ELI API what changed.
"""

from __future__ import annotations

from .edition import LEGAL_STATE, first_day, last_day
from .model import Catalog
from .problems import Problem

def _older(checked: str, legal_state: str, years: int) -> bool:
    """Checked before the same day `years` earlier than the legal state (a partial date counts in its favour)."""
    state = first_day(legal_state)
    try:
        limit = state.replace(year=state.year - years)
    except ValueError:  # 29 February
        limit = state.replace(year=state.year - years, day=28)
    return last_day(checked) < limit


def stale(catalog: Catalog, documents: dict, legal_state: str = LEGAL_STATE) -> list[Problem]:
    """One warning per provision (its act's check) and per case whose check is older than allowed."""
    out = []
    for act in sorted(catalog.acts.values(), key=lambda a: a.file):
        checked = act.verification.checked
        if not _older(checked, legal_state, 1):
            continue
        doc = documents.get(act.file)
        for index, provision_id in enumerate(act.provisions):
            line = doc.line(("provisions", index, "id")) if doc else 0
            out.append(Problem(act.file, line, f"'{provision_id}' was checked on {checked}, more than a year before "
                                               f"the legal state ({legal_state}): re-check it against the official "
                                               f"text and update verification.checked", "verification.checked",
                               warning=True))
    for case in sorted(catalog.cases.values(), key=lambda c: c.file):
        checked = case.verification.checked
        if _older(checked, legal_state, 2):
            doc = documents.get(case.file)
            line = doc.line(("verification", "checked")) if doc else 0
            out.append(Problem(case.file, line, f"checked on {checked}, more than two years before the legal state "
                                                f"({legal_state}): re-check the facts and sources",
                               "verification.checked", warning=True))
    return out
