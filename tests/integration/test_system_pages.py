"""The files a browser or a search engine asks for beside the pages: the sitemap with its hreflang
alternates, and the 404 page of each language (this repository's content, built for real)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

pytestmark = pytest.mark.build

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def test_sitemap_gives_absolute_hreflang_alternates_with_x_default(repo_site):
    assert (repo_site / "sitemap.xml").read_text(encoding="utf-8").startswith("<?xml")  # nothing before it
    urls = ET.parse(repo_site / "sitemap.xml").getroot().findall("s:url", NS)
    assert urls
    for url in urls:
        loc = url.find("s:loc", NS).text
        alternates = {a.get("hreflang"): a.get("href") for a in url.findall("x:link", NS)}
        assert set(alternates) == {"pl", "en", "x-default"}, loc
        assert alternates["x-default"] == alternates["pl"]
        assert all(href.startswith(("http://", "https://")) for href in alternates.values()), loc
        assert loc in (alternates["pl"], alternates["en"])


def test_print_views_and_noindex_pages_are_out_of_the_sitemap(repo_site):
    sitemap = (repo_site / "sitemap.xml").read_text(encoding="utf-8")
    assert "/print/" not in sitemap
    for page in repo_site.rglob("index.html"):
        if 'name="robots" content="noindex' in page.read_text(encoding="utf-8"):
            address = page.parent.relative_to(repo_site).as_posix() + "/"
            assert f"/{address}</loc>" not in sitemap, address


def test_no_page_head_makes_material_look_for_a_sitemap_beside_it(repo_site):
    """Material fetches "sitemap.xml" next to every <link rel="alternate"> of a head: per-page
    alternates made two 404s per page."""
    for page in (repo_site / "cases").rglob("index.html"):
        assert not re.search(r'<link rel="alternate"(?![^>]*type=)', page.read_text(encoding="utf-8")), page


def test_each_language_has_its_404_page(repo_site):
    for path, lang in (("404.html", "pl"), ("en/404.html", "en")):
        assert f'<html lang="{lang}"' in (repo_site / path).read_text(encoding="utf-8")


def test_names_and_titles_in_another_language_are_marked(repo_site):
    """WCAG 3.1.2: a screen reader reads "Nantes Métropole" in French on a Polish or English page."""
    import html
    import json

    language = {"FR": "fr", "IT": "it"}
    for case in json.loads((repo_site / "data" / "cases.json").read_text(encoding="utf-8")):
        name = html.escape(case["authority"]["name"], quote=False)
        for url in case["url"].values():
            page = (repo_site / url / "index.html").read_text(encoding="utf-8")
            assert f'<span lang="{language[case["country"]]}">{name}</span>' in page, url
    for legal in json.loads((repo_site / "data" / "legal.json").read_text(encoding="utf-8")):
        if legal["jurisdiction"] in language:
            page = (repo_site / legal["url"]["pl"] / "index.html").read_text(encoding="utf-8")
            assert f'<em><span lang="{language[legal["jurisdiction"]]}">' in page, legal["id"]
    glossary = (repo_site / "guide" / "glossary" / "index.html").read_text(encoding="utf-8")
    entries = glossary.count("<strong>EN</strong> ")
    assert entries > 40 and glossary.count('<strong>EN</strong> <span lang="en">') == entries
