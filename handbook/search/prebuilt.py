"""Each language's lunr index, built once at build time instead of in every reader's browser.

The lunr package (lunr.js's Python port) builds the index from the same docs,
fields, boosts and analysis the worker used to apply in the browser, and
serialises it in lunr.js's format; the worker loads it with `lunr.Index.load`.

What a reader downloads is `published()`: the documents cut to what a result
shows (location, title, text), the index in a compact but lossless form of
lunr's serialisation (`compact`; `expand` gives lunr's form back, in Python and
in assets/search.js alike), and the index's words, for typo tolerance. Documents
are referred to by their position (lunr refs "0", "1", ...): a location as ref
repeats in every posting and made the serialised index twice as big.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lunr.builder import Builder
from lunr.pipeline import Pipeline

from .analysis import analyzer, fold, split, trim

TAG = re.compile(r"<[^>]+>")
SHOWN = ("location", "title", "text")  # what Material's result list displays
PIPELINE = "handbook-analysis"  # + "-<lang>": the label of the analysis as a lunr pipeline function


def _label(lang: str) -> str:
    return f"{PIPELINE}-{lang}"


@lru_cache(maxsize=None)
def register(lang: str):
    """The analysis as a lunr pipeline function, registered under the label the worker registers its
    own under (assets/analysis.js), so that the serialised pipeline loads on both sides."""
    terms = analyzer(lang)

    def handbook_analysis(token, i, tokens):
        term = terms.term(str(token))
        return token.update(lambda *_: term) if term else None

    Pipeline.register_function(handbook_analysis, _label(lang))
    return handbook_analysis


def fields_text(doc: dict, name: str) -> str:
    return TAG.sub(" ", doc.get(name) or "")


def build(data: dict, lang: str):
    """The lunr index of one language's docs (Material's fields and boosts, the handbook's analysis)."""
    terms = analyzer(lang)
    builder = Builder()
    builder.ref("ref")
    builder.b(0)  # as Material: a long page is not penalised
    builder.search_pipeline.add(register(lang))  # serialised as the index's pipeline, for lunr.Index.load
    for name, field in data["config"]["fields"].items():
        # A list is taken as ready-made tokens by the lunr package: analyse here, as the pipeline would.
        builder.field(name, boost=field["boost"],
                      extractor=lambda doc, name=name: terms.terms(fields_text(doc, name)))
    for number, doc in enumerate(data["docs"]):
        builder.add({**doc, "ref": str(number)})
    return builder.build()


def words(data: dict, lang: str) -> dict[str, list[str]]:
    """Index term -> the words of the docs that give it, lower-cased and folded as a typed query word is
    before it is corrected (letters only: identifiers are not corrected)."""
    terms = analyzer(lang)
    out: dict[str, set[str]] = {}
    for doc in data["docs"]:
        for name in data["config"]["fields"]:
            for piece in split(fields_text(doc, name)):
                word, term = trim(piece), terms.term(piece)
                if term and word.isalpha():
                    out.setdefault(term, set()).add(fold(word))
    return {term: sorted(ws) for term, ws in sorted(out.items())}


def compact(serialised: dict) -> dict:
    """lunr's serialised index, smaller and lossless: terms in order, and per term and field the
    documents (gaps between their numbers) each with its score in thousandths (lunr keeps three
    decimals). The field vectors follow from the postings and are left out."""
    fields = serialised["fields"]
    scores = {}
    for field_ref, vector in serialised["fieldVectors"]:
        field, ref = field_ref.split("/", 1)
        scores[field, ref] = dict(zip(vector[::2], vector[1::2]))
    terms, postings = [], []
    for term, posting in serialised["invertedIndex"]:
        terms.append(term)
        per_field = []
        for field in fields:
            cell, last = [], 0
            for ref in sorted(posting[field], key=int):
                cell += [int(ref) - last, round(scores[field, ref][posting["_index"]] * 1000)]
                last = int(ref)
            per_field.append(cell)
        postings.append(per_field)
    return {"version": serialised["version"], "pipeline": serialised["pipeline"], "fields": fields,
            "documents": len({ref for _, ref in scores}), "terms": terms, "postings": postings}


def expand(packed: dict) -> dict:
    """lunr's serialised form of a compact index (terms numbered in order), for lunr.Index.load."""
    fields = packed["fields"]
    vectors = {(field, str(ref)): [] for ref in range(packed["documents"]) for field in fields}
    inverted = []
    for number, (term, per_field) in enumerate(zip(packed["terms"], packed["postings"])):
        posting = {"_index": number}
        for field, cell in zip(fields, per_field):
            docs, ref = {}, 0
            for i in range(0, len(cell), 2):
                ref += cell[i]
                docs[str(ref)] = {}
                vectors[field, str(ref)] += [number, cell[i + 1] / 1000]
            posting[field] = docs
        inverted.append([term, posting])
    return {"version": packed["version"], "fields": fields, "pipeline": packed["pipeline"],
            "fieldVectors": [[f"{field}/{ref}", vector] for (field, ref), vector in vectors.items()],
            "invertedIndex": inverted}


def _empty(data: dict, lang: str) -> dict:
    """The compact index of no documents, which lunr's builder cannot make (mkdocs-static-i18n's
    first language build writes its pages alone: the other language has none yet)."""
    from lunr import __TARGET_JS_VERSION__

    register(lang)
    return {"version": __TARGET_JS_VERSION__, "pipeline": [_label(lang)], "fields": list(data["config"]["fields"]),
            "documents": 0, "terms": [], "postings": []}


def published(data: dict, lang: str) -> dict:
    """What the worker downloads for one language: docs as shown, the compact index, the words."""
    return {"docs": [{k: doc[k] for k in SHOWN if k in doc} for doc in data["docs"]],
            "index": compact(build(data, lang).serialize()) if data["docs"] else _empty(data, lang),
            "words": words(data, lang)}
