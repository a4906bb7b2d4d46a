"""Each language's lunr index, built once at build time instead of in every reader's browser.

The lunr package (lunr.js's Python port) builds the index from the same docs,
fields, boosts and analysis the worker used to apply in the browser, and
serialises it in lunr.js's format; the worker loads it with `lunr.Index.load`.

What a reader downloads is `published()`: the documents cut to what a result
shows (location, title, text), the index in a compact but lossless form of
lunr's serialisation (`compact`; `expand` gives lunr's form back in Python, and
assets/search.js makes lunr's index from it directly), and the index's words, for
typo tolerance. Documents are referred to by their position (lunr refs "0", "1",
...): a location as ref repeats in every posting and made the serialised index
twice as big. A posting keeps a term's frequency in the field, not lunr's score:
with b = 0 the score follows from the frequency, the term's document count and
the field's boost (`score`), and a frequency takes a digit where a score took four.
"""

from __future__ import annotations

import math
import re
from collections import Counter
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


K1 = 1.2  # lunr's default term-frequency saturation, which build() keeps


def builder(data: dict, lang: str) -> Builder:
    """The lunr builder of one language's docs (Material's fields and boosts, the handbook's analysis),
    built: `.build()` gives the index again, and its term frequencies make the compact postings."""
    terms = analyzer(lang)
    out = Builder()
    out.ref("ref")
    out.b(0)  # as Material: a long page is not penalised (and a score needs no field length)
    out.k1(K1)
    out.search_pipeline.add(register(lang))  # serialised as the index's pipeline, for lunr.Index.load
    for name, field in data["config"]["fields"].items():
        # A list is taken as ready-made tokens by the lunr package: analyse here, as the pipeline would.
        out.field(name, boost=field["boost"],
                  extractor=lambda doc, name=name: terms.terms(fields_text(doc, name)))
    for number, doc in enumerate(data["docs"]):
        out.add({**doc, "ref": str(number)})
    return out


def build(data: dict, lang: str):
    """The lunr index of one language's docs."""
    return builder(data, lang).build()


def words(data: dict, lang: str) -> dict[str, list[str]]:
    """Index term -> the words of the docs that give it, lower-cased and folded as a typed query word is
    before it is corrected (letters only: identifiers are not corrected)."""
    terms = analyzer(lang)
    out: dict[str, set[str]] = {}
    seen: dict[str, tuple[str | None, str | None]] = {}  # piece -> its term and folded word: pieces repeat a lot
    for doc in data["docs"]:
        for name in data["config"]["fields"]:
            for piece in split(fields_text(doc, name)):
                if piece not in seen:
                    word = trim(piece)
                    seen[piece] = terms.term(piece), fold(word) if word.isalpha() else None
                term, folded = seen[piece]
                if term and folded is not None:
                    out.setdefault(term, set()).add(folded)
    return {term: sorted(ws) for term, ws in sorted(out.items())}


def idf(documents_with_term: int, documents: int) -> float:
    """lunr's inverse document frequency of a term (lunr.idf)."""
    x = (documents - documents_with_term + 0.5) / (documents_with_term + 0.5)
    return math.log(1 + abs(x))


def score(tf: int, term_idf: float, boost: float, k1: float = K1) -> float:
    """lunr's score of a term in a field (its builder's formula with b = 0, three decimals); the worker
    (assets/search.js) computes the same."""
    return round(term_idf * ((k1 + 1) * tf) / (k1 + tf) * boost, 3)


def compact(built: Builder) -> dict:
    """lunr's serialised index, smaller and lossless: terms in order, and per term and field the
    documents (gaps between their numbers) each with the term's frequency there, and the fields'
    boosts, from which the scores follow (`score`). The field vectors follow from the postings.

    This is the reference, made from lunr's own builder; `postings` makes the same without lunr's
    index, and a test keeps the two equal."""
    assert built._b == 0 and built._k1 == K1, "scores follow from frequencies only with b = 0"
    serialised = built.build().serialize()
    fields = serialised["fields"]
    frequencies = built.field_term_frequencies
    terms, postings = [], []
    for term, posting in serialised["invertedIndex"]:
        terms.append(term)
        per_field = []
        for field in fields:
            cell, last = [], 0
            for ref in sorted(posting[field], key=int):
                cell += [int(ref) - last, frequencies[f"{field}/{ref}"][term]]
                last = int(ref)
            per_field.append(cell)
        postings.append(per_field)
    return {"version": serialised["version"], "pipeline": serialised["pipeline"], "fields": fields,
            "k1": K1, "boosts": [built._fields[field].boost for field in fields],
            "documents": built.document_count, "terms": terms, "postings": postings}


def postings(data: dict, lang: str) -> dict:
    """The compact index (`compact`) counted directly from the analysed fields. lunr's builder also
    computes the field vectors, a token set and a deep copy of every token's metadata, none of which
    the compact form keeps: at 1,000 cases that was most of the search phase of the build."""
    from lunr import __TARGET_JS_VERSION__

    register(lang)
    terms, fields = analyzer(lang), data["config"]["fields"]
    found: dict[str, list[list[int]]] = {}  # term -> per field: [gap, frequency, gap, frequency, ...]
    last: dict[tuple[str, int], int] = {}  # (term, field) -> the number of the last document that had it
    for number, doc in enumerate(data["docs"]):
        for f, name in enumerate(fields):
            for term, frequency in Counter(terms.terms(fields_text(doc, name))).items():  # terms come lower-cased
                found.setdefault(term, [[] for _ in fields])[f] += [number - last.get((term, f), 0), frequency]
                last[term, f] = number
    ordered = sorted(found)
    return {"version": __TARGET_JS_VERSION__, "pipeline": [_label(lang)], "fields": list(fields),
            "k1": K1, "boosts": [field["boost"] for field in fields.values()], "documents": len(data["docs"]),
            "terms": ordered, "postings": [found[term] for term in ordered]}


def expand(packed: dict) -> dict:
    """lunr's serialised form of a compact index (terms numbered in order), for lunr.Index.load."""
    fields, documents = packed["fields"], packed["documents"]
    vectors = {(field, str(ref)): [] for ref in range(documents) for field in fields}
    inverted = []
    for number, (term, per_field) in enumerate(zip(packed["terms"], packed["postings"])):
        posting = {"_index": number}
        term_idf = idf(sum(len(cell) // 2 for cell in per_field), documents)
        for field, boost, cell in zip(fields, packed["boosts"], per_field):
            docs, ref = {}, 0
            for i in range(0, len(cell), 2):
                ref += cell[i]
                docs[str(ref)] = {}
                vectors[field, str(ref)] += [number, score(cell[i + 1], term_idf, boost, packed["k1"])]
            posting[field] = docs
        inverted.append([term, posting])
    return {"version": packed["version"], "fields": fields, "pipeline": packed["pipeline"],
            "fieldVectors": [[f"{field}/{ref}", vector] for (field, ref), vector in vectors.items()],
            "invertedIndex": inverted}


def published(data: dict, lang: str) -> dict:
    """What the worker downloads for one language: docs as shown, the compact index, the words."""
    return {"docs": [{k: doc[k] for k in SHOWN if k in doc} for doc in data["docs"]],
            "index": postings(data, lang),
            "words": words(data, lang)}
