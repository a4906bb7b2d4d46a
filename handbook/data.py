"""Open data: cases.json and legal.json, a stable interface documented in the README."""

from __future__ import annotations

import json
from dataclasses import asdict

from . import equivalence, usage
from .edition import LEGAL_STATE, build_time
from .generator import page_url
from .model import Catalog
from .render import case_page, provision_page
from . import languages



def _text(text) -> dict | None:
    return {lang: text[lang] for lang in languages.codes()} if text else None


def _urls(page: str, directory_urls: bool) -> dict:
    return {lang: page_url(page, lang, directory_urls) for lang in languages.codes()}


def cases_json(catalog: Catalog, directory_urls: bool = True) -> list[dict]:
    return [
        {
            "id": c.id, "country": c.country, "place": _text(c.place),
            "authority": {"name": c.authority_name, "level": c.authority_level, "url": c.authority_url},
            "period": {"from": c.period.start, "to": c.period.end},
            "geo": asdict(c.geo) if c.geo else None,
            "title": _text(c.title), "summary": _text(c.summary),
            "url": _urls(case_page(c.id), directory_urls),
            "service_areas": list(c.service_areas), "mechanisms": list(c.mechanisms),
            "partners": [asdict(p) for p in c.partners],
            "study_visit": {"date": c.study_visit[0], "note": _text(c.study_visit[1])} if c.study_visit else None,
            "legal_basis": [b.provision for b in c.legal_basis],
            "transfer_provisions": list(c.transfer_provisions),
            "results": [{"text": _text(r.text), "year": r.year, "source": r.source} for r in c.results],
            "sources": [asdict(s) for s in c.sources],
            "verification": {"status": c.verification.status, "checked": c.verification.checked},
            "source_file": c.file,
        }
        for c in sorted(catalog.cases.values(), key=lambda c: c.id)
    ]


def legal_json(catalog: Catalog, directory_urls: bool = True) -> list[dict]:
    out = []
    for p in sorted(catalog.provisions.values(), key=lambda p: p.id):
        act = catalog.acts[p.act]
        eq = equivalence.equivalents(catalog, p.id)
        out.append({
            "id": p.id, "jurisdiction": act.jurisdiction, "act": act.id, "article": p.article,
            "act_title": {"original": act.title_original, **_text(act.title)},
            "act_kind": act.kind, "act_short": _text(act.short), "act_date": act.date,
            "act_sources": [asdict(s) for s in act.sources],
            "act_verification": {"status": act.verification.status, "checked": act.verification.checked},
            "title": _text(p.title), "url": _urls(provision_page(p.id), directory_urls),
            "official_url": p.url or act.official_url,
            "identifiers": dict(act.identifiers),
            "in_force": catalog.is_in_force(p.id),
            "transposes": list(equivalence.eu_basis(catalog, p.id)) if act.jurisdiction != "EU" else [],
            "superseded_by": p.superseded_by,
            "current": eq.successors[-1] if eq.successors else None,
            "period": {"from": catalog.period_of(p.id).start, "to": catalog.period_of(p.id).end},
            "replaced_on": catalog.replaced_on(p.id),
            "related": list(eq.related),
            "cases": [c.id for c in catalog.cases_relying_on(p.id)],
            "cases_via": [{"case": u.case.id, "via": [ref for ref, _ in u.via]}
                          for u in usage.cases_relying(catalog, p.id) if not u.direct],
            "transfer_cases": [c.id for c in catalog.cases_transferring_to(p.id)],
            "source_file": act.file,
        })
    return out


def edition_json() -> dict:
    """The legal state the handbook reflects (handbook/edition.py) and when this copy was built (UTC)."""
    return {"legal_state": LEGAL_STATE, "built": build_time()}


def dump(data) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=False) + "\n"
