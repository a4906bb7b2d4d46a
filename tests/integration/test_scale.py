"""Speed costs nothing in correctness: a 200-case site built the fast way is the site built the slow way.

The slow way is what the build did before issue 16: mkdocs-static-i18n with `reconfigure_search: true`,
which de-duplicates the merged search entries by comparing every Polish entry with every English one
(quadratic in the pages), every language pass rendering the generated pages again
(HANDBOOK_RENDER_CACHE=0), and Python-Markdown parsing every part of a generated page from its Markdown
(HANDBOOK_PARTS=0; the fast way hands the structured parts over as elements, handbook/blocks.py). The handbook publishes one index per language (handbook/search/site.py), so it
switches the de-duplication off, and renders the generated pages once per change; these tests check that the per-language indexes, the pages and the print views come
out byte for byte the same, and that the de-duplication really no longer runs.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

from searching import LANGUAGES, index_of, language_root
from bench import PHASES_HOOK, plain_copy, with_phase_timer, write_cases
from support import REPO, copy_site, mkdocs_build

pytestmark = pytest.mark.build

CASES = 200
# Phases as tests/bench_phases.py names them.
DEDUP, GENERATE, RENDER = "i18n: search de-duplication", "handbook: generate pages", "renderer: case and law pages"
PARTS = "Markdown: page parts as elements (handbook)"
# Files that differ between two builds of the same sources: their dates only (edition.json: the build time).
TIMESTAMPED = {"sitemap.xml", "sitemap.xml.gz", "edition.json"}


def i18n_options(config_file: Path) -> dict:
    class Loader(yaml.SafeLoader):
        pass

    Loader.add_constructor("!ENV", lambda loader, node: None)
    plugins = yaml.load(config_file.read_text(encoding="utf-8"), Loader=Loader)["plugins"]
    return next(p["i18n"] for p in plugins if isinstance(p, dict) and "i18n" in p)


@pytest.mark.parametrize("config_file", [REPO / "mkdocs.yml", REPO / "tests/fixtures/site/mkdocs.yml"],
                         ids=["repository", "fixture"])
def test_static_i18n_does_not_deduplicate_search_entries(config_file):
    assert i18n_options(config_file).get("reconfigure_search") is False


def build(root: Path, slow: bool) -> dict[str, list[float]]:
    """A 200-case copy of the fixture site, built with the phase timer; returns its phases."""
    copy_site("site", root)
    write_cases(root, CASES)
    if slow:
        config = (root / "mkdocs.yml").read_text(encoding="utf-8")
        config, found = re.subn(r"reconfigure_search: false", "reconfigure_search: true", config)
        assert found == 1
        (root / "mkdocs.yml").write_text(config, encoding="utf-8")
    with_phase_timer(root)
    out = root.parent / f"{root.name}-phases.json"
    env = {"BENCH_PHASES_OUT": str(out), **({"HANDBOOK_RENDER_CACHE": "0", "HANDBOOK_PARTS": "0"} if slow else {})}
    result = mkdocs_build(root, env=env)
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(out.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def both(tmp_path_factory) -> tuple[Path, Path, dict, dict]:
    tmp = tmp_path_factory.mktemp("scale")
    slow_phases, fast_phases = build(tmp / "slow", slow=True), build(tmp / "fast", slow=False)
    return tmp / "slow/site", tmp / "fast/site", slow_phases, fast_phases


def files(site: Path) -> dict[str, Path]:
    return {p.relative_to(site).as_posix(): p for p in site.rglob("*") if p.is_file() and p.name not in TIMESTAMPED}


def test_the_fast_build_skips_the_deduplication(both):
    _, _, slow_phases, fast_phases = both
    assert slow_phases.get(DEDUP, [0, 0])[1] == 1  # the timer sees it when it runs
    assert fast_phases.get(DEDUP, [0, 0])[1] == 0


def test_the_fast_build_renders_the_generated_pages_once(both):
    _, _, slow_phases, fast_phases = both
    assert slow_phases[GENERATE][1] == fast_phases[GENERATE][1] == 2  # called in each language pass
    assert fast_phases[RENDER][1] == 1 and slow_phases[RENDER][1] == 2


def test_the_fast_build_hands_page_parts_over_as_elements(both):
    _, _, slow_phases, fast_phases = both
    # each case page has at least its breadcrumb, contents, summary, sources and pager as parts
    assert fast_phases.get(PARTS, [0, 0])[1] >= 5 * CASES * len(LANGUAGES)
    assert slow_phases.get(PARTS, [0, 0])[1] == 0


def test_per_language_search_indexes_are_identical(both):
    slow, fast, _, _ = both
    for lang in LANGUAGES:  # the prebuilt index each language's worker loads, and the stub Material fetches
        docs = index_of(fast, lang)["docs"]
        assert sum(d["location"].startswith("cases/xx-case-") for d in docs) >= CASES  # every case is in it
        for name in ("search/lunr_index.json", "search/search_index.json"):
            index = f"{language_root(lang)}{name}"
            assert (slow / index).read_bytes() == (fast / index).read_bytes(), index


def test_pages_and_print_views_are_identical(both):
    slow, fast = files(both[0]), files(both[1])
    assert sorted(slow) == sorted(fast)
    assert sum(name.startswith(("cases/xx-case-", "en/cases/xx-case-")) for name in fast) >= 2 * CASES
    assert any("print" in name for name in fast)  # the print views are among the compared files
    different = [name for name in fast if slow[name].read_bytes() != fast[name].read_bytes()]
    assert not different, different[:20]


def test_an_edit_renders_the_pages_again(tmp_path, monkeypatch):
    from handbook import content

    root = copy_site("site", tmp_path / "site")
    calls = []
    original = content.Renderer.pages
    monkeypatch.setattr(content.Renderer, "pages", lambda self, *a: calls.append(1) or original(self, *a))

    def write():
        build = content.Build(root, root / "docs")
        build.load()
        build.write_pages()

    write(), write()
    assert len(calls) == 1  # the second language pass
    case = next((root / "cases").glob("*.yml"))
    case.write_text(case.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    write()
    assert len(calls) == 2


def test_the_phase_timer_is_a_bench_only_hook():
    assert "bench_phases" not in (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    assert PHASES_HOOK.exists()


def test_the_bench_plain_build_builds_the_same_pages(built_site, tmp_path):
    """`make bench` compares the hooks build with a plain MkDocs build of the same pages: that reference must
    build, strict, and publish every page the hooks build does (it broke silently once, when the theme's
    words moved into the hook)."""
    plain = plain_copy(built_site, tmp_path / "plain")
    result = mkdocs_build(plain)
    assert result.returncode == 0, result.stderr[-3000:]
    pages = {p.relative_to(built_site / "site").as_posix() for p in (built_site / "site").rglob("index.html")}
    assert pages == {p.relative_to(plain / "site").as_posix() for p in (plain / "site").rglob("index.html")}
