"""A reader on a real case page: the facts within the first screen, a table of contents on a phone."""

from __future__ import annotations

import json

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.build]

CASE = "cases/fr-nantes-reserved-contracts/"
NANTES_BASIS = ("fr-cmp-2006-art-14", "fr-ccp-l2112-2", "fr-ccp-l2113-13", "fr-ccp-l2113-14", "fr-ccp-r2113-7",
                "fr-ccp-l2111-3")


@pytest.fixture(scope="module")
def base(repo_site, serve):
    return serve(repo_site)


@pytest.mark.parametrize("lang", ["", "en/"])
def test_summary_panel_and_its_legal_basis_are_in_the_first_screen(browser, base, lang):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(base + lang + CASE)
    panel = page.locator(".case-summary")
    basis = panel.locator("dd").nth(5)  # where, who, when, mechanisms, service areas, legal basis
    hrefs = [a.get_attribute("href") for a in basis.locator("a").all()]
    for provision in NANTES_BASIS:  # each linked; a replaced one also links the provision in force now
        assert f"../../law/{provision}/" in hrefs, provision
    box = basis.bounding_box()
    assert box["y"] + box["height"] <= 900, box
    whole = panel.bounding_box()
    assert whole["y"] + whole["height"] <= 900, whole  # Nantes: the whole panel, down to the check date
    assert whole["y"] < page.locator("#context").bounding_box()["y"]
    # On a wide screen the theme's own table of contents is beside the text; the inline one is hidden.
    assert not page.locator(".page-toc").is_visible()
    context.close()


def test_every_case_shows_its_legal_basis_in_the_first_screen(browser, base, repo_site):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    for case in json.loads((repo_site / "data" / "cases.json").read_text(encoding="utf-8")):
        for url in case["url"].values():
            page.goto(base + url)
            basis = page.locator(".case-summary dt").nth(5)
            assert basis.inner_text() in ("Podstawy prawne", "Legal basis")
            box = page.locator(".case-summary dd").nth(5).bounding_box()
            assert box["y"] + box["height"] <= 900, (url, box)
    context.close()


@pytest.mark.parametrize("lang, name", [("", "Na tej stronie"), ("en/", "On this page")])
def test_contents_are_at_the_top_on_a_phone(browser, base, lang, name):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(base + lang + CASE)
    summary = page.locator(".page-toc summary")
    assert summary.inner_text().strip() == name
    box = summary.bounding_box()
    assert summary.is_visible() and box["y"] + box["height"] <= 844, box
    summary.click()
    link = page.locator(".page-toc a[href='#legal-basis']")
    link.wait_for(state="visible")
    link.click()
    page.wait_for_function("location.hash === '#legal-basis'")
    assert page.locator("#legal-basis").bounding_box()["y"] < 844
    context.close()
