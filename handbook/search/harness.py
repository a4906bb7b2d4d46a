"""Run queries against a built site's prebuilt index in Python, the way the worker ranks them.

A fast stand-in for the browser while the analysis is tuned: it loads the very
index the worker loads (search/lunr_index.json, with lunr.Index.load), takes the
query's words as the worker does, retries a word that finds too little with the
typo rule of rules.json, and reorders results as Material does (page first,
share of query terms found, grouped by page). Material's query syntax (quotes,
+/-, fields) is not reproduced; the browser test is the final word.
"""

from __future__ import annotations

from lunr.index import Index
from lunr.query import Query
from lunr.token_set import TokenSet

from .analysis import RULES, analyzer, fold, split, trim
from .prebuilt import expand, register

TYPO = RULES["typo"]


class Harness:
    def __init__(self, published: dict, lang: str):
        self.analyzer = analyzer(lang)
        self.docs = published["docs"]
        self.pages = [doc["location"].split("#")[0] for doc in self.docs]
        self.articles = {page: ref for ref, page in reversed(list(enumerate(self.pages)))}  # page -> its first doc
        register(lang)  # the index's serialised pipeline names the analysis: Index.load looks it up
        self.index = Index.load(expand(published["index"]))
        self.word_terms: dict[str, list[str]] = {}
        for term, words in published["words"].items():
            for word in words:
                self.word_terms.setdefault(word, []).append(term)
        self.words = TokenSet.from_list(sorted(self.word_terms))

    def terms(self, query: str) -> list[tuple[str, bool, str]]:
        """(term, as prefix, the word typed) per query word piece, as the worker's query patch makes them."""
        out = []
        for piece in split(query):
            term = self.analyzer.term(piece)
            if term:
                out.append((term, len(term) >= RULES["prefix_min_length"], trim(piece)))
        return out

    def _pages(self, term: str, prefix: bool) -> int:
        found = self.index.token_set.intersect(TokenSet.from_string(term + ("*" if prefix else "")))
        return len({self.pages[int(ref)] for t in found.to_list()
                    for field in self.index.fields for ref in self.index.inverted_index[t][field]})

    def corrections(self, term: str, prefix: bool, word: str) -> list[str]:
        """Index terms of the words one or two edits from `word`, when `term` finds too few pages (rules.json "typo")."""
        word = fold(word)
        if len(word) < TYPO["min_length"] or not word.isalpha() or self._pages(term, prefix) >= TYPO["retry_below"]:
            return []
        edits = 2 if len(word) >= TYPO["long_length"] else 1
        near = self.words.intersect(TokenSet.from_fuzzy_string(word, edits)).to_list()
        return sorted({t for w in near for t in self.word_terms[w]} - {term})

    def search(self, query: str) -> list[str]:
        """Page locations, best first."""
        terms = self.terms(query)
        if not terms:
            return []
        q = self.index.create_query()
        fixes = []
        for term, prefix, word in terms:
            q.term(term, use_pipeline=False, wildcard=Query.WILDCARD_TRAILING if prefix else Query.WILDCARD_NONE)
            fixes.append(self.corrections(term, prefix, word))
            for fix in fixes[-1]:
                q.term(fix, use_pipeline=False, boost=TYPO["boost"], wildcard=Query.WILDCARD_NONE)
        scored = []
        for result in self.index.query(q):
            matched = list(result["match_data"].metadata)
            found = sum(any(m.startswith(t) for m in matched) or any(f in matched for f in fix)
                        for (t, _, _), fix in zip(terms, fixes)) / len(terms)
            ref = int(result["ref"])
            top = 1 if self.articles[self.pages[ref]] == ref else 0  # Material favours the page over its sections
            scored.append((result["score"] * (1 + (top + found) ** 2), self.pages[ref]))
        pages = []
        for _, page in sorted(scored, key=lambda s: -s[0]):
            if page not in pages:
                pages.append(page)
        return pages
