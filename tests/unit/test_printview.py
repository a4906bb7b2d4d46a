"""Print views: addresses, file names and dates, without a build."""

from __future__ import annotations

import json

from handbook.edition import build_date, long_date
from handbook.model import Catalog
from handbook.generator import page_url
from handbook.printview import PrintRenderer, relative_href, slugify
from tools.offline import write_search_scripts


def test_page_urls_follow_the_site_layout():
    assert page_url("guide/toolbox.md", "pl", True) == "guide/toolbox/"
    assert page_url("guide/toolbox.md", "en", True) == "en/guide/toolbox/"
    assert page_url("guide/toolbox.md", "en", False) == "en/guide/toolbox.html"
    assert page_url("index.md", "pl", True) == ""
    assert page_url("cases/index.md", "en", True) == "en/cases/"
    assert page_url("cases/index.md", "pl", False) == "cases/index.html"


def test_relative_href_from_a_page_to_a_file_at_the_root():
    assert relative_href("guide/toolbox/", "pdf/a.pdf") == "../../pdf/a.pdf"
    assert relative_href("en/print/toolbox/", "pdf/a.pdf") == "../../../pdf/a.pdf"
    assert relative_href("en/print/toolbox.html", "pdf/a.pdf") == "../../pdf/a.pdf"


def test_file_names_are_ascii_whole_words():
    assert slugify("Zestaw narzędzi prawnych") == "zestaw-narzedzi-prawnych"
    assert slugify("Źródła i weryfikacja") == "zrodla-i-weryfikacja"
    assert slugify("Przypadki – Włochy") == "przypadki-wlochy"
    assert slugify("Social economy and local public services in Poland, France and Italy") \
        == "social-economy-and-local-public-services"


def test_dates_in_words():
    assert long_date("2026-11-22", "pl") == "22 listopada 2026 r."
    assert long_date("2026-03-01", "en") == "1 March 2026"


def test_build_date_honours_source_date_epoch(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    assert build_date() == "2023-11-14"


def test_relative_links_become_online_addresses():
    r = PrintRenderer(Catalog(), None, "https://example.org/handbook/", True)
    md = ("See [a](actors.md), [b](actors.md#x), [c](../index.md), [d](<../data/cases.json>), "
          "[e](https://other.org/), [f](#local).\n```\n[g](actors.md)\n```\n")
    out = r.absolute(md, "en", "guide/toolbox.md")
    assert "[a](<https://example.org/handbook/en/guide/actors/>)" in out
    assert "[b](<https://example.org/handbook/en/guide/actors/#x>)" in out
    assert "[c](<https://example.org/handbook/en/>)" in out
    assert "[d](<https://example.org/handbook/data/cases.json>)" in out
    assert "[e](https://other.org/)" in out and "[f](#local)" in out
    assert "[g](actors.md)" in out  # code is left alone


def test_search_script_beside_every_index(tmp_path):
    for folder in ("search", "en/search"):
        (tmp_path / folder).mkdir(parents=True)
        (tmp_path / folder / "search_index.json").write_text(json.dumps({"docs": [folder]}), encoding="utf-8")
    written = write_search_scripts(tmp_path)
    assert len(written) == 2
    script = (tmp_path / "en/search/search_index.js").read_text(encoding="utf-8")
    assert script.startswith("var __index = ") and json.loads(script[len("var __index = "):]) == {"docs": ["en/search"]}
