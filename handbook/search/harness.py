"""Run queries against a built index in Python, the way Material's worker ranks them.

A fast stand-in for the browser while the analysis is tuned: it builds a lunr
index (the lunr package is lunr.js's port) from the same docs, fields, boosts
and analysis, and reorders results as Material does (page first, share of query
terms found, grouped by page). Material's query syntax (quotes, +/-, fields) is
not reproduced; the browser test is the final word.
"""

from __future__ import annotations

import re

from lunr.builder import Builder
from lunr.query import Query

from .analysis import RULES, analyzer, split

TAG = re.compile(r"<[^>]+>")


class Harness:
    def __init__(self, index: dict, lang: str):
        self.analyzer = analyzer(lang)
        self.docs = index["docs"]
        builder = Builder()
        builder.ref("location")
        builder.b(0)
        for name, field in index["config"]["fields"].items():
            builder.field(name, boost=field["boost"], extractor=self._extractor(name))
        for doc in self.docs:
            builder.add(doc)
        self.index = builder.build()

    def _extractor(self, name):
        # A list is taken as ready-made tokens by the lunr package: analyse here, as the worker's pipeline does.
        return lambda doc: self.analyzer.terms(TAG.sub(" ", doc.get(name) or ""))

    def terms(self, query: str) -> list[tuple[str, bool]]:
        """(term, as prefix) per query word piece, as the worker's query patch makes them."""
        out = []
        for piece in split(query):
            term = self.analyzer.term(piece)
            if term:
                out.append((term, len(term) >= RULES["prefix_min_length"]))
        return out

    def search(self, query: str) -> list[str]:
        """Page locations, best first."""
        terms = self.terms(query)
        if not terms:
            return []
        q = self.index.create_query()
        for term, prefix in terms:
            q.term(term, use_pipeline=False,
                   wildcard=Query.WILDCARD_TRAILING if prefix else Query.WILDCARD_NONE)
        scored = []
        for result in self.index.query(q):
            matched = list(result["match_data"].metadata)
            found = sum(any(m.startswith(t) for m in matched) for t, _ in terms) / len(terms)
            location = result["ref"]
            top = 0 if "#" in location else 1  # Material favours the page over its sections
            scored.append((result["score"] * (1 + (top + found) ** 2), location))
        pages = []
        for _, location in sorted(scored, key=lambda s: -s[0]):
            page = location.split("#")[0]
            if page not in pages:
                pages.append(page)
        return pages
