"""The search query set and the two ways to run it: the Python harness and Material's
search box in Chromium. Used by the tests and by the benchmark."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import yaml

from handbook import languages

QUERIES = Path(__file__).resolve().parent / "search" / "queries.yml"
# The site's languages, default first, as the i18n configuration declares them (the query set has a block for each).
LANGUAGES = languages.from_mkdocs_yml(Path(__file__).resolve().parent.parent / "mkdocs.yml").codes
# What search fetches: Material's index stub, the prebuilt index, the worker scripts.
SEARCH_FILES = re.compile(r"/search/(search|lunr)_index\.js(on)?|/workers/|/lunr")


def _query_file() -> dict:
    return yaml.safe_load(QUERIES.read_text(encoding="utf-8"))


def load_queries() -> dict[str, list[dict]]:
    """The query set, per language."""
    data = _query_file()
    return {lang: data[lang] for lang in LANGUAGES}


def load_typos() -> dict[str, list[dict]]:
    """The typo block: misspelled queries, per language."""
    return _query_file()["typos"]


def language_root(lang: str) -> str:
    return "" if lang == "pl" else f"{lang}/"


def index_of(site: Path, lang: str) -> dict:
    """The prebuilt index the language's worker loads: docs, compact lunr index, words."""
    return json.loads((site / language_root(lang) / "search/lunr_index.json").read_text(encoding="utf-8"))


def harness_results(site: Path, queries: dict[str, list[dict]] | None = None) -> dict[str, list[tuple[dict, list[str]]]]:
    """Top five pages per query through the Python harness (by default, of the query set)."""
    from handbook.search.harness import Harness

    out = {}
    for lang, queries in (queries or load_queries()).items():
        harness = Harness(index_of(site, lang), lang)
        out[lang] = [(item, harness.search(item["q"])[:5]) for item in queries]
    return out


def successes(results: list[tuple[dict, list[str]]]) -> tuple[int, int]:
    """(success@1, success@5): queries whose first result, or one of the first five, is expected."""
    at1 = sum(bool(top) and top[0] in item["expect"] for item, top in results)
    at5 = sum(any(r in item["expect"] for r in top) for item, top in results)
    return at1, at5


# Counts the queries the page sends to Material's search worker (message type 2) and the
# results it gets back (type 3): the results on screen belong to the last query typed
# only once both counts agree, whatever intermediate queries the keystrokes caused.
# It also keeps the page's own clock (performance.now) at the first focus, at the worker's READY
# (type 1), at each key released and after each result is handled (a task queued behind Material's
# handler, which draws the list): timings from the browser's marks, not from this process's polling.
COUNT_QUERIES = """(() => {
  // Once per page: a second SearchBox on the same page adds this script again, and a second
  // wrapper would count every query twice while the results went to the first one's counts.
  if (window.__searches) return;
  const Base = window.Worker;
  const marks = window.__searches = {sent: 0, answered: 0, focus: null, ready: null, key: null, shown: null};
  document.addEventListener("focusin", () => { if (marks.focus === null) marks.focus = performance.now(); }, true);
  document.addEventListener("keyup", () => { marks.key = performance.now(); }, true);
  window.Worker = class extends Base {
    constructor(...args) {
      super(...args);
      this.addEventListener("message", e => {
        if (e.data && e.data.type === 1 && marks.ready === null) marks.ready = performance.now();
        if (e.data && e.data.type === 3) setTimeout(() => { marks.shown = performance.now(); marks.answered++; });
      });
    }
    postMessage(message, ...rest) {
      if (message && message.type === 2) window.__searches.sent++;
      return super.postMessage(message, ...rest);
    }
  };
})();"""


class SearchBox:
    """Material's own search box on a page of one language."""

    def __init__(self, page, base: str, lang: str, settle: bool = False):
        """Opens the language's home page and the search box. With `settle`, the page's network goes
        quiet first, so that `load_bytes` counts what search fetched with the page, and `ready_ms`
        times focus to ready (otherwise page load to ready)."""
        self.page, self.root = page, base + language_root(lang)
        self.fetched: list[tuple[str, int]] = []  # (url, body bytes) of search files
        page.on("requestfinished", self._count)
        page.add_init_script(COUNT_QUERIES)
        start = time.perf_counter()
        page.goto(self.root)
        if settle:
            page.wait_for_load_state("networkidle")
            start = time.perf_counter()
        self.load_bytes = sum(size for _, size in self.fetched)
        page.keyboard.press("/")  # Material's shortcut to open search
        self.input = page.locator("input.md-search__input")
        config = json.loads(page.locator("#__config").text_content())
        self.placeholder = config["translations"]["search.result.placeholder"]
        self._wait_for_meta(lambda text: text == self.placeholder, timeout=120)  # the worker's index is ready
        self.ready_ms = (time.perf_counter() - start) * 1000  # this process's view, polling included
        if settle:  # the page's clock: focus to the worker's READY
            marks = page.evaluate("window.__searches")
            self.ready_ms = marks["ready"] - marks["focus"]

    def _count(self, request) -> None:
        if SEARCH_FILES.search(request.url):
            try:
                self.fetched.append((request.url, request.sizes()["responseBodySize"]))
            except Exception:  # the page went away meanwhile
                pass

    def search(self, query: str, typed: bool = True) -> tuple[list[str], float]:
        """Page locations of the first five results (relative to the language root), and the
        milliseconds from the input to rendered results. `typed` types key by key, as a reader
        does; otherwise the query is searched once, on its last key, which is what the timing needs."""
        self.input.fill("")
        self._wait_for_meta(lambda text: text == self.placeholder)
        if typed:
            self.input.press_sequentially(query, delay=5)
            # Material reads the box on keyup, which a letter typed as text (ż) does not fire: End does.
            self.input.press("End")
        else:
            # Material reads the box on key events: the query arrives silently, then one key
            # that changes nothing (End) makes Material search it once.
            self.input.fill(query)
            self.input.press("End")
        self._wait_for_meta(lambda text: text != self.placeholder)
        self._wait_for_answers()
        marks = self.page.evaluate("window.__searches")
        elapsed = marks["shown"] - marks["key"]  # the page's clock: the last key to the results handled
        return self._rendered_top5(), elapsed

    def _rendered_top5(self) -> list[str]:
        # The count above goes up before Material's own handler draws the answer: wait for the list to settle.
        last, top = None, self._top5()
        while top != last:
            self.page.wait_for_timeout(50)
            last, top = top, self._top5()
        return top

    def _wait_for_answers(self, timeout: float = 20.0) -> None:
        deadline = time.monotonic() + timeout
        while True:
            counts = self.page.evaluate("window.__searches")
            if counts["sent"] and counts["answered"] >= counts["sent"]:
                return
            if time.monotonic() > deadline:
                raise TimeoutError(f"search worker did not answer: {counts}")
            time.sleep(0.005)

    def _wait_for_meta(self, ok, timeout: float = 20.0) -> None:
        meta = self.page.locator(".md-search-result__meta")
        deadline = time.monotonic() + timeout
        while not ok(meta.inner_text()):
            if time.monotonic() > deadline:
                raise TimeoutError(f"search results did not change: {meta.inner_text()!r}")
            time.sleep(0.005)

    def _top5(self) -> list[str]:
        hrefs = self.page.eval_on_selector_all(".md-search-result__item > .md-search-result__link",
                                               "links => links.map(a => a.href)")
        pages = []
        for href in hrefs:
            page = href.split("?")[0].split("#")[0].removeprefix(self.root)
            if page not in pages:
                pages.append(page)
        return pages[:5]
