"""Search in Chromium on this repository's site, through Material's own search box:
nothing of it loads before the reader turns to the search box; every query of
tests/search/queries.yml, typing errors included, finds its page in the top five,
in the page's own language; and the browser's analysis is the Python one."""

from __future__ import annotations

import pytest

from handbook.search.analysis import analyzer, split
from handbook.search.prebuilt import TAG
from searching import SEARCH_FILES, SearchBox, index_of, load_queries, load_typos

pytestmark = [pytest.mark.browser, pytest.mark.build]

# Material shows its placeholder once the worker has answered its first (empty) query.
READY = """() => document.querySelector(".md-search-result__meta").textContent ===
  JSON.parse(document.getElementById("__config").textContent).translations["search.result.placeholder"]"""


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


def test_a_page_loads_no_search_until_the_search_box_is_focused(page, base):
    """No index and no worker on page load: they come when the reader focuses the search box."""
    requests, workers = [], []
    page.on("request", lambda r: requests.append(r.url))
    page.on("worker", lambda w: workers.append(w.url))
    page.goto(base + "guide/about/")
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(500)
    assert not [r for r in requests if SEARCH_FILES.search(r)] and not workers, (requests, workers)
    page.locator("input.md-search__input").focus()
    page.wait_for_function(READY, timeout=30000)
    assert base + "search/lunr_index.json" in requests and workers == [base + "assets/javascripts/workers/handbook-search.pl.js"]


@pytest.mark.parametrize("lang", ["pl", "en"])
def test_every_typo_finds_its_page_in_the_top_five(page, base, lang):
    box = SearchBox(page, base, lang)
    misses = []
    for item in load_typos()[lang]:
        top, _ = box.search(item["q"])
        if not any(location in item["expect"] for location in top):
            misses.append(f"{item['q']!r}: {top}")
    assert not misses, "\n".join(misses)


def test_a_corrected_word_is_marked_in_results_and_on_the_page_opened(page, base):
    box = SearchBox(page, base, "en")
    box.search("Strassbourg")
    first = page.locator(".md-search-result__item > .md-search-result__link").first
    assert "Strasbourg" in first.locator("mark").all_inner_texts()
    first.click()
    page.wait_for_url("**/cases/fr-strasbourg-relais-chantiers/?h=*")
    marked = page.locator(".md-content mark[data-md-highlight]").all_inner_texts()
    assert marked and all(m.lower().startswith("strasbourg") for m in marked), marked


def test_results_stay_in_the_page_language(page, base):
    def hrefs():
        return page.eval_on_selector_all(".md-search-result__item > .md-search-result__link",
                                         "links => links.map(a => a.href)")

    requests = []
    page.on("request", lambda r: requests.append(r.url))
    SearchBox(page, base, "pl").search("spółdzielnia")
    assert hrefs() and not any(h.startswith(base + "en/") for h in hrefs())
    assert base + "search/lunr_index.json" in requests and base + "en/search/lunr_index.json" not in requests
    requests.clear()
    # "cooperative" is also quoted on Polish pages: an English reader must get English pages only.
    SearchBox(page, base, "en").search("cooperative")
    assert hrefs() and all(h.startswith(base + "en/") for h in hrefs())
    assert base + "en/search/lunr_index.json" in requests and base + "search/lunr_index.json" not in requests


def test_query_from_the_address_bar_opens_search(page, base):
    page.goto(base + "?q=spoldzielnia")
    first = page.locator(".md-search-result__item > .md-search-result__link").first
    first.wait_for(timeout=20000)
    assert page.locator("input.md-search__input").input_value() == "spoldzielnia"
    assert first.get_attribute("href").startswith(base + "law/pl-uss-art-2/")


def test_browser_and_python_analyse_words_alike(page, base, repo_site):
    """The worker's analysis (JavaScript) gives the same term as handbook/search/analysis.py for
    every word of the language's index: one set of rules, two implementations that must not drift."""
    for lang in ("pl", "en"):
        index = index_of(repo_site, lang)
        words = sorted({w for doc in index["docs"] for field in ("title", "text")
                        for w in split(TAG.sub(" ", doc.get(field, "")))}
                       | {w for ws in index["words"].values() for w in ws})
        page.goto(base)
        page.add_script_tag(url=base + f"assets/javascripts/workers/handbook-search.{lang}.js")
        browser = page.evaluate("words => words.map(w => lunr.handbook.analyse(w) || null)", words)
        python = analyzer(lang)
        differ = [(w, b, python.term(w)) for w, b in zip(words, browser, strict=True) if b != python.term(w)]
        assert len(words) > 1000 and not differ, f"{lang}: {len(differ)} of {len(words)} differ: {differ[:20]}"


def test_the_worker_loads_the_prebuilt_index_as_python_does(page, base, repo_site):
    """lunr.js loads the index built in Python (its pipeline function registered under the name
    Python serialised) and ranks a query as the Python harness does."""
    from handbook.search.harness import Harness

    index = index_of(repo_site, "en")
    page.goto(base)
    page.add_script_tag(url=base + "assets/javascripts/workers/handbook-search.en.js")
    pipeline, browser = page.evaluate("""data => {
        const search = new lunr.handbook.Search(data);
        return [search.index.pipeline.toJSON(),
                search.index.search("social cooperatives").map(r => [r.ref, r.score.toFixed(6)])];
    }""", index)
    python = Harness(index, "en").index.search("social cooperatives")  # lunr.py runs the registered pipeline
    assert pipeline == ["handbook-analysis-en"]
    assert len(browser) > 10 and dict(browser) == {r["ref"]: f"{r['score']:.6f}" for r in python}


def test_a_result_marks_its_words_on_the_page_it_opens(page, base):
    box = SearchBox(page, base, "pl")
    box.search("spółdzielniami")
    page.locator(".md-search-result__item > .md-search-result__link").first.click()
    page.wait_for_url("**/law/pl-uss-art-2/?h=*")
    marked = page.locator(".md-content mark[data-md-highlight]").all_inner_texts()
    assert marked and all(m.lower().startswith(("spółdziel", "spoldziel")) for m in marked), [m for m in marked if not m.lower().startswith("spółdziel")]


# Keeps each result message the worker sends (the very object Material gets: loader.js fills it in).
KEEP_RESULTS = """(() => {
  const Base = window.Worker;
  window.__results = [];
  window.Worker = class extends Base {
    constructor(...args) {
      super(...args);
      this.addEventListener("message", e => { if (e.data && e.data.type === 3) window.__results.push(e.data.data); });
    }
  };
})();"""


def test_the_page_gets_texts_for_the_results_it_shows_and_the_rest_as_the_list_scrolls(page, base, repo_site):
    """The worker sends every result, but the texts of the first 10 pages only (what Material draws
    at once); the next pages' texts follow, asked for by the page, before the list scrolls to them."""
    texts = [doc.get("text", "") for doc in index_of(repo_site, "pl")["docs"]]
    page.add_init_script(KEEP_RESULTS)
    box = SearchBox(page, base, "pl")
    box.search("spółdzielnia", typed=False)
    items = page.evaluate("window.__results[window.__results.length - 1].items")
    assert len(items) > 40
    sent = [[doc["text"] for doc in group] for group in items]
    assert all(any(group) for group in sent[:10]) and not any(any(group) for group in sent[30:]), \
        "texts beyond the first pages were sent with the results"
    page.wait_for_function("() => window.__results[window.__results.length - 1].items.slice(10, 30)"
                           ".every(group => group.some(doc => doc.text))")
    filled = page.evaluate("window.__results[window.__results.length - 1].items")
    by_location = {}
    for number, doc in enumerate(index_of(repo_site, "pl")["docs"]):
        by_location[doc["location"]] = texts[number]
    assert all(doc["text"] == by_location[doc["location"]] for group in filled[10:30] for doc in group)
    # Scrolling draws more pages, which then show their texts, and asks for the pages after them.
    for _ in range(40):
        if page.locator(".md-search-result__list > .md-search-result__item").count() >= 14:
            break
        page.locator(".md-search-result__list").hover()
        page.mouse.wheel(0, 3000)
        page.wait_for_timeout(100)
    drawn = page.locator(".md-search-result__list > .md-search-result__item").nth(12)
    location = filled[12][0]["location"]
    assert drawn.locator("a").first.get_attribute("href").split("?")[0].endswith(location.split("#")[0])
    assert len(drawn.inner_text()) > 100


def test_the_worker_requests_its_index_before_it_runs_lunr(page, base):
    """The index's request goes out first thing, so that its transfer overlaps the compiling and
    running of lunr.js and the analysis (handbook:script is marked after both)."""
    workers = []
    page.on("worker", lambda w: workers.append(w))
    SearchBox(page, base, "pl")
    worker = next(w for w in workers if "handbook-search" in w.url)
    requested, script = worker.evaluate("""[
        performance.getEntriesByType("resource").find(e => e.name.endsWith("/search/lunr_index.json")).startTime,
        performance.getEntriesByName("handbook:script")[0].startTime]""")
    assert requested < script


def test_the_worker_finds_the_terms_lunr_s_own_token_set_finds(page, base, repo_site):
    """The worker's token sets (plain tries, quicker to make) expand a prefix, a whole word and a
    typo as lunr's TokenSet.fromArray does, for the index's terms and for the words of typo tolerance."""
    index = index_of(repo_site, "pl")
    page.goto(base)
    page.add_script_tag(url=base + "assets/javascripts/workers/handbook-search.pl.js")
    differ = page.evaluate("""data => {
        const search = new lunr.handbook.Search(data), words = search.typoWords();
        const terms = lunr.TokenSet.fromArray(data.index.terms.slice().sort());
        const typed = lunr.TokenSet.fromArray(Object.keys(search.terms).sort());
        const out = [];
        const same = (a, b, q) => {
            const x = a.intersect(q).toArray().sort().join(), y = b.intersect(q).toArray().sort().join();
            return x === y && x.length > 0;
        };
        ["spoldziel*", "klauzul*", "a*", "94", "zamowien*"].forEach(q => {
            if (!same(search.index.tokenSet, terms, lunr.TokenSet.fromString(q))) out.push(q);
        });
        ["spoldzielna", "warszwa", "zamowienie"].forEach(w => {
            if (!same(words, typed, lunr.TokenSet.fromFuzzyString(w, 2))) out.push("~" + w);
        });
        return out;
    }""", index)
    assert not differ
