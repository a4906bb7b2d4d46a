"""How words become search terms (handbook/search/analysis.py), the rules the browser shares."""

from __future__ import annotations

import pytest

from handbook.search.analysis import analyzer, fold, split

pl = analyzer("pl")
en = analyzer("en")


@pytest.mark.parametrize("forms", [
    ("spółdzielnia", "spółdzielni", "spółdzielniami", "spoldzielnia", "spoldzielni", "spoldzielniami"),
    ("zamówienie", "zamówień", "zamówieniach", "zamowienie", "zamowien", "zamowieniach"),
    ("klauzula", "klauzule", "klauzul", "klauzulami"),
    ("społeczna", "społecznej", "społecznych", "spoleczna", "spolecznych"),
])
def test_polish_case_forms_with_or_without_polish_letters_meet(forms):
    assert len({pl.term(f) for f in forms}) == 1, {f: pl.term(f) for f in forms}


def test_polish_words_that_differ_stay_apart():
    words = ["spółdzielnia", "społeczna", "zamówienie", "zamawiający", "klauzula", "gmina", "umowa"]
    assert len({pl.term(w) for w in words}) == len(words)


def test_polish_stop_words_are_dropped_with_or_without_polish_letters():
    assert pl.terms("się że oraz w dla") == []
    assert pl.terms("sie ze") == []
    assert pl.terms("umowa o pracę") == [pl.term("umowa"), pl.term("pracę")]


def test_english_stems_and_drops_stop_words():
    assert en.term("cooperatives") == en.term("cooperative")
    assert en.term("reserving") == en.term("reserved") == en.term("reserve")
    assert en.terms("the award of the contracts") == [en.term("award"), en.term("contract")]


def test_english_ends_y_words_as_lunr_js_does():
    # lunr.js: y -> i only after a consonant that is not the first letter
    assert en.term("try") == "tri" and en.term("lay") == "lay" and en.term("buying") == "buy"


def test_identifiers_are_cut_at_separators_and_kept_whole():
    assert split("L2113-13") == ["l2113", "13"]
    assert split("L. 2113-13") == ["l", "2113", "13"]
    assert split("C-113/13") == ["c", "113", "13"]
    assert split("D.lgs. 117/2017") == ["d", "lgs", "117", "2017"]
    assert [pl.term(t) for t in split("art. 94 ust. 2")] == ["art", "94", "ust", "2"]


def test_folding_covers_polish_french_and_italian_letters():
    assert fold("źdźbło łąka") == "zdzblo laka"
    assert fold("économie œuvre più") == "economie oeuvre piu"
