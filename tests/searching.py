"""The search query set and the two ways to run it: the Python harness and Material's
search box in Chromium. Used by the tests and by the benchmark."""

from __future__ import annotations

import json
import time
from pathlib import Path

import yaml

QUERIES = Path(__file__).resolve().parent / "search" / "queries.yml"
LANGUAGES = ("pl", "en")


def load_queries() -> dict[str, list[dict]]:
    return yaml.safe_load(QUERIES.read_text(encoding="utf-8"))


def language_root(lang: str) -> str:
    return "" if lang == "pl" else f"{lang}/"


def index_of(site: Path, lang: str) -> dict:
    return json.loads((site / language_root(lang) / "search/search_index.json").read_text(encoding="utf-8"))


def harness_results(site: Path) -> dict[str, list[tuple[dict, list[str]]]]:
    from handbook.search.harness import Harness

    out = {}
    for lang, queries in load_queries().items():
        harness = Harness(index_of(site, lang), lang)
        out[lang] = [(item, harness.search(item["q"])[:5]) for item in queries]
    return out


def successes(results: list[tuple[dict, list[str]]]) -> tuple[int, int]:
    """(success@1, success@5): queries whose first result, or one of the first five, is expected."""
    at1 = sum(bool(top) and top[0] in item["expect"] for item, top in results)
    at5 = sum(any(r in item["expect"] for r in top) for item, top in results)
    return at1, at5


class SearchBox:
    """Material's own search box on a page of one language."""

    def __init__(self, page, base: str, lang: str):
        self.page, self.root = page, base + language_root(lang)
        start = time.perf_counter()
        page.goto(self.root)
        page.keyboard.press("/")  # Material's shortcut to open search
        self.input = page.locator("input.md-search__input")
        config = json.loads(page.locator("#__config").text_content())
        self.placeholder = config["translations"]["search.result.placeholder"]
        self._wait_for_meta(lambda text: text == self.placeholder, timeout=120)  # the worker has built the index
        self.ready_ms = (time.perf_counter() - start) * 1000

    def search(self, query: str, typed: bool = True) -> tuple[list[str], float]:
        """Page locations of the first five results (relative to the language root), and the
        milliseconds from the input to rendered results. `typed` types key by key, as a reader
        does; otherwise the query is searched once, on its last key, which is what the timing needs."""
        self.input.fill("")
        self._wait_for_meta(lambda text: text == self.placeholder)
        if typed:
            self.input.press_sequentially(query, delay=5)
            start = time.perf_counter()
        else:
            # Material searches on key events: all but the last character arrive silently.
            self.input.fill(query[:-1])
            start = time.perf_counter()
            self.input.press_sequentially(query[-1])
        self._wait_for_meta(lambda text: text != self.placeholder)
        elapsed = (time.perf_counter() - start) * 1000
        return self._stable_top5(), elapsed

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

    def _stable_top5(self) -> list[str]:
        # Results may be re-rendered once more while the last keystrokes are answered.
        last, same = None, 0
        while same < 3:
            self.page.wait_for_timeout(60)
            top = self._top5()
            same = same + 1 if top == last else 0
            last = top
        return last
