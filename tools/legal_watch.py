"""What changed in Polish law since the registry last checked it.

For each Polish act in legal/ with an ELI identifier (e.g. "DU/2019/2019"), asks the Sejm ELI API
(https://api.sejm.gov.pl/eli/acts/DU/2019/2019) for the act's references and prints every amending act
("Akty zmieniające") whose change takes effect after the act's verification.checked date, with the
provisions of the registry to re-check.

    .venv/bin/python tools/legal_watch.py [ROOT]          exit 0: nothing to re-check; 1: something to
                                                          re-check; 3: the API could not be reached

The parsing is tested on a recorded response (tests/recorded/eli-du-2019-2019.json); no test touches the
network.
"""

from __future__ import annotations

import json
import sys
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from handbook.project import load_project

API = "https://api.sejm.gov.pl/eli/acts/{eli}"
AMENDING = "Akty zmieniające"


@dataclass(frozen=True)
class Amendment:
    eli: str            # the amending act, e.g. "DU/2024/1907"
    effective: str      # the day its change takes effect, as the API gives it
    articles: str       # the amended articles where the API says so ("art. 94"), else ""


def amendments(act: dict, after: str) -> list[Amendment]:
    """Amending acts of an ELI act resource taking effect after `after` (YYYY-MM-DD), oldest first.

    The API gives references by kind; an amending act appears either as {"id", "date", "art"} or, from the
    /references endpoint, as {"act": {"ELI": ...}, "date"}. A change without a date is listed: it may be new."""
    found = []
    for item in (act.get("references") or act).get(AMENDING, []) or []:
        eli = item.get("id") or (item.get("act") or {}).get("ELI")
        date = (item.get("date") or "")[:10]
        if eli and (not date or date > after):
            found.append(Amendment(eli, date, item.get("art") or ""))
    return sorted(found, key=lambda a: (a.effective or "9999", a.eli))


def fetch(eli: str, timeout: float = 20) -> dict:
    request = urllib.request.Request(API.format(eli=eli), headers={"Accept": "application/json",
                                                                    "User-Agent": "handbook-legal-watch"})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return json.load(response)


def polish_acts(root: Path) -> tuple[list[tuple], object]:
    """[(act, ELI)] for every Polish act of the registry still in force with an ELI identifier, and the catalog."""
    catalog = load_project(root).catalog
    return [(act, dict(act.identifiers)["ELI"]) for act in sorted(catalog.acts.values(), key=lambda a: a.id)
            if act.jurisdiction == "PL" and "ELI" in dict(act.identifiers) and not act.superseded_by], catalog


def report(act, eli: str, changes: list[Amendment], catalog) -> list[str]:
    provisions = ", ".join(catalog.provisions[p].article for p in act.provisions)
    out = []
    for change in changes:
        when = f"takes effect {change.effective}" if change.effective else "no date given"
        where = f" ({change.articles})" if change.articles else ""
        out.append(f"{act.file}: {eli} amended by {change.eli}{where}, {when}, after the check of "
                   f"{act.verification.checked}: re-check {provisions}")
    return out


def main(argv: list[str]) -> int:
    root = Path(argv[0]) if argv else Path(".")
    acts, catalog = polish_acts(root)
    found, unreachable = 0, 0
    for act, eli in acts:
        try:
            data = fetch(eli)
        except (urllib.error.URLError, OSError, ValueError) as err:
            print(f"{act.file}: {eli}: the ELI API could not be reached ({err}); nothing checked", file=sys.stderr)
            unreachable += 1
            continue
        lines = report(act, eli, amendments(data, act.verification.checked), catalog)
        found += len(lines)
        print("\n".join(lines) if lines else f"{act.file}: {eli}: no amendment after {act.verification.checked}")
    if unreachable == len(acts) and acts:
        return 3
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
