"""How text becomes search terms, per language.

The rules live in rules.json. This module applies them in Python (the fast
harness, tests); the browser's search worker applies the same file through
assets/analysis.js, so indexing and querying cannot drift apart. Stemmers:
Polish is Snowball's (snowballstemmer here, a line-by-line port of the same
generated code in analysis.js, its tables exported from snowballstemmer);
English is lunr's Porter stemmer, which both the lunr package and lunr.js ship.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

import snowballstemmer
from lunr.stemmer import PorterStemmer

RULES: dict = json.loads(Path(__file__).with_name("rules.json").read_text("utf-8"))
SEPARATOR = re.compile(RULES["separator"])
_EDGES = re.compile(r"^[\W_]+|[\W_]+$")  # anything but a letter or a digit, as [^\p{L}\p{N}] in JS
_FOLD = RULES["fold"]


def fold(term: str) -> str:
    """Strip diacritics: spółdzielnia -> spoldzielnia, économie -> economie."""
    decomposed = unicodedata.normalize("NFD", term)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return "".join(_FOLD.get(c, c) for c in bare)


def trim(term: str) -> str:
    return _EDGES.sub("", term)


def split(text: str) -> list[str]:
    """Lower-cased pieces between separators, as Material's tokenizer cuts them."""
    return [piece.lower() for piece in SEPARATOR.split(text) if piece]


class _LunrJsPorter(PorterStemmer):
    """The lunr package's Porter stemmer, made to end "y" words as lunr.js does.

    The package documents that it differs from lunr.js there (lay -> lai, try ->
    try), and lunr.js is what the browser runs: lunr.js turns a final y into i
    only after a consonant that is not the word's first letter.
    """

    _Y = re.compile(r"^.+[^aeiou][^aeiouy]*y$")

    def step1c(self):
        if self._Y.match(self.b[self.k0:self.k + 1]):
            self.b = self.b[:self.k] + "i" + self.b[self.k + 1:]


_polish = snowballstemmer.stemmer("polish")
_STEMMERS = {"polish": _polish.stemWord, "porter": _LunrJsPorter().stem}


def rules_problems(codes: tuple[str, ...]) -> list:
    """Every language of the site has its search rules (languages.<code> in rules.json)."""
    from ..problems import Problem

    return [Problem("handbook/search/rules.json", 0, f"no search rules for the language '{code}' of mkdocs.yml: "
                                                     f"add languages.{code} (steps, stemmer, stop_words)")
            for code in codes if code not in RULES["languages"]]


class Analyzer:
    """The steps of one language: trim, stop, stem, fold, in the order rules.json gives."""

    def __init__(self, lang: str):
        rules = RULES["languages"][lang]
        self.lang = lang
        self.steps = [getattr(self, f"_{step}") for step in rules["steps"]]
        words = rules["stop_words"]
        self.stop_words = frozenset(words) | {fold(w) for w in words}
        self._stemmer = _STEMMERS[rules["stemmer"]]
        # A token's term depends only on the token and rules.json (read once, at import): the index
        # builder and the typo word list analyse the same tokens, and a word recurs across pages.
        self._terms: dict[str, str | None] = {}

    def term(self, token: str) -> str | None:
        """The index term of one lower-cased token, or None when it is not indexed."""
        try:
            return self._terms[token]
        except KeyError:
            term = self._terms[token] = self._analyse(token)
            return term

    def _analyse(self, token: str) -> str | None:
        for step in self.steps:
            token = step(token)
            if not token:
                return None
        return token

    def terms(self, text: str) -> list[str]:
        return [t for t in map(self.term, split(text)) if t]

    def _trim(self, token: str) -> str:
        return trim(token)

    def _stop(self, token: str) -> str | None:
        return None if token in self.stop_words else token

    def _stem(self, token: str) -> str:
        # Identifiers (94, l2113, c-113) are kept whole: stemming is for words.
        return self._stemmer(token) if token.isalpha() else token

    def _fold(self, token: str) -> str:
        return fold(token)


@lru_cache(maxsize=None)
def analyzer(lang: str) -> Analyzer:
    return Analyzer(lang)


def polish_tables() -> dict:
    """Snowball's Polish tables, exported for the browser's port of the stemmer."""
    cls = type(_polish)

    def among(table):
        return [[a.s, a.substring_i, a.result, a.method.__name__.split("__")[-1] if a.method else None]
                for a in table]

    return {
        "g_v": sorted(cls.g_v),
        "a_0": among(cls.a_0), "a_1": among(cls.a_1), "a_2": among(cls.a_2), "a_3": among(cls.a_3),
        "as_1": list(cls.as_1), "as_3": list(cls.as_3),
    }
