"""`make offline` on the fixture site: the zip, unpacked, works from file:// in headless
Chromium: navigation, language switch and search."""

from __future__ import annotations

import zipfile

import pytest

from searching import SEARCH_FILES
from support import copy_site
from tools.offline import build, write_search_scripts, zip_tree

pytestmark = [pytest.mark.browser, pytest.mark.build]


@pytest.fixture(scope="module")
def offline_root(tmp_path_factory):
    root = copy_site("site", tmp_path_factory.mktemp("offline"))
    site = root / "out" / "handbook-offline"
    build(root / "mkdocs.yml", site)
    assert write_search_scripts(site)
    archive = zip_tree(site, root / "out" / "handbook-offline.zip")
    unpacked = root / "usb"
    with zipfile.ZipFile(archive) as zipped:
        zipped.extractall(unpacked)
    return unpacked / "handbook-offline"


def test_offline_copy_has_no_directory_urls(offline_root):
    assert (offline_root / "guide/chapter.html").is_file()
    assert (offline_root / "en/cases/xx-alpha-reserved.html").is_file()
    assert (offline_root / "search/search_index.js").read_text(encoding="utf-8").startswith("var __index = ")
    assert (offline_root / "assets/javascripts/iframe-worker/shim.js").is_file()  # no CDN needed


def test_navigate_switch_language_and_search_from_file_url(page, offline_root):
    page.goto((offline_root / "index.html").as_uri())
    assert page.locator("html").get_attribute("lang") == "pl"
    page.locator("a[href$='guide/chapter.html']").first.click()
    page.wait_for_url("**/guide/chapter.html")
    assert page.locator("h1").inner_text().startswith("Rozdział testowy")
    page.locator(".md-header__option .md-select").hover()
    page.locator('.md-select__link[hreflang="en"]').click()
    page.wait_for_url("**/en/guide/chapter.html")
    assert page.locator("html").get_attribute("lang") == "en"
    page.keyboard.press("/")  # Material's shortcut to open search
    page.locator("input.md-search__input").press_sequentially("Alpha", delay=30)
    result = page.locator(".md-search-result__item").first
    result.wait_for(timeout=15000)
    assert "Alpha" in result.inner_text()
    result.locator("a").first.click()
    page.wait_for_url("**/en/cases/xx-alpha-reserved.html*")
    assert page.locator("h1").inner_text().startswith("Alpha")


def test_search_from_file_url_waits_for_the_search_box_then_forgives_a_typo(page, offline_root):
    requests = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto((offline_root / "en/index.html").as_uri())
    page.wait_for_timeout(1000)
    assert not [r for r in requests if SEARCH_FILES.search(r)], requests
    page.keyboard.press("/")
    page.locator("input.md-search__input").press_sequentially("Alhpa", delay=30)  # Alpha, two letters swapped
    result = page.locator(".md-search-result__item").first
    result.wait_for(timeout=20000)
    assert "Alpha" in result.inner_text()
    assert any(r.endswith("en/search/lunr_index.js") for r in requests)


def test_query_link_from_file_url_even_misspelled(page, offline_root):
    page.goto((offline_root / "en/index.html").as_uri() + "?q=Alphaa")
    links = page.locator(".md-search-result__item > .md-search-result__link")
    links.first.wait_for(timeout=20000)
    assert page.locator("input.md-search__input").input_value() == "Alphaa"
    hrefs = links.evaluate_all("links => links.map(a => a.href)")
    assert any("/en/cases/xx-alpha-reserved.html" in h for h in hrefs[:5]), hrefs
