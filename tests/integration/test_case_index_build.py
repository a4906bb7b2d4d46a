"""The front door, the case index and the map in a real build of this repository's content."""

from __future__ import annotations

import html as htmllib
import re

import pytest

from handbook.edition import LEGAL_STATE, long_date
from handbook.project import load_project
from support import REPO

pytestmark = pytest.mark.build

LANGS = {"pl": "", "en": "en/"}


@pytest.fixture(scope="module")
def catalog():
    return load_project(REPO).catalog


def read(site, path):
    return (site / path).read_text(encoding="utf-8")


def cards(page: str) -> dict[str, dict]:
    """data-case id -> its data attributes, from the index page's card list."""
    out = {}
    for attrs in re.findall(r'<li class="hb-case" ([^>]*)>', page):
        data = dict(re.findall(r'data-([a-z]+)="([^"]*)"', attrs))
        out[data["case"]] = data
    return out


@pytest.mark.parametrize("lang", LANGS)
def test_every_case_is_a_card_with_its_data(repo_site, catalog, lang):
    found = cards(read(repo_site, f"{LANGS[lang]}cases/index.html"))
    assert set(found) == set(catalog.cases)
    for case in catalog.cases.values():
        data = found[case.id]
        assert data["country"] == case.country
        assert data["mechanisms"].split() == list(case.mechanisms)
        assert data["areas"].split() == list(case.service_areas)
        assert data["level"] == case.authority_level
        assert data["decade"] == str(int(case.period.start[:4]) // 10 * 10)


@pytest.mark.parametrize("lang", LANGS)
def test_map_has_a_marker_per_placed_case_linking_to_its_page(repo_site, catalog, lang):
    for page_path in (f"{LANGS[lang]}cases/index.html", f"{LANGS[lang]}index.html"):
        page = read(repo_site, page_path)
        start = page.index('<svg class="hb-map__svg"')
        svg = page[start:page.index("</svg>", start)]
        markers = re.findall(r'<a href="([^"]+)" class="hb-map__marker" data-case="([^"]+)" aria-label="([^"]+)"', svg)
        assert sorted(m[1] for m in markers) == sorted(c.id for c in catalog.cases.values() if c.geo)
        base = (repo_site / page_path).parent
        for href, case_id, name in markers:
            assert (base / href / "index.html").resolve() == (repo_site / LANGS[lang] / "cases" / case_id / "index.html")
            assert (base / href / "index.html").is_file()
            assert htmllib.unescape(name).endswith(catalog.cases[case_id].title[lang])
        listed = re.findall(r'<li value="\d+" data-case="([^"]+)">(.*?)</li>', page)
        assert sorted(i for i, _ in listed) == sorted(catalog.cases)  # nothing silently dropped
        for case_id, item in listed:
            unplaced = "hb-map__unplaced" in item
            assert unplaced == (catalog.cases[case_id].geo is None), case_id


def test_front_door_figures_are_counted_from_the_data(repo_site, catalog):
    for lang, prefix in LANGS.items():
        page = read(repo_site, f"{prefix}index.html")
        figures = page[page.index('class="hb-figures"'):]
        figures = figures[:figures.index("</ul>")]
        numbers = re.findall(r'hb-figures__number">([^<]+)<', figures)
        mechanisms = {m for c in catalog.cases.values() for m in c.mechanisms}
        countries = {c.country for c in catalog.cases.values()}
        assert numbers == [str(len(catalog.cases)), str(len(countries)), str(len(mechanisms)),
                           str(len(catalog.provisions)), long_date(LEGAL_STATE, lang)]
        for country in countries:
            n = sum(c.country == country for c in catalog.cases.values())
            assert re.search(rf": {n}\b", figures)
        assert f"{len(catalog.acts)} " in figures


def test_front_door_lists_recently_checked_cases_and_the_paths(repo_site, catalog):
    page = read(repo_site, "index.html")
    newest = max(c.verification.checked for c in catalog.cases.values())
    assert f"sprawdzono {long_date(newest, 'pl')}" in page
    for target in ('href="guide/step-by-step/"', 'href="print/cases-fr/"', 'href="status/"', 'href="cases/"'):
        assert target in page, target
    assert "<!-- handbook:" not in page


def test_the_filter_script_is_on_the_index_page_only(repo_site):
    assert "case-filters" in read(repo_site, "cases/index.html")
    for other in ("index.html", "cases/by-mechanism/index.html", "cases/fr-paris-spaser/index.html"):
        assert "getElementById(\"case-filters\")" not in read(repo_site, other), other
