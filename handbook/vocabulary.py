"""Controlled vocabularies: each term defined once, labelled in both languages."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .source import load
from .problems import ContentError


@dataclass(frozen=True)
class Vocabularies:
    terms: dict  # vocabulary name -> {term: {language: label}}

    def label(self, vocabulary: str, term: str, lang: str) -> str:
        return self.terms[vocabulary][term][lang]

    def keys(self, vocabulary: str) -> list[str]:
        return list(self.terms[vocabulary])


def load_vocabularies(path: Path, rel: str, validator=None) -> Vocabularies:
    """The vocabularies, checked against schema/vocabularies.schema.json: a term without a label fails here."""
    from .schema import SchemaValidator, build_schemas  # the schema module needs this one's types

    doc, problems = load(path, rel)
    if doc is not None and not problems:
        problems = (validator or SchemaValidator(build_schemas(path.parent))).validate("vocabularies", doc)
    if problems:
        raise ContentError(problems)
    terms = dict(doc.data)
    # Countries of cases are the jurisdictions that are states.
    terms["countries"] = {k: v for k, v in terms["jurisdictions"].items() if k != "EU"}
    return Vocabularies(terms)
