"""The case index, the map and the front door, without a build: dates, links, counts, markers."""

from __future__ import annotations

import pytest

from handbook import casemap, frontdoor
from handbook.caseindex import CaseIndex, FILTERS, page_href
from handbook.edition import period_text
from handbook.project import load_project
from handbook.render import Renderer
from support import REPO


@pytest.fixture(scope="module")
def project():
    return load_project(REPO)


def test_periods_read_as_dates_in_both_languages():
    assert period_text("2016", None, "pl") == "od 2016 r."
    assert period_text("2016", None, "en") == "since 2016"
    assert period_text("2016-02-16", None, "pl") == "od 16 lutego 2016 r."
    assert period_text("2016-02-16", None, "en") == "since 16 February 2016"
    assert period_text("2018-09", "2020-12", "pl") == "od września 2018 r. do grudnia 2020 r."
    assert period_text("2018-09", "2020-12", "en") == "from September 2018 to December 2020"


def test_case_pages_use_the_same_period_format(project):
    page = Renderer(project.catalog, project.vocab).case(project.catalog.cases["fr-paris-spaser"], "pl")
    lines = page.splitlines()
    period = lines[lines.index("Kiedy") + 1]  # the summary panel's "when", a definition list entry
    assert period == ":   od 16 lutego 2016 r."  # a full stop inside a line needs no escape


@pytest.mark.parametrize("directory_urls,expected", [
    (True, ("x/", "cases/x/", "../", "cases/")), (False, ("x.html", "cases/x.html", "../index.html", "cases/index.html"))])
def test_raw_html_links_follow_the_site_addressing(directory_urls, expected):
    got = (page_href("cases/index.md", "cases/x.md", directory_urls), page_href("index.md", "cases/x.md", directory_urls),
           page_href("cases/index.md", "index.md", directory_urls), page_href("index.md", "cases/index.md", directory_urls))
    assert got == expected


def test_polish_numbers_take_the_right_noun():
    assert [frontdoor.noun("cases", n, "pl") for n in (1, 2, 5, 12, 22, 25)] == \
        ["przypadek", "przypadki", "przypadków", "przypadków", "przypadki", "przypadków"]
    assert frontdoor.noun("cases", 1, "en") == "case" and frontdoor.noun("cases", 18, "en") == "cases"


def test_filter_options_are_the_vocabulary_terms_the_cases_use(project):
    index = CaseIndex(Renderer(project.catalog, project.vocab), lambda a, b: b)
    mechanism = next(f for f in FILTERS if f.name == "mechanism")
    keys = [k for k, _, _ in index.options(mechanism, "en")]
    used = {m for c in project.catalog.cases.values() for m in c.mechanisms}
    assert set(keys) == used and set(keys) <= set(project.vocab.keys("mechanisms"))
    counts = {k: n for k, _, n in index.options(mechanism, "en")}
    assert counts["co-design"] == sum("co-design" in c.mechanisms for c in project.catalog.cases.values())


def test_cases_at_the_same_seat_get_distinct_markers(project):
    items = casemap.markers(sorted(project.catalog.cases.values(), key=lambda c: c.id))
    placed = [(m.x, m.y) for m in items if m.x is not None]
    assert len(placed) == len(set(placed)) == sum(c.geo is not None for c in project.catalog.cases.values())
    width, height = casemap.size()
    assert all(0 < x < width and 0 < y < height for x, y in placed)


def test_a_case_without_geo_is_warned_at_its_line(project):
    warnings = casemap.unplaced(project.catalog, project.documents)
    missing = sorted(c.file for c in project.catalog.cases.values() if c.geo is None)
    assert [w.file for w in warnings] == missing
    assert all(w.line > 0 and w.field == "geo" for w in warnings)


def test_front_door_refuses_an_unknown_marker(project, tmp_path):
    door = frontdoor.FrontDoor(Renderer(project.catalog, project.vocab), tmp_path)
    with pytest.raises(frontdoor.UnknownMarker, match="2: unknown marker 'handbook:figurez'"):
        door.resolve("# Title\n<!-- handbook:figurez -->\n", "pl", "index.md")


def test_chooser_link_appears_only_when_the_page_exists(project, tmp_path):
    door = frontdoor.FrontDoor(Renderer(project.catalog, project.vocab), tmp_path)
    assert door.resolve("<!-- handbook:chooser -->\n", "pl", "index.md") == "\n"
    (tmp_path / "chooser").mkdir()
    (tmp_path / "chooser" / "index.pl.md").write_text("# Chooser\n")
    assert "(chooser/index.md)" in door.resolve("<!-- handbook:chooser -->\n", "pl", "index.md")
