"""The case index in Chromium: filters show exactly the matching cases, the count and the address agree,
a linked filtered view is restored, the keyboard alone is enough, and without JavaScript all cases are listed."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlparse

import pytest

from handbook.project import load_project
from support import REPO

pytestmark = [pytest.mark.browser, pytest.mark.build]


@pytest.fixture(scope="module")
def base(repo_site, serve):
    return serve(repo_site)


@pytest.fixture(scope="module")
def cases():
    return load_project(REPO).catalog.cases


def visible(page) -> set[str]:
    return set(page.eval_on_selector_all("#case-list > li:not([hidden])", "els => els.map(e => e.dataset.case)"))


def count(page) -> tuple[int, int]:
    shown, total = re.findall(r"\d+", page.locator("#case-count").inner_text())
    return int(shown), int(total)


def query(page) -> dict:
    return {k: v[0] for k, v in parse_qs(urlparse(page.url).query).items()}


def test_choosing_a_mechanism_shows_exactly_the_cases_that_have_it(page, base, cases):
    page.goto(base + "en/cases/")
    for mechanism in ("co-design", "reserved-contract", "clause-facilitator"):
        page.select_option("#filter-mechanism", mechanism)
        expected = {c.id for c in cases.values() if mechanism in c.mechanisms}
        assert visible(page) == expected
        assert count(page) == (len(expected), len(cases))
        assert query(page) == {"mechanism": mechanism}
        markers = set(page.eval_on_selector_all(".hb-map__marker", "els => els.filter(e => e.style.display !== 'none').map(e => e.dataset.case)"))
        assert markers == {c for c in expected if cases[c].geo}


def test_filters_combine_and_the_count_is_announced(page, base, cases):
    page.goto(base + "cases/")
    assert page.locator("#case-count").get_attribute("role") == "status"
    page.select_option("#filter-country", "FR")
    page.select_option("#filter-level", "metropolis")
    expected = {c.id for c in cases.values() if c.country == "FR" and c.authority_level == "metropolis"}
    assert visible(page) == expected and count(page)[0] == len(expected)
    assert query(page) == {"country": "FR", "level": "metropolis"}
    page.click("#case-filters-reset")
    assert visible(page) == set(cases) and query(page) == {}


def test_a_linked_filtered_view_is_restored_on_load(page, base, cases):
    page.goto(base + "cases/?mechanism=co-design&country=IT")
    expected = {c.id for c in cases.values() if c.country == "IT" and "co-design" in c.mechanisms}
    assert expected and visible(page) == expected
    assert page.locator("#filter-mechanism").input_value() == "co-design"
    assert page.locator("#filter-country").input_value() == "IT"
    assert count(page) == (len(expected), len(cases))


def test_an_unknown_value_in_the_address_is_dropped_not_applied(page, base, cases):
    page.goto(base + "cases/?mechanism=no-such-thing&country=IT")
    assert visible(page) == {c.id for c in cases.values() if c.country == "IT"}
    assert query(page) == {"country": "IT"}


def test_the_keyboard_alone_filters_the_list(page, base, cases):
    page.goto(base + "en/cases/")
    page.locator("#filter-country").focus()
    for _ in range(10):  # Tab from the first filter to the mechanism select
        if page.evaluate("document.activeElement.id") == "filter-mechanism":
            break
        page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "filter-mechanism"
    page.keyboard.press("ArrowDown")  # a closed <select> changes value with the arrow keys
    chosen = page.locator("#filter-mechanism").input_value()
    assert chosen
    assert visible(page) == {c.id for c in cases.values() if chosen in c.mechanisms}
    assert query(page) == {"mechanism": chosen}


def test_without_javascript_every_case_is_listed(browser, base, cases):
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(base + "cases/")
        assert page.locator("#case-filters").is_hidden()  # no controls that cannot work
        links = page.eval_on_selector_all("#case-list > li .hb-case__title a", "els => els.map(e => e.getAttribute('href'))")
        assert sorted(links) == sorted(f"{c}/" for c in cases)
        assert page.locator("#case-list > li:visible").count() == len(cases)
    finally:
        context.close()


def test_map_markers_are_focusable_links_to_the_case_pages(page, base, cases):
    page.goto(base + "cases/")
    marker = page.locator(".hb-map__marker").first
    marker.focus()
    assert page.evaluate("document.activeElement.classList.contains('hb-map__marker')")
    case_id = marker.get_attribute("data-case")
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/cases/{case_id}/")
    assert page.locator("h1").inner_text().startswith(cases[case_id].title["pl"].split(":")[0])
