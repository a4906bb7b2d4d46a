"""WCAG 2.1 AA as a reader meets it, on this repository's own content in both languages: axe-core
(from npm, package-lock.json) finds no violation on any page type; no page requests anything that
fails; keyboard focus (phone and desktop) never lands on something invisible; the 404 pages and the footer
speak the page's language; Ctrl+P on a case page prints the content, not the site's chrome."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from support import REPO

pytestmark = [pytest.mark.browser, pytest.mark.build]

AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
# Best-practice rules about the theme's own parts (header, search, navigation, footer): content
# rules such as heading-order are the chapters' business, not the theme's.
THEME_RULES = ["aria-dialog-name", "landmark-unique", "landmark-one-main", "landmark-no-duplicate-banner",
               "landmark-no-duplicate-contentinfo", "landmark-no-duplicate-main",
               "landmark-banner-is-top-level", "landmark-contentinfo-is-top-level"]
LANGUAGES = {"pl": "", "en": "en/"}


def page_types(site: Path) -> dict[str, str]:
    """One address (below a language's root) per kind of page the site has."""
    def first(folder: str, keep=lambda name: True) -> str:
        names = sorted(p.name for p in (site / folder).iterdir() if p.is_dir() and keep(p.name))
        assert names, f"no page under {folder}/ in the built site"
        return f"{folder}/{names[0]}/"

    return {
        "front door": "",
        "chapter": "guide/about/",
        "glossary": "guide/glossary/",
        "case index": "cases/",
        "by mechanism": "cases/by-mechanism/",
        "case": first("cases", lambda n: n[:3] in ("fr-", "it-")),
        "provision": first("law", lambda n: n[:3] in ("fr-", "it-", "pl-", "eu-")),
        "law index": "law/",
        "status": "status/",
        "print view": first("print"),
        "404": "404.html",
        "accessibility statement": "accessibility/",
    }


@pytest.fixture(scope="module")
def axe():
    if not AXE.exists():
        message = f"axe-core is not installed ({AXE.relative_to(REPO)}): run `make venv` (npm ci)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return AXE


@pytest.fixture(scope="module")
def site(repo_site, serve):
    return repo_site, serve(repo_site)


def run_axe(page, axe: Path, tags: list[str] | None = None, rules: list[str] | None = None) -> list[str]:
    page.add_script_tag(path=str(axe))
    only = {"type": "rule", "values": rules} if rules else {"type": "tag", "values": tags or WCAG_TAGS}
    result = page.evaluate("only => axe.run(document, {runOnly: only})", only)
    return [f"{v['id']} ({len(v['nodes'])}x, e.g. {v['nodes'][0]['target']}): {v['help']}"
            for v in result["violations"]]


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_axe_violations_on_any_page_type(page, site, axe, language):
    root, base = site
    found = {}
    for kind, path in page_types(root).items():
        page.goto(base + LANGUAGES[language] + path)
        violations = run_axe(page, axe)
        if kind != "print view":  # a document without the theme's chrome
            violations += run_axe(page, axe, rules=THEME_RULES)
        if violations:
            found[kind] = violations
    assert not found, found


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_axe_violations_with_search_results_open(page, site, axe, language):
    _, base = site
    page.goto(base + LANGUAGES[language])
    page.keyboard.press("/")
    page.locator("input.md-search__input").press_sequentially("Nantes", delay=20)
    page.locator(".md-search-result__item").first.wait_for(timeout=15000)
    assert run_axe(page, axe) + run_axe(page, axe, rules=THEME_RULES) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_page_type_makes_a_failed_request(page, site, language):
    root, base = site
    failed = []
    page.on("response", lambda r: r.status >= 400 and not r.url.endswith("/404.html") and failed.append(
        f"{r.status} {r.url} (from {page.url})"))
    # ERR_ABORTED is the browser cancelling a request when the test moves to the next page (seen for
    # the favicon under load): not a failure of the site, whose missing files show as statuses >= 400.
    page.on("requestfailed", lambda r: r.failure != "net::ERR_ABORTED" and failed.append(
        f"{r.failure} {r.url} (from {page.url})"))
    for path in page_types(root).values():
        page.goto(base + LANGUAGES[language] + path)
        page.wait_for_load_state("networkidle")
    assert failed == []


@pytest.mark.parametrize("width,height", [(390, 844), (1280, 900)], ids=["phone", "desktop"])
def test_tab_focus_never_lands_on_something_invisible(browser, site, width, height):
    root, base = site
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    page.goto(base + page_types(root)["case"])
    invisible = []
    for stop in range(30):
        page.keyboard.press("Tab")
        page.wait_for_timeout(350)  # let fading in on focus (permalinks, the search) finish
        where = page.evaluate("""() => {
            const el = document.activeElement;
            if (!el || el === document.body) return null;
            const r = el.getBoundingClientRect();
            const shown = el.checkVisibility({visibilityProperty: true, opacityProperty: true});
            const onScreen = r.width > 0 && r.height > 0 && r.right > 0 && r.left < innerWidth;
            return {shown: shown && onScreen, what: el.outerHTML.slice(0, 120)};
        }""")
        if where and not where["shown"]:
            invisible.append(f"Tab {stop + 1}: {where['what']}")
    if width < 1220:  # the navigation is a drawer (Material's 76.25em breakpoint)
        assert_the_drawer_opens(page)
    context.close()
    assert invisible == [], "\n".join(invisible)


def assert_the_drawer_opens(page):
    """The drawer kept out of the Tab order while closed still opens, and its links take focus."""
    page.locator("label.md-header__button[for='__drawer']").click()
    first_link = page.locator(".md-sidebar--primary a.md-nav__link").first
    first_link.wait_for(state="visible")
    first_link.focus()
    assert page.evaluate("() => document.activeElement.closest('.md-sidebar--primary') !== null")


def test_the_404_pages_speak_their_language(page, site):
    _, base = site
    for language, prefix, heading, home in (("pl", "", "Nie znaleziono strony", "/"),
                                            ("en", "en/", "Page not found", "/en/")):
        response = page.goto(base + prefix + "404.html")
        assert response.status == 200
        assert page.locator("html").get_attribute("lang") == language
        assert page.locator("h1").inner_text().startswith(heading)
        assert page.locator(".handbook-404 a").first.get_attribute("href") == home


def test_the_footer_names_publisher_licence_and_accessibility_statement(page, site):
    _, base = site
    for prefix, words in (("", ("Wydawca", "CC BY 4.0", "MIT", "Deklaracja dostępności")),
                          ("en/", ("Publisher", "CC BY 4.0", "MIT", "Accessibility statement"))):
        page.goto(base + prefix + "cases/")
        footer = page.locator(".md-copyright")
        text = footer.inner_text()
        assert all(w in text for w in words), text
        assert "Made with" not in text
        statement = footer.get_by_role("link", name=words[-1])
        statement.click()
        page.wait_for_url(f"**/{prefix}accessibility/")
        assert page.locator("h1").inner_text().startswith(words[-1])


def test_report_a_problem_links_the_repository_issue_form(page, built_site, serve):
    """The fixture site sets repo_url (as HANDBOOK_REPO_URL does for the handbook)."""
    page.goto(serve(built_site / "site") + "en/")
    link = page.locator(".md-copyright").get_by_role("link", name="Report a problem")
    assert link.get_attribute("href") == "https://git.example.org/handbook/issues/new"


def test_ctrl_p_on_a_case_prints_the_content_and_the_links_addresses(page, site):
    root, base = site
    page.goto(base + page_types(root)["case"])
    page.emulate_media(media="print")
    for chrome in (".md-header", ".md-sidebar--primary", ".md-sidebar--secondary", ".md-search", ".md-footer",
                   ".md-content__button", ".headerlink"):
        shown = page.locator(chrome).evaluate_all("els => els.filter(e => e.checkVisibility()).length")
        assert shown == 0, f"{chrome} is printed"
    assert page.locator("article h1").is_visible()
    link = page.locator("article a[href^='http']:not(.print-bare)").first
    after = link.evaluate("a => getComputedStyle(a, '::after').content")
    assert link.get_attribute("href") in after
    summary = page.locator("article .case-summary")
    if summary.count():  # the summary panel (handbook/render.py) comes first on paper, under the title
        first_block = page.evaluate("""() => {
            const blocks = [...document.querySelectorAll('article > :not(h1):not(a)')]
                .filter(e => e.checkVisibility());
            blocks.sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
            return blocks[0].classList.contains('case-summary');
        }""")
        assert first_block
