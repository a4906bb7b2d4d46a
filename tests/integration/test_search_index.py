"""The built site's search: one index per language, keywords, and the query set through the
Python harness (the browser run in tests/browser/test_search.py is the final word)."""

from __future__ import annotations

import json

import pytest

from searching import harness_results, index_of, load_queries

pytestmark = pytest.mark.build


def test_the_query_set_is_big_enough():
    queries = load_queries()
    assert len(queries["pl"]) >= 40 and len(queries["en"]) >= 20
    assert sum(q["q"].isascii() and not q["q"][0].isdigit() for q in queries["pl"]) >= 10  # typed without ą, ę, ł…


def test_each_language_has_its_own_index(repo_site):
    pl, en = index_of(repo_site, "pl"), index_of(repo_site, "en")
    assert not any(d["location"].startswith("en/") for d in pl["docs"])
    assert {d["location"].split("#")[0] for d in pl["docs"]} == {d["location"].split("#")[0] for d in en["docs"]}
    assert pl["config"]["pipeline"] == ["trimmer"] and "cite" in pl["config"]["fields"]


def test_pages_carry_citations_and_case_facts(repo_site):
    docs = {d["location"]: d for d in index_of(repo_site, "en")["docs"]}
    assert "L. 2113-13" in docs["law/fr-ccp-l2113-13/"]["cite"]
    assert "d.lgs. 117/2017" in docs["law/it-dlgs-117-2017-art-55/"]["cite"]
    assert "Green space maintenance" in docs["cases/it-brescia-protocollo-appalti-riservati/"]["about"]
    docs = {d["location"]: d for d in index_of(repo_site, "pl")["docs"]}
    assert "Utrzymanie terenów zielonych" in docs["cases/it-brescia-protocollo-appalti-riservati/"]["about"]


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
