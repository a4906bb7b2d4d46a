"""The legal state is stated once (handbook/edition.py); the sources chapter says it in words."""

from __future__ import annotations

from handbook.edition import LEGAL_STATE, long_date
from support import REPO


def test_sources_chapter_states_the_same_legal_state():
    for lang, phrase in (("pl", "stan prawny na {}"), ("en", "the law as it stood on {}")):
        text = (REPO / f"docs/guide/sources.{lang}.md").read_text(encoding="utf-8").lower()
        date = long_date(LEGAL_STATE, lang).lower()
        assert phrase.format(date) in text, f"docs/guide/sources.{lang}.md must state the legal state {LEGAL_STATE}"
