"""schema.org Legislation for a provision page, as JSON-LD, so that machines read what the page says:
identifiers (ELI, CELEX, URN...), date, whether it is in force on the legal state date, the EU provisions
it transposes and the provisions it replaced (isBasedOn)."""

from __future__ import annotations

import json

from . import equivalence
from .model import Catalog

# Identifiers that name the act in a registry of legislation, best first.
_PREFERRED = ("ELI", "CELEX", "URN", "JORFTEXT", "LEGITEXT", "ISAP")
FORCE = {True: "https://schema.org/InForce", False: "https://schema.org/NotInForce"}


def _main_identifier(identifiers: dict) -> str | None:
    return next((identifiers[k] for k in _PREFERRED if k in identifiers), None)


def _own_id(catalog: Catalog, provision_id: str) -> dict:
    """{"@id": the article's official address} where the registry has one; an act's address would merge every
    article of the act into one node, so an article without its own link has no @id (isPartOf names the act)."""
    url = catalog.provisions[provision_id].url
    return {"@id": url} if url else {}


def _reference(catalog: Catalog, provision_id: str) -> dict:
    provision, act = catalog.provisions[provision_id], catalog.act_of(provision_id)
    ref = {"@type": "Legislation", **_own_id(catalog, provision_id), "name": f"{act.title_original}, {provision.article}",
           "legislationLegalForce": FORCE[catalog.is_in_force(provision_id)]}
    main = _main_identifier(dict(act.identifiers))
    return {**ref, "legislationIdentifier": main} if main else ref


def legislation(catalog: Catalog, provision_id: str, lang: str) -> dict:
    provision, act = catalog.provisions[provision_id], catalog.act_of(provision_id)
    identifiers = dict(act.identifiers)
    data = {
        "@context": "https://schema.org",
        "@type": "Legislation",
        **_own_id(catalog, provision_id),
        "name": f"{act.title_original}, {provision.article}",
        "alternateName": provision.title[lang],
        "inLanguage": lang,
        "legislationJurisdiction": act.jurisdiction,
        "legislationLegalForce": FORCE[catalog.is_in_force(provision_id)],
        "identifier": [{"@type": "PropertyValue", "propertyID": k, "value": v} for k, v in act.identifiers],
        "isPartOf": {"@type": "Legislation", "name": act.title_original, "url": act.official_url},
    }
    main = _main_identifier(identifiers)
    if main:
        data["legislationIdentifier"] = main
    if act.date:
        data["legislationDate"] = act.date
    period = catalog.period_of(provision_id)
    data["temporalCoverage"] = f"{period.start}/{period.end or '..'}"
    transposes = [p for p in provision.transposes if p in catalog.provisions]
    if transposes:
        data["legislationTransposes"] = [_reference(catalog, p) for p in transposes]
    replaced = equivalence.predecessors(catalog, provision_id)
    if replaced:  # a successor is based on the provisions it replaced
        data["isBasedOn"] = [_reference(catalog, p) for p in replaced]
    return data


def script(data: dict) -> str:
    """The <script> element; '</' is escaped so no text closes it early."""
    text = json.dumps(data, ensure_ascii=False, indent=1).replace("</", "<\\/")
    return f'<script type="application/ld+json">\n{text}\n</script>'
