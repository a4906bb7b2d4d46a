"""The built site's search: one prebuilt index per language, keywords, and the query set (typing
errors included) through the Python harness (the browser run in tests/browser/test_search.py is
the final word)."""

from __future__ import annotations

import json

import pytest

from handbook.search.prebuilt import SHOWN
from searching import harness_results, index_of, language_root, load_queries, load_typos

pytestmark = pytest.mark.build


def test_the_query_set_is_big_enough():
    queries = load_queries()
    assert len(queries["pl"]) >= 40 and len(queries["en"]) >= 20
    assert sum(q["q"].isascii() and not q["q"][0].isdigit() for q in queries["pl"]) >= 10  # typed without ą, ę, ł…
    typos = load_typos()
    assert len(typos["pl"]) >= 10 and len(typos["en"]) >= 10


def test_each_language_has_its_own_index(repo_site):
    pl, en = index_of(repo_site, "pl"), index_of(repo_site, "en")
    assert not any(d["location"].startswith("en/") for d in pl["docs"])
    assert {d["location"].split("#")[0] for d in pl["docs"]} == {d["location"].split("#")[0] for d in en["docs"]}
    assert pl["index"]["pipeline"] == ["handbook-analysis-pl"] and "cite" in pl["index"]["fields"]
    assert pl["index"]["documents"] == len(pl["docs"])


def test_documents_keep_only_what_results_show(repo_site):
    """Keywords are indexed but not downloaded twice: a document is what its result displays."""
    for lang in ("pl", "en"):
        assert all(set(doc) <= set(SHOWN) for doc in index_of(repo_site, lang)["docs"])
        stub = json.loads((repo_site / language_root(lang) / "search/search_index.json").read_text("utf-8"))
        assert stub["docs"] == []  # Material's page code still fetches this; the worker brings its own index
        script = (repo_site / language_root(lang) / "search/lunr_index.js").read_text("utf-8")
        assert script.startswith("var __handbookIndex = {")  # the same index, for file://


def test_pages_carry_citations_and_case_facts(repo_site):
    def fields_of(lang, location, term):
        index = index_of(repo_site, lang)
        ref = next(i for i, d in enumerate(index["docs"]) if d["location"] == location)
        packed = index["index"]
        postings = packed["postings"][packed["terms"].index(term)]
        out = set()
        for field, cell in zip(packed["fields"], postings):
            refs = [sum(cell[0:i + 1:2]) for i in range(0, len(cell), 2)]
            if ref in refs:
                out.add(field)
        return out

    assert "cite" in fields_of("en", "law/fr-ccp-l2113-13/", "l2113")
    assert "cite" in fields_of("en", "law/it-dlgs-117-2017-art-55/", "117")
    assert "about" in fields_of("en", "cases/it-brescia-protocollo-appalti-riservati/", "green")
    assert "about" in fields_of("pl", "cases/it-brescia-protocollo-appalti-riservati/", "zielon")


def test_every_page_points_its_search_at_its_language(repo_site):
    def config(path):
        html = (repo_site / path).read_text(encoding="utf-8")
        tag = '<script id="__config" type="application/json">'
        start = html.index(tag) + len(tag)
        return json.loads(html[start:html.index("</script>", start)])

    assert config("guide/about/index.html")["base"] == "../.."
    assert config("guide/about/index.html")["search"].endswith("/workers/handbook-search.pl.js")
    assert config("en/guide/about/index.html")["base"] == "../../../en/"
    assert config("en/guide/about/index.html")["search"].endswith("/workers/handbook-search.en.js")


def test_every_query_finds_its_page_in_the_harness(repo_site):
    misses = [f"{lang}: {item['q']!r} -> {top}" for lang, results in harness_results(repo_site).items()
              for item, top in results
              if not any(t in item["expect"] for t in top) or (item.get("first") and top[0] not in item["expect"])]
    assert not misses, "\n".join(misses)


def test_every_typo_finds_its_page_in_the_harness(repo_site):
    misses = [f"{lang}: {item['q']!r} -> {top}" for lang, results in harness_results(repo_site, load_typos()).items()
              for item, top in results if not any(t in item["expect"] for t in top)]
    assert not misses, "\n".join(misses)
