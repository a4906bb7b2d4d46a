"""Benchmark: `make bench`. Build time first, then search.

For N = 10, 100 and 1,000 synthetic cases (copies of the fixture case with longer
texts) it times a real two-language build with the hooks, then a plain MkDocs
build of the very same Markdown pages written by hand (no hooks), so the cost of
the hooks shows as a ratio. It also times `python -m handbook check`.

Search: on this repository's site, success@1 and success@5 of the query set
(tests/search/queries.yml) and success@5 of its typo block, through the Python
harness and through Material's search box in Chromium; the size of each
language's index (what its worker loads, raw and gzipped); the bytes of search
files a page fetches before the reader touches the search box (goal 0); the time
from focusing the search box to a ready index (goal under 300 ms here, under 1 s
at 1,000 cases) and from a query's input to rendered results (median: goal under
50 ms here, under 150 ms at 1,000 cases); the same on the largest synthetic site.
Figures are printed, not asserted. BENCH_SEARCH=0 skips the search part.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import gzip
import statistics

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from support import CHROMIUM, CHROMIUM_FLAGS, copy_repository, copy_site, mkdocs_build, serve_directory  # noqa: E402
from searching import (LANGUAGES, SearchBox, harness_results, language_root, load_queries, load_typos,  # noqa: E402
                       successes)

SIZES = [int(n) for n in os.environ.get("BENCH_SIZES", "10 100 1000").split()]
PARAGRAPH = {
    "pl": "Samorząd przygotował diagnozę potrzeb razem z lokalnymi spółdzielniami socjalnymi i organizacjami "
          "pozarządowymi, a następnie zaprojektował usługę i kryteria jej oceny. ",
    "en": "The local government prepared a needs assessment together with local social cooperatives and NGOs, "
          "then designed the service and the criteria for judging it. ",
}


def write_cases(site: Path, n: int) -> None:
    template = (site / "cases/xx-alpha-reserved.yml").read_text(encoding="utf-8")
    data = yaml.safe_load(template)
    for field in ("context", "actions", "lessons"):
        data[field] = {lang: PARAGRAPH[lang] * 15 for lang in ("pl", "en")}  # ~300 words a field
    for path in (site / "cases").glob("*.yml"):
        path.unlink()
    for i in range(n):
        case = dict(data, id=f"xx-case-{i:04d}", actions={"pl": "Zob. [[pl-new-art-94]].", "en": "See [[pl-new-art-94]]."})
        (site / f"cases/xx-case-{i:04d}.yml").write_text(yaml.safe_dump(case, allow_unicode=True), encoding="utf-8")
    for chapter in (site / "docs/guide").glob("*.md"):
        chapter.write_text(re.sub(r"\[\[xx-[a-z-]+\]\]", "[[xx-case-0000]]", chapter.read_text(encoding="utf-8")),
                           encoding="utf-8")


def timed(*args: str, cwd: Path) -> float:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    start = time.perf_counter()
    result = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit(f"{' '.join(args)} failed:\n{result.stderr[-3000:]}")
    return elapsed


def plain_copy(site: Path, dest: Path) -> Path:
    """The same pages as hand-written Markdown in a site without hooks."""
    shutil.copytree(site / "docs", dest / "docs")
    shutil.copytree(site / "overrides", dest / "overrides")  # the theme's custom_dir
    config = (site / "mkdocs.yml").read_text(encoding="utf-8")
    config = re.sub(r"hooks:\n(  - .*\n)+", "", config)
    (dest / "mkdocs.yml").write_text(config, encoding="utf-8")
    for page in (dest / "docs").rglob("*.md"):  # cross-links are already resolved in generated pages
        page.write_text(re.sub(r"\[\[[^\]|]+\|?([^\]]*)\]\]", r"\1", page.read_text(encoding="utf-8")), encoding="utf-8")
    return dest


def size_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6


# Queries timed on the synthetic sites, whose pages all say the same things.
SYNTHETIC_QUERIES = {"pl": ["spółdzielniami socjalnymi", "diagnoza potrzeb", "kryteria", "organizacjami"],
                     "en": ["social cooperatives", "needs assessment", "criteria", "NGOs"]}


def index_file(site_dir: Path, lang: str) -> Path:
    """What the language's worker loads: the prebuilt index, or (before it) Material's docs index."""
    root = site_dir / language_root(lang) / "search"
    prebuilt = root / "lunr_index.json"
    return prebuilt if prebuilt.exists() else root / "search_index.json"


def index_sizes(site_dir: Path) -> str:
    out = []
    for lang in LANGUAGES:
        data = index_file(site_dir, lang).read_bytes()
        out.append(f"{lang} {len(data) / 1e6:.2f} MB ({len(gzip.compress(data)) / 1e6:.3f} MB gzipped)")
    return ", ".join(out)


def browser_search(site_dir: Path, queries: dict[str, list[str]]) -> dict[str, tuple[list, list[float], SearchBox]]:
    """Per language: top-5 pages of each query, milliseconds from the query's last key to rendered
    results, and the search box (bytes fetched with the page, focus to ready)."""
    from playwright.sync_api import sync_playwright

    base, server = serve_directory(site_dir)
    out = {}
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
            for lang, texts in queries.items():
                context = browser.new_context()
                box = SearchBox(context.new_page(), base, lang, settle=True)
                runs = [box.search(text, typed=False) for text in texts]
                again = SearchBox(context.new_page(), base, lang, settle=True)  # the index now in the browser's cache
                out[lang] = ([top for top, _ in runs], [ms for _, ms in runs], box, again)
                context.close()
            browser.close()
    finally:
        server.shutdown()
    return out


def timing(ms: list[float], box: SearchBox, again: SearchBox) -> str:
    return (f"search bytes with the page {box.load_bytes / 1e3:.0f} kB; focus to ready {box.ready_ms:.0f} ms "
            f"({again.ready_ms:.0f} ms on a second page); query to results: "
            f"median {statistics.median(ms):.0f} ms, max {max(ms):.0f} ms")


def search_bench(tmp: Path) -> None:
    root = copy_repository(tmp / "repo")
    result = mkdocs_build(root)
    if result.returncode != 0:
        sys.exit(f"build of the repository failed:\n{result.stderr[-3000:]}")
    site_dir = root / "site"
    queries, typos = load_queries(), load_typos()
    print(f"\nsearch, this repository: index {index_sizes(site_dir)}")
    if index_file(site_dir, "pl").name == "lunr_index.json":
        typo_results = harness_results(site_dir, typos)
        for lang, results in harness_results(site_dir).items():
            at1, at5 = successes(results)
            _, typo5 = successes(typo_results[lang])
            print(f"  harness  {lang}: success@1 {at1}/{len(results)}, success@5 {at5}/{len(results)}; "
                  f"typos success@5 {typo5}/{len(typo_results[lang])}")
    if not os.path.exists(CHROMIUM):
        print("  browser: skipped, Debian's chromium is not installed")
        return
    everything = {lang: [q["q"] for q in queries[lang] + typos[lang]] for lang in LANGUAGES}
    for lang, (tops, ms, box, again) in browser_search(site_dir, everything).items():
        n = len(queries[lang])
        at1, at5 = successes(list(zip(queries[lang], tops[:n])))
        _, typo5 = successes(list(zip(typos[lang], tops[n:])))
        print(f"  chromium {lang}: success@1 {at1}/{n}, success@5 {at5}/{n}; typos success@5 {typo5}/{len(typos[lang])}; "
              f"{timing(ms[:n], box, again)}")


def synthetic_search(site_dir: Path, n: int) -> None:
    print(f"search, {n} synthetic cases: index {index_sizes(site_dir)}")
    if os.path.exists(CHROMIUM):
        for lang, (_, ms, box, again) in browser_search(site_dir, SYNTHETIC_QUERIES).items():
            print(f"  chromium {lang}: {timing(ms, box, again)}")


def main() -> None:
    python = sys.executable
    search = os.environ.get("BENCH_SEARCH", "1") != "0"
    print(f"{'cases':>6} {'check s':>8} {'hooks s':>8} {'plain s':>8} {'ratio':>6} {'pages':>6} {'site MB':>8}")
    for n in SIZES:
        with tempfile.TemporaryDirectory() as tmp:
            site = copy_site("site", Path(tmp) / "hooks")
            write_cases(site, n)
            check = timed(python, "-m", "handbook", "check", str(site), cwd=site)
            with_hooks = timed(python, "-m", "mkdocs", "build", "--strict", "-q", cwd=site)
            pages = len(list((site / "site").rglob("index.html")))
            plain = plain_copy(site, Path(tmp) / "plain")
            without = timed(python, "-m", "mkdocs", "build", "--strict", "-q", cwd=plain)
            print(f"{n:>6} {check:>8.2f} {with_hooks:>8.2f} {without:>8.2f} {with_hooks / without:>6.2f} "
                  f"{pages:>6} {size_mb(site / 'site'):>8.1f}", flush=True)
            if search and n == max(SIZES):
                synthetic_search(site / "site", n)
    if search:
        with tempfile.TemporaryDirectory() as tmp:
            search_bench(Path(tmp))


if __name__ == "__main__":
    main()
