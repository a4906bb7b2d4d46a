"""The prebuilt index: lunr's serialisation made compact without losing anything, loaded back
with lunr's Index.load through the analysis registered under the name it was saved with."""

from __future__ import annotations

from pathlib import Path

import pytest
from lunr.builder import Builder
from lunr.index import Index

from handbook.search import prebuilt
from handbook.search import harness as harness_module
from handbook.search.harness import Harness
from handbook.search.index import config

DOCS = [
    {"location": "law/a/", "title": "Spółdzielnie socjalne", "text": "<p>Spółdzielnia socjalna zatrudnia osoby.</p>",
     "cite": "art. 94 pzp", "about": "Polska"},
    {"location": "law/a/#s", "title": "Zamówienia", "text": "<p>Zamówienia zastrzeżone dla spółdzielni.</p>"},
    {"location": "cases/b/", "title": "Strasburg", "text": "<p>Strasbourg i jego koordynatorzy klauzul.</p>",
     "about": "Francja, Strasburg"},
]


def data():
    return {"config": config(), "docs": [dict(d) for d in DOCS]}


def builder(data: dict, lang: str) -> Builder:
    """The reference: lunr's own builder of one language's docs (Material's fields and boosts, the
    handbook's analysis, b = 0 and k1 as the compact index assumes)."""
    terms = prebuilt.analyzer(lang)
    out = Builder()
    out.ref("ref")
    out.b(0)
    out.k1(prebuilt.K1)
    out.search_pipeline.add(prebuilt.register(lang))  # serialised as the index's pipeline, for lunr.Index.load
    for name, field in data["config"]["fields"].items():
        # A list is taken as ready-made tokens by the lunr package: analyse here, as the pipeline would.
        out.field(name, boost=field["boost"],
                  extractor=lambda doc, name=name: terms.terms(prebuilt.fields_text(doc, name)))
    for number, doc in enumerate(data["docs"]):
        out.add({**doc, "ref": str(number)})
    return out


def build(data: dict, lang: str):
    return builder(data, lang).build()


def compact(built: Builder) -> dict:
    """lunr's serialised index in the compact form, made from lunr's own builder: terms in order, and per
    term and field the documents (gaps between their numbers) each with the term's frequency there."""
    assert built._b == 0 and built._k1 == prebuilt.K1, "scores follow from frequencies only with b = 0"
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
            "k1": prebuilt.K1, "boosts": [built._fields[field].boost for field in fields],
            "documents": built.document_count, "terms": terms, "postings": postings}


def test_compact_index_loads_back_to_the_same_results():
    built = build(data(), "pl")
    loaded = Index.load(prebuilt.expand(compact(builder(data(), "pl"))))
    for query in ("spoldzieln", "zamowien", "strasburg", "94", "spoldzieln zamowien"):
        assert [(r["ref"], r["score"]) for r in built.search(query)] == \
               [(r["ref"], r["score"]) for r in loaded.search(query)], query
    assert built.search("spoldzieln")


def real_texts(lang: str) -> dict:
    """A corpus with the real content's variety: the chapters and the case files of one language, cut
    into paragraphs (a few with `cite` and `about`, the other fields)."""
    root = Path(__file__).resolve().parents[2]
    docs = []
    for path in sorted((root / "docs/guide").glob(f"*.{lang}.md")) + sorted((root / "cases").glob("*.yml")):
        for i, paragraph in enumerate(path.read_text(encoding="utf-8").split("\n\n")):
            doc = {"location": f"{path.stem}/#{i}", "title": paragraph[:40], "text": paragraph}
            docs.append({**doc, "cite": path.stem, "about": path.stem[:2]} if i % 7 == 0 else doc)
    return {"config": config(), "docs": docs}


@pytest.mark.parametrize("lang", ["pl", "en"])
def test_postings_counted_directly_are_lunrs_compact_index(lang):
    for corpus in (data(), real_texts(lang), {"config": config(), "docs": []}):
        expected = (compact(builder(corpus, lang)) if corpus["docs"] else
                    {**prebuilt.postings(corpus, lang), "terms": [], "postings": []})
        assert prebuilt.postings(corpus, lang) == expected
    assert len(real_texts(lang)["docs"]) > 500


def test_index_is_much_smaller_than_lunrs_own_serialisation():
    import json

    serialised = build(data(), "pl").serialize()
    assert len(json.dumps(compact(builder(data(), "pl")))) < len(json.dumps(serialised)) / 2


def test_postings_keep_frequencies_and_the_scores_follow_from_them():
    """A posting holds the term's frequency (a small integer), not lunr's score: expand() gives
    lunr's own scores back from the frequencies, the document counts and the fields' boosts."""
    packed = compact(builder(data(), "pl"))
    frequencies = [cell[i + 1] for per_field in packed["postings"] for cell in per_field for i in range(0, len(cell), 2)]
    assert frequencies and all(isinstance(tf, int) and 1 <= tf < 10 for tf in frequencies)
    built = build(data(), "pl").serialize()
    names = {posting["_index"]: term for term, posting in built["invertedIndex"]}
    ours = prebuilt.expand(packed)
    mine = {posting["_index"]: term for term, posting in ours["invertedIndex"]}
    def named(vectors, terms):
        return {ref: {terms[v[i]]: v[i + 1] for i in range(0, len(v), 2)} for ref, v in vectors}
    assert named(built["fieldVectors"], names) == named(ours["fieldVectors"], mine)


def test_published_documents_are_what_results_show_and_refs_are_their_numbers():
    published = prebuilt.published(data(), "pl")
    assert [set(d) for d in published["docs"]] == [{"location", "title", "text"}] * 3
    assert published["index"]["pipeline"] == ["handbook-analysis-pl"]
    assert published["index"]["documents"] == 3
    assert "spółdzielnia" not in published["words"]["spoldzieln"] and "spoldzielnia" in published["words"]["spoldzieln"]


def test_harness_forgives_a_typo_but_ranks_exact_matches_first(monkeypatch):
    harness = Harness(prebuilt.published(data(), "pl"), "pl")
    assert harness.search("Strassbourg") == ["cases/b/"]
    assert harness.search("spółdzeilnia") == ["law/a/"]
    assert harness.search("xyzzy") == []
    assert harness.corrections("zamowien", True, "zamówienia") == []  # not a word one edit from another
    monkeypatch.setitem(harness_module.TYPO, "retry_below", 1)
    assert harness.corrections("strasburg", True, "strasburg") == []  # found on a page: nothing to correct
    monkeypatch.setitem(harness_module.TYPO, "retry_below", 2)
    assert harness.corrections("strasburg", True, "strasburg") == ["strasbourg"]  # found on too few


def test_no_documents_make_an_empty_index_that_loads():
    empty = prebuilt.published({"config": config(), "docs": []}, "en")
    assert Index.load(prebuilt.expand(empty["index"])).search("anything") == []
