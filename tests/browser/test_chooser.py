"""The "Which route?" page in Chromium: the browser's rules agree with Python's over the grid, the form and
the address drive each other, bad and missing answers are named, and the page works without JavaScript
and on paper. Runs on a real build of this repository."""

from __future__ import annotations

import json
from urllib.parse import parse_qs, urlencode, urlparse

import pytest

from chooser_grid import grid
from handbook.routes import evaluate

pytestmark = [pytest.mark.browser, pytest.mark.build]

ANSWERS = {"service": "social", "value": "400000", "partner": "social-cooperative", "task": "yes",
           "repeat": "no", "duration": "365"}

# Wrong or odd inputs both engines must read alike (named parameter, no route), beside the grid.
ODD = [{**ANSWERS, "value": v} for v in ("abc", "-5", "4e5", "1.5", "400 000", "400\u00a0000", " 7", "", "0x10")] + [
    {**ANSWERS, "partner": "company"}, {**ANSWERS, "task": "YES"}, {"service": "social"}, {}]


@pytest.fixture(scope="module")
def base(repo_site, serve):
    return serve(repo_site)


@pytest.fixture(scope="module")
def table(repo_site):
    return json.loads((repo_site / "data" / "routes.json").read_text(encoding="utf-8"))


def shown_routes(page) -> list[str]:
    return page.eval_on_selector_all("#chooser-results [data-route]", "els => els.map(e => e.dataset.route)")


def test_the_page_embeds_the_published_table(page, base, table):
    page.goto(base + "chooser/")
    assert json.loads(page.locator("#chooser-table").text_content()) == table
    page.goto(base + "en/chooser/")
    assert json.loads(page.locator("#chooser-table").text_content()) == table


@pytest.mark.parametrize("date", [None, "2025-06-01"])
def test_python_and_the_browser_give_the_same_routes_over_the_grid(page, base, table, date):
    page.goto(base + "chooser/")
    points = grid(table) + ODD
    browser = page.evaluate(
        """([points, date]) => {
             const table = JSON.parse(document.getElementById("chooser-table").textContent);
             return points.map(p => window.HandbookChooser.evaluate(table, new URLSearchParams(p), date));
           }""", [points, date])
    python = [evaluate(table, p, date) for p in points]
    assert len(browser) == len(python) > 5000
    for params, js, py in zip(points, browser, python):
        assert js == py, params


def test_the_form_fills_the_address_and_shows_the_routes(page, base, table):
    page.goto(base + "chooser/")
    page.get_by_label("usługa społeczna, zdrowotna lub kulturalna z załącznika XIV").check()
    page.locator("#chooser-value").fill("400000")
    page.get_by_label("spółdzielnia socjalna").check()
    page.locator('input[name="task"][value="yes"]').check()
    page.locator('input[name="repeat"][value="no"]').check()
    page.locator("#chooser-duration").fill("365")
    page.locator("#chooser-duration").press("Enter")  # the keyboard submits the form
    page.wait_for_selector("#chooser-results [data-route]")
    query = {k: v[0] for k, v in parse_qs(urlparse(page.url).query).items()}
    assert query == ANSWERS
    expected = evaluate(table, ANSWERS)["fits"]
    assert shown_routes(page) == expected
    assert "pzp-art-361-reserved" in expected and "udpp-small-grant" not in expected
    # Focus moves to the count of routes, so that keyboard and screen-reader users land on the result.
    assert page.evaluate("document.activeElement.id") == "chooser-results-title"
    rejected = page.eval_on_selector_all("#chooser-rejected [data-rejected]", "els => els.map(e => e.dataset.rejected)")
    assert sorted(rejected) == sorted(set(r["id"] for r in table["routes"]) - set(expected))
    # Each route links its provision pages.
    hrefs = page.eval_on_selector_all('[data-route="pzp-art-361-reserved"] a', "els => els.map(a => a.href)")
    assert base + "law/pl-pzp-2019-art-361/" in hrefs


def test_an_address_with_answers_restores_the_form(page, base, table):
    answers = {**ANSWERS, "service": "other", "value": "9000", "partner": "ngo", "duration": "30"}
    page.goto(base + "en/chooser/?" + urlencode(answers))
    page.wait_for_selector("#chooser-results [data-route]")
    assert page.locator("#chooser-value").input_value() == "9000"
    assert page.locator("#chooser-duration").input_value() == "30"
    for name in ("service", "partner", "task", "repeat"):
        assert page.locator(f'input[name="{name}"]:checked').get_attribute("value") == answers[name]
    assert shown_routes(page) == evaluate(table, answers)["fits"]
    assert "udpp-small-grant" in shown_routes(page)
    assert base + "en/law/pl-udpp-art-19a/" in page.eval_on_selector_all(
        '[data-route="udpp-small-grant"] a', "els => els.map(a => a.href)")


def test_a_bad_value_is_named_and_shows_no_route(page, base):
    page.goto(base + "chooser/?" + urlencode({**ANSWERS, "value": "abc"}))
    page.wait_for_selector("#chooser-messages li")
    message = page.locator('#chooser-messages [data-param="value"]').inner_text()
    assert "„value”" in message and "„abc”" in message
    assert shown_routes(page) == []
    assert page.locator("#chooser-value").input_value() == "abc"  # the reader sees what to correct


def test_negative_values_and_unknown_partners_are_named(page, base):
    page.goto(base + "en/chooser/?" + urlencode({**ANSWERS, "value": "-5", "partner": "company"}))
    page.wait_for_selector("#chooser-messages li")
    assert page.locator('#chooser-messages [data-param]').evaluate_all("els => els.map(e => e.dataset.param)") \
        == ["value", "partner"]
    assert "social-cooperative, ngo, reintegration, any" in page.locator('[data-param="partner"]').inner_text()
    assert shown_routes(page) == []


def test_missing_answers_are_listed_and_show_no_route(page, base):
    page.goto(base + "chooser/?service=social&value=400000")
    page.wait_for_selector("#chooser-messages [data-missing]")
    assert page.locator("#chooser-messages [data-missing]").get_attribute("data-missing") == "partner task repeat duration"
    text = page.locator("#chooser-messages").inner_text()
    assert all(f"parametr {p}" in text for p in ("partner", "task", "repeat", "duration"))
    assert shown_routes(page) == []


def test_the_page_without_answers_shows_no_result(page, base):
    page.goto(base + "chooser/")
    assert shown_routes(page) == [] and page.locator("#chooser-messages").inner_text() == ""


def test_without_javascript_the_whole_decision_table_is_shown(browser, base, table):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(base + "chooser/?" + urlencode(ANSWERS))
    assert shown_routes(page) == []
    for route in table["routes"]:
        heading = page.locator(f"#route-{route['id']}")
        assert heading.is_visible(), route["id"]
        assert heading.inner_text().startswith(route["title"]["pl"][:20])
    assert page.locator("noscript").count() == 1
    text = page.locator("article.md-content__inner").inner_text()
    assert "3\u00a0232\u00a0500\u00a0zł" in text and "3\u00a0477\u00a0825\u00a0zł" in text  # every period of every threshold
    context.close()


def test_a_printed_result_shows_answers_routes_and_link_addresses(page, base):
    page.goto(base + "chooser/?" + urlencode(ANSWERS))
    page.wait_for_selector("#chooser-results [data-route]")
    page.emulate_media(media="print")
    assert not page.locator("#chooser-form").is_visible()
    assert not page.locator("#chooser-decision-table").is_visible()
    assert page.locator("#chooser-answers dl").is_visible()
    assert page.locator('[data-route="pzp-art-361-reserved"]').is_visible()
    after = page.locator('[data-route="pzp-art-361-reserved"] a').first.evaluate(
        "a => getComputedStyle(a, '::after').content")
    assert base + "law/" in after
    assert "Wskazówki, nie porada prawna" in page.locator("article.md-content__inner").inner_text()


def test_the_notice_gives_the_legal_state_date(page, base):
    page.goto(base + "en/chooser/")
    assert "22 November 2026" in page.locator(".admonition").inner_text()
    assert "not legal advice" in page.locator(".admonition").inner_text()


def test_the_page_works_when_the_site_is_published_under_a_sub_path(page, repo_site, serve):
    base = serve(repo_site.parent) + repo_site.name + "/"  # e.g. GitHub Pages: https://owner.github.io/repo/
    page.goto(base + "en/chooser/?" + urlencode(ANSWERS))
    page.wait_for_selector("#chooser-results [data-route]")
    hrefs = page.eval_on_selector_all('[data-route="pzp-art-361-reserved"] a', "els => els.map(a => a.href)")
    assert base + "en/law/pl-pzp-2019-art-361/" in hrefs
    internal = [h for h in hrefs if "/law/" in h or "/cases/" in h]
    assert internal and all(h.startswith(base) for h in internal)
