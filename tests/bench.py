"""Benchmark: `make bench`. Build time first (with phases, scaling and peak memory), then search.

For N = 10, 100 and 1,000 synthetic cases (copies of the fixture case with longer
texts) it times a real two-language build with the hooks, then a plain MkDocs
build of the very same Markdown pages written by hand (no hooks), so the cost of
the hooks shows as a ratio. It also times `python -m handbook check`.
What the plain build does not do, and the hooks build does (its overhead is these): load
and validate the YAML and generate the pages from it; resolve `[[id]]` links (the plain
pages carry their labels only); the prebuilt per-language search indexes (the plain build
has Material's merged index only); the front door, print entries, legal-state line and
fallback notices on hand-written pages; the 404 pages' placement; open data and schemas.
What the hooks build does more cheaply: the structured parts of generated pages (breadcrumb, contents,
summary panel, lists of results, sources and related cases, pager) reach Python-Markdown as elements
(handbook/blocks.py), while the plain build parses the same parts from their Markdown in docs/.
The plain copy keeps one one-line hook that hands the theme its words (labels), which the
templates need to render at all.

Search: on this repository's site, success@1 and success@5 of the query set
(tests/search/queries.yml) and success@5 of its typo block, through the Python
harness and through Material's search box in Chromium; the size of each
language's index (what its worker loads, raw and gzipped); the bytes of search
files a page fetches before the reader touches the search box (goal 0); the time
from focusing the search box to a ready index (goal under 300 ms here, under 1 s
at 1,000 cases) and from a query's input to rendered results (median: goal under
50 ms here, under 150 ms at 1,000 cases); the same on the largest synthetic site.
Serve loop: under a running `mkdocs serve` on this repository, the time from saving one
edited case to the served page showing the new text, and the number of rebuilds the save
caused (from the serve log). BENCH_SERVE=0 skips it.
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
import json
import statistics

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from support import CHROMIUM, CHROMIUM_FLAGS, copy_repository, copy_site, mkdocs_build, serve_directory
from searching import (LANGUAGES, SearchBox, harness_results, language_root, load_queries, load_typos,
                       successes)
import itertools

# BENCH_SIZES=100,1000,3000 (commas or spaces): the numbers of synthetic cases to build.
SIZES = [int(n) for n in re.split(r"[,\s]+", os.environ.get("BENCH_SIZES", "10 100 1000").strip()) if n]
PHASES_HOOK = Path(__file__).resolve().parent / "bench_phases.py"
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


def run(*args: str, cwd: Path, env: dict | None = None) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds (user + system) and peak RSS in MB of the child (its own rusage, via wait4)."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})}
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        child = subprocess.Popen(args, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(child.pid, 0)
        elapsed = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        if child.returncode != 0:
            err.seek(0)
            sys.exit(f"{' '.join(args)} failed:\n{err.read().decode(errors='replace')[-3000:]}")
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024  # ru_maxrss is in KiB on Linux


def timed(*args: str, cwd: Path) -> float:
    return run(*args, cwd=cwd)[0]


def with_phase_timer(site: Path) -> None:
    """Add the bench-only phase timer (tests/bench_phases.py) to a copy's mkdocs.yml."""
    config = (site / "mkdocs.yml").read_text(encoding="utf-8")
    line = f"  - {PHASES_HOOK}\n"
    if re.search(r"^hooks:\n", config, re.MULTILINE):
        config = re.sub(r"^(hooks:\n(?:  - .*\n)+)", lambda m: m.group(1) + line, config, count=1, flags=re.MULTILINE)
    else:
        config += "hooks:\n" + line
    (site / "mkdocs.yml").write_text(config, encoding="utf-8")


def phased_build(site: Path, out: Path) -> tuple[float, float, float, dict[str, list[float]]]:
    """`mkdocs build --strict` with the phase timer: wall s, CPU s, peak RSS MB, {phase: [CPU s, calls]}."""
    import json

    with_phase_timer(site)
    wall, cpu, rss = run(sys.executable, "-m", "mkdocs", "build", "--strict", "-q", cwd=site,
                    env={"BENCH_PHASES_OUT": str(out)})
    return wall, cpu, rss, json.loads(out.read_text(encoding="utf-8"))


LABELS_HOOK = """import json, pathlib

LABELS = json.loads((pathlib.Path(__file__).parent / "theme_labels.json").read_text(encoding="utf-8"))


def on_env(env, config, files, **kwargs):
    env.globals["handbook_labels"] = LABELS
    return env
"""


def theme_labels(site: Path) -> dict[str, dict]:
    """Language -> the `theme` labels of the site's schema/labels/<lang>.yml."""
    from handbook import labels, languages

    codes = languages.from_mkdocs_yml(site / "mkdocs.yml").codes
    tables = labels.load_labels(site, codes=codes)
    return {code: tables[code]["theme"] for code in codes}


def plain_copy(site: Path, dest: Path) -> Path:
    """The same pages as hand-written Markdown in a site without hooks."""
    shutil.copytree(site / "docs", dest / "docs")
    shutil.copytree(site / "overrides", dest / "overrides")  # the theme's custom_dir
    config = (site / "mkdocs.yml").read_text(encoding="utf-8")
    config = re.sub(r"hooks:\n(  - .*\n)+", "", config)
    # The theme's own words (overrides/partials/handbook-i18n.html) are data the templates need, not hook work:
    # a plain site would carry them too, so a one-line hook hands them over from a JSON file.
    (dest / "theme_labels.json").write_text(json.dumps(theme_labels(site)), encoding="utf-8")
    (dest / "labels_hook.py").write_text(LABELS_HOOK, encoding="utf-8")
    config += "hooks:\n  - labels_hook.py\n"
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
        at1, at5 = successes(list(zip(queries[lang], tops[:n], strict=True)))
        _, typo5 = successes(list(zip(typos[lang], tops[n:], strict=True)))
        print(f"  chromium {lang}: success@1 {at1}/{n}, success@5 {at5}/{n}; typos success@5 {typo5}/{len(typos[lang])}; "
              f"{timing(ms[:n], box, again)}")


def synthetic_search(site_dir: Path, n: int) -> None:
    print(f"search, {n} synthetic cases: index {index_sizes(site_dir)}")
    if os.path.exists(CHROMIUM):
        for lang, (_, ms, box, again) in browser_search(site_dir, SYNTHETIC_QUERIES).items():
            print(f"  chromium {lang}: {timing(ms, box, again)}")


def free_port() -> int:
    import socket
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url: str) -> str:
    import urllib.request
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except OSError:
        return ""


def wait_for(url: str, text: str, timeout: float) -> float:
    start = time.perf_counter()
    while text not in fetch(url):
        if time.perf_counter() - start > timeout:
            sys.exit(f"serve loop: {url} did not show {text!r} within {timeout:.0f} s")
        time.sleep(0.2)
    return time.perf_counter() - start


def serve_loop(tmp: Path) -> None:
    """Edit one case under `mkdocs serve`: seconds until the served page has the new text, and rebuilds."""
    root = copy_repository(tmp / "serve")
    case = min((root / "cases").glob("*.yml"))
    port, log = free_port(), tmp / "serve.log"
    url = f"http://127.0.0.1:{port}/en/cases/{case.stem}/"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    with open(log, "w") as out:
        server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"],
                                  cwd=root, env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        first = wait_for(url, "</html>", 300)
        time.sleep(3)  # let any rebuild the first build triggered settle
        before = log.read_text(encoding="utf-8").count("Detected file changes")
        data = yaml.safe_load(case.read_text(encoding="utf-8"))
        marker = "Serveloopmarker"
        case.write_text(case.read_text(encoding="utf-8").replace(data["title"]["en"], f"{data['title']['en']} {marker}", 1),
                        encoding="utf-8")
        reload = wait_for(url, marker, 300)
        time.sleep(max(10.0, reload))  # a second rebuild, if the first one triggers it, starts within this
        while log.read_text(encoding="utf-8").count("Detected file changes") > \
                log.read_text(encoding="utf-8").count("Reloading browsers"):
            time.sleep(0.5)  # wait for a rebuild in progress to finish
        rebuilds = log.read_text(encoding="utf-8").count("Detected file changes") - before
    finally:
        server.terminate()
        server.wait(timeout=30)
    print(f"\nserve loop, this repository: first build served in {first:.1f} s; one case edited: "
          f"new text served in {reload:.1f} s, {rebuilds} rebuild(s)", flush=True)


def print_phases(title: str, runs: dict[int, dict[str, list[float]]]) -> None:
    """One column per size: seconds in each phase (exclusive), and the share of the largest build."""
    sizes = sorted(runs)
    largest = runs[sizes[-1]]
    total = sum(seconds for name, (seconds, _) in largest.items() if not name.startswith("total"))
    print(f"\n{title}: CPU seconds per phase (exclusive; both language passes), share at {sizes[-1]} cases")
    print(f"  {'phase':<46}" + "".join(f"{n:>9}" for n in sizes) + f"{'share':>7}{'calls':>9}")
    names = sorted({name for run in runs.values() for name in run if not name.startswith("total")},
                   key=lambda name: -largest.get(name, [0, 0])[0])
    for name in names:
        row = "".join(f"{runs[n].get(name, [0, 0])[0]:>9.2f}" for n in sizes)
        seconds, calls = largest.get(name, [0, 0])
        print(f"  {name:<46}{row}{seconds / total:>7.0%}{int(calls):>9}")


def ratios(times: dict[int, float]) -> str:
    sizes = sorted(times)
    return ", ".join(f"t({b})/t({a}) = {times[b] / times[a]:.2f}" for a, b in itertools.pairwise(sizes)
                     if times[a] > 0) or "-"


def main() -> None:
    python = sys.executable
    search = os.environ.get("BENCH_SEARCH", "1") != "0"
    serve = os.environ.get("BENCH_SERVE", "1") != "0"
    phases: dict[str, dict[int, dict]] = {"hooks": {}, "plain": {}}
    walls: dict[str, dict[int, float]] = {"hooks": {}, "plain": {}}
    cpus: dict[str, dict[int, float]] = {"hooks": {}, "plain": {}}
    print("Wall times on a shared machine are noisy: compare CPU seconds (user + system of the build process),")
    print("runs made back to back, and the phase shares. ratio: hooks over plain, in CPU seconds.")
    print(f"{'cases':>6} {'check s':>8} {'hooks s':>8} {'cpu s':>7} {'plain s':>8} {'cpu s':>7} {'ratio':>6}"
          f" {'pages':>6} {'site MB':>8} {'RSS MB':>7}")
    for n in SIZES:
        with tempfile.TemporaryDirectory() as tmp:
            site = copy_site("site", Path(tmp) / "hooks")
            write_cases(site, n)
            check = timed(python, "-m", "handbook", "check", str(site), cwd=site)
            wall, cpu, rss, phases["hooks"][n] = phased_build(site, Path(tmp) / "hooks-phases.json")
            pages = len(list((site / "site").rglob("index.html")))
            plain = plain_copy(site, Path(tmp) / "plain")
            plain_wall, plain_cpu, _, phases["plain"][n] = phased_build(plain, Path(tmp) / "plain-phases.json")
            walls["hooks"][n], walls["plain"][n] = wall, plain_wall
            cpus["hooks"][n], cpus["plain"][n] = cpu, plain_cpu
            print(f"{n:>6} {check:>8.2f} {wall:>8.2f} {cpu:>7.2f} {plain_wall:>8.2f} {plain_cpu:>7.2f} "
                  f"{cpu / plain_cpu:>6.2f} {pages:>6} {size_mb(site / 'site'):>8.1f} {rss:>7.0f}", flush=True)
            if search and n == max(SIZES):
                synthetic_search(site / "site", n)
    print(f"\nscaling, hooks build, CPU: {ratios(cpus['hooks'])}; wall: {ratios(walls['hooks'])}")
    print(f"scaling, plain build, CPU: {ratios(cpus['plain'])}; wall: {ratios(walls['plain'])}")
    print_phases("hooks build", phases["hooks"])
    print_phases("plain build (same pages, no hooks)", phases["plain"])
    if serve:
        with tempfile.TemporaryDirectory() as tmp:
            serve_loop(Path(tmp))
    if search:
        with tempfile.TemporaryDirectory() as tmp:
            search_bench(Path(tmp))


if __name__ == "__main__":
    main()
