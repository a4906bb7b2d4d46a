"""What a reader does: switch language on a page, and search."""

from __future__ import annotations

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.build]


@pytest.fixture(scope="module")
def base(built_site, serve):
    return serve(built_site / "site")


def test_language_switch_keeps_the_reader_on_the_same_case(page, base):
    page.goto(base + "cases/xx-alpha-reserved/")
    assert page.locator("html").get_attribute("lang") == "pl"
    page.locator(".md-header__option .md-select").hover()
    page.locator('.md-select__link[hreflang="en"]').click()
    page.wait_for_url("**/en/cases/xx-alpha-reserved/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("h1").inner_text().startswith("Alpha: a reserved contract")


def test_search_finds_a_case(page, base):
    page.goto(base + "en/")
    page.keyboard.press("/")  # Material's shortcut to open search
    page.locator("input.md-search__input").press_sequentially("Alpha", delay=30)
    result = page.locator(".md-search-result__item").first
    result.wait_for(timeout=15000)
    assert "Alpha" in result.inner_text()
    # The first link of a result is the page; the sections that match follow it (the summary panel is one).
    assert "/en/cases/xx-alpha-reserved/" in result.locator("a").first.get_attribute("href")
