"""Each language's lunr index, built once at build time instead of in every reader's browser.

The index is counted from the same docs, fields, boosts and analysis the worker
used to apply in the browser, in a compact but lossless form of lunr.js's
serialisation (`postings`; `expand` gives lunr's form back, for `lunr.Index.load`
in Python, and assets/search.js makes lunr's index from it directly). A test keeps
it equal to what lunr's own builder (the lunr package, lunr.js's Python port)
makes of the same docs.

What a reader downloads is `published()`: the documents cut to what a result
shows (location, title, text), the compact index, and the index's words, for
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


K1 = 1.2  # lunr's default term-frequency saturation, which the index keeps


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


def postings(data: dict, lang: str) -> dict:
    """The compact index, counted directly from the analysed fields. lunr's builder also
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
