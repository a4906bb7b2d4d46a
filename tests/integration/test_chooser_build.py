"""The chooser in real builds: the repository publishes data/routes.json and a page per language that embeds it;
a project without routes/ builds without a chooser."""

from __future__ import annotations

import html
import json
import re

import pytest

from chooser_grid import published_table

pytestmark = pytest.mark.build


def embedded_table(page_html: str) -> dict:
    match = re.search(r'<script type="application/json" id="chooser-table">(.*?)</script>', page_html, re.S)
    return json.loads(match.group(1))


def test_the_repository_publishes_the_table_and_both_pages(repo_site):
    table = json.loads((repo_site / "data" / "routes.json").read_text(encoding="utf-8"))
    assert table == published_table()
    for page, lang in (("chooser/index.html", "pl"), ("en/chooser/index.html", "en")):
        text = (repo_site / page).read_text(encoding="utf-8")
        assert embedded_table(text) == table
        assert f'data-lang="{lang}"' in text and 'id="chooser-results"' in text and "<noscript>" in text
        assert 'id="chooser-decision-table"' in text
        for route in table["routes"]:
            assert f'id="route-{route["id"]}"' in text
            assert html.escape(route["title"][lang], quote=False) in text
    assert (repo_site / "chooser" / "chooser.js").is_file() and (repo_site / "chooser" / "chooser.css").is_file()
    # Relative to each page, so that a site published under a sub-path (GitHub Pages) finds them.
    pl, en = ((repo_site / p).read_text(encoding="utf-8") for p in ("chooser/index.html", "en/chooser/index.html"))
    assert 'data-root="../"' in pl and '<script src="../chooser/chooser.js">' in pl
    assert 'data-root="../../"' in en and '<script src="../../chooser/chooser.js">' in en


def test_the_chooser_is_in_the_navigation_of_both_languages(repo_site):
    assert 'href="chooser/"' in (repo_site / "index.html").read_text(encoding="utf-8")
    assert "Which route?" in (repo_site / "en" / "index.html").read_text(encoding="utf-8")


def test_a_project_without_routes_has_no_chooser(built_site):
    site = built_site / "site"
    assert not (site / "chooser").exists()
    assert not (site / "data" / "routes.json").exists()
    assert (site / "data" / "cases.json").is_file()
