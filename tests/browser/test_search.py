"""Search in Chromium on this repository's site, through Material's own search box:
every query of tests/search/queries.yml finds its page in the top five, in the
page's own language, and the browser's analysis is the Python one."""

from __future__ import annotations

import pytest

from handbook.search.analysis import analyzer, split
from handbook.search.harness import TAG
from handbook.search.site import material_worker
from searching import SearchBox, index_of, load_queries

pytestmark = [pytest.mark.browser, pytest.mark.build]


@pytest.fixture(scope="module")
def base(repo_site, serve):
    return serve(repo_site)


@pytest.mark.parametrize("lang", ["pl", "en"])
def test_every_query_finds_its_page_in_the_top_five(page, base, lang):
    box = SearchBox(page, base, lang)
    misses = []
    for item in load_queries()[lang]:
        top, _ = box.search(item["q"])
        if not any(location in item["expect"] for location in top):
            misses.append(f"{item['q']!r}: {top}")
        elif item.get("first") and top[0] not in item["expect"]:
            misses.append(f"{item['q']!r} should come first: {top}")
    assert not misses, "\n".join(misses)


def test_results_stay_in_the_page_language(page, base):
    def hrefs():
        return page.eval_on_selector_all(".md-search-result__item > .md-search-result__link",
                                         "links => links.map(a => a.href)")

    requests = []
    page.on("request", lambda r: requests.append(r.url))
    SearchBox(page, base, "pl").search("spółdzielnia")
    assert hrefs() and not any(h.startswith(base + "en/") for h in hrefs())
    assert base + "search/search_index.json" in requests and base + "en/search/search_index.json" not in requests
    requests.clear()
    # "cooperative" is also quoted on Polish pages: an English reader must get English pages only.
    SearchBox(page, base, "en").search("cooperative")
    assert hrefs() and all(h.startswith(base + "en/") for h in hrefs())
    assert base + "en/search/search_index.json" in requests and base + "search/search_index.json" not in requests


def test_query_from_the_address_bar_opens_search(page, base):
    page.goto(base + "?q=spoldzielnia")
    first = page.locator(".md-search-result__item > .md-search-result__link").first
    first.wait_for(timeout=20000)
    assert page.locator("input.md-search__input").input_value() == "spoldzielnia"
    assert first.get_attribute("href").startswith(base + "law/pl-uss-art-2/")


def test_browser_and_python_analyse_words_alike(page, base, repo_site):
    """The worker's analysis (JavaScript) gives the same term as handbook/search/analysis.py for
    every word of the language's index: one set of rules, two implementations that must not drift."""
    python_words = {}
    for lang in ("pl", "en"):
        index = index_of(repo_site, lang)
        words = sorted({w for doc in index["docs"] for field in ("title", "text", "cite", "about")
                        for w in split(TAG.sub(" ", doc.get(field, "")))})
        page.goto(base)
        page.evaluate("window.importScripts = function () {}")  # the worker script's loader, unused in a page
        page.add_script_tag(url=base + f"assets/javascripts/workers/{material_worker(repo_site)}")
        page.add_script_tag(url=base + f"assets/javascripts/workers/handbook-search.{lang}.js")
        browser = page.evaluate("words => words.map(w => lunr.handbook.analyse(w) || null)", words)
        python = analyzer(lang)
        differ = [(w, b, python.term(w)) for w, b in zip(words, browser, strict=True) if b != python.term(w)]
        assert len(words) > 1000 and not differ, f"{lang}: {len(differ)} of {len(words)} differ: {differ[:20]}"
        python_words[lang] = words


def test_a_result_marks_its_words_on_the_page_it_opens(page, base):
    box = SearchBox(page, base, "pl")
    box.search("spółdzielniami")
    page.locator(".md-search-result__item > .md-search-result__link").first.click()
    page.wait_for_url("**/law/pl-uss-art-2/?h=*")
    marked = page.locator(".md-content mark[data-md-highlight]").all_inner_texts()
    assert marked and all(m.lower().startswith(("spółdziel", "spoldziel")) for m in marked), [m for m in marked if not m.lower().startswith("spółdziel")]
