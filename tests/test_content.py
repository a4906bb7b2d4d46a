"""The handbook's own content: what issue 3 asks of it, checked on every run."""

from __future__ import annotations

import re

import pytest
import yaml

from support import REPO
from handbook import load_project

OFFICIAL_HOSTS = ("eur-lex.europa.eu", "curia.europa.eu", "isap.sejm.gov.pl", "eli.gov.pl", "legifrance.gouv.fr",
                  "normattiva.it", "gazzettaufficiale.it", "cortecostituzionale.it", "ekomentarzpzp.uzp.gov.pl",
                  "conseil-etat.fr")


@pytest.fixture(scope="module")
def project():
    return load_project(REPO)


def test_content_is_valid(project):
    assert [p.format() for p in project.problems] == []


def test_at_least_eight_sourced_cases_per_country(project):
    for country in ("FR", "IT"):
        cases = [c for c in project.catalog.cases.values() if c.country == country]
        assert len(cases) >= 8, country
        for case in cases:
            assert len(case.sources) >= 2, case.id
            assert any(s.kind in ("authority", "official", "eu") for s in case.sources), case.id


def test_every_case_names_a_polish_route(project):
    for case in project.catalog.cases.values():
        assert case.transfer_provisions, case.id
        assert "[[pl-" in case.transfer.pl and "[[pl-" in case.transfer.en, case.id


def test_acts_link_to_official_sources(project):
    for act in project.catalog.acts.values():
        assert any(host in act.official_url for host in OFFICIAL_HOSTS), (act.id, act.official_url)


@pytest.mark.parametrize("provision", [
    "eu-dir-2014-24-art-20", "eu-dir-2014-24-art-77", "eu-dir-2014-24-recital-114", "eu-dir-2014-23-art-24",
    "eu-cjeu-c-113-13", "eu-cjeu-c-436-20", "pl-pzp-2019-art-94", "pl-pzp-2019-art-361", "pl-pzp-2004-art-138p",
    "pl-udpp-art-19a", "pl-usg-art-7", "fr-ccp-l2113-15", "fr-ccp-r2123-1", "fr-loi-2000-321-art-9-1",
    "it-dlgs-36-2023-art-61", "it-dlgs-117-2017-art-55", "it-l-381-1991-art-5", "it-ccost-131-2020",
])
def test_registry_covers_the_provisions_the_handbook_relies_on(project, provision):
    assert provision in project.catalog.provisions


def test_old_provisions_lead_to_the_ones_in_force(project):
    provisions = project.catalog.provisions
    assert provisions["pl-pzp-2004-art-22-2"].superseded_by == "pl-pzp-2019-art-94"
    assert provisions["it-dlgs-50-2016-art-112"].superseded_by == "it-dlgs-36-2023-art-61"
    assert "eu-dir-2014-24-art-20" in provisions["pl-pzp-2019-art-94"].transposes


def nav_chapters():
    nav = yaml.safe_load(re.sub(r"!ENV \[?[^\n]*", "x", (REPO / "mkdocs.yml").read_text(encoding="utf-8")))["nav"]
    found = []

    def walk(items):
        for item in items:
            value = next(iter(item.values())) if isinstance(item, dict) else item
            walk(value) if isinstance(value, list) else found.append(value)
    walk(nav)
    return [p for p in found if p.startswith("guide/")]


def test_every_chapter_exists_in_both_languages():
    chapters = nav_chapters()
    assert chapters
    for chapter in chapters:
        for lang in ("pl", "en"):
            assert (REPO / "docs" / chapter.replace(".md", f".{lang}.md")).is_file(), (chapter, lang)


@pytest.mark.parametrize("chapter,minimum", [
    ("about", 1200), ("actors", 1200), ("toolbox", 1200), ("partnership", 1200), ("step-by-step", 1200),
    ("lessons-france", 1200), ("lessons-italy", 1200), ("glossary", 1200), ("sources", 600),
])
def test_chapters_are_real_chapters(chapter, minimum):
    for lang in ("pl", "en"):
        path = REPO / "docs/guide" / f"{chapter}.{lang}.md"
        if not path.exists():
            pytest.fail(f"{path.name} is missing")
        assert len(path.read_text(encoding="utf-8").split()) >= minimum, path.name


def test_no_terminology_warnings_left(project):
    """Every variant to avoid and unknown abbreviation fixed, or marked `intended` in schema/terms.yml."""
    from handbook.project import term_warnings
    assert [w.format() for w in term_warnings(project)] == []
