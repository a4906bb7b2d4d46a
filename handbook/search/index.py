"""One search index per language, cut from the single index Material writes for the whole site.

mkdocs-static-i18n merges every language's pages into one search_index.json, so
a reader of either language would download and search both. Each language gets
its own file instead, at its own root (search/ and en/search/), with locations
relative to that root, the handbook's analysis settings and page keywords.
"""

from __future__ import annotations

from .analysis import RULES

# Keyword fields (see keywords.py) and their weight beside Material's title (1000) and text (1).
KEYWORD_BOOSTS = {"cite": 1000.0, "about": 10.0}


def config() -> dict:
    """The index settings Material's worker reads.

    lang "en" makes Material load no lunr language file; the pipeline keeps only
    "trimmer", which the handbook's worker turns into the whole analysis.
    """
    return {
        "lang": ["en"],
        "separator": RULES["separator"],
        "pipeline": ["trimmer"],
        "fields": {
            "title": {"boost": 1000.0}, "text": {"boost": 1.0}, "tags": {"boost": 1000000.0},
            **{name: {"boost": boost} for name, boost in KEYWORD_BOOSTS.items()},
        },
    }


def language_of(location: str, languages: tuple[str, ...], default: str) -> tuple[str, str]:
    """("en/guide/about/#x", ...) -> ("en", "guide/about/#x"); default-language pages sit at the root."""
    for lang in languages:
        if lang != default and location.startswith(f"{lang}/"):
            return lang, location[len(lang) + 1:]
    return default, location


def split(merged: dict, languages: tuple[str, ...], default: str,
          keywords: dict[str, dict[str, dict[str, str]]]) -> dict[str, dict]:
    """Per language, its docs and config; `keywords[lang][location]` (field -> text) joins that page's doc."""
    indexes = {lang: {"config": config(), "docs": []} for lang in languages}
    for doc in merged["docs"]:
        lang, location = language_of(doc["location"], languages, default)
        doc = {**doc, "location": location}
        doc.update(keywords.get(lang, {}).get(location, {}))
        indexes[lang]["docs"].append(doc)
    return indexes
