"""A real strict build of this repository's own content, checked both ways."""

from __future__ import annotations

import json
import re

import pytest

pytestmark = pytest.mark.build


def load(site, name):
    return json.loads((site / "data" / name).read_text(encoding="utf-8"))


def test_every_case_and_provision_has_both_pages(repo_site):
    for entry in (*load(repo_site, "cases.json"), *load(repo_site, "legal.json")):
        for lang, url in entry["url"].items():
            page = (repo_site / url / "index.html").read_text(encoding="utf-8")
            assert f'<html lang="{lang}"' in page, url


def test_links_resolve_both_ways(repo_site):
    legal = {p["id"]: p for p in load(repo_site, "legal.json")}
    for case in load(repo_site, "cases.json"):
        page = (repo_site / case["url"]["en"] / "index.html").read_text(encoding="utf-8")
        for provision in case["legal_basis"]:
            assert f'href="../../law/{provision}/"' in page, (case["id"], provision)
            assert case["id"] in legal[provision]["cases"]
            back = (repo_site / legal[provision]["url"]["pl"] / "index.html").read_text(encoding="utf-8")
            assert f'href="../../cases/{case["id"]}/"' in back, (provision, case["id"])


def test_no_cross_link_is_left_unresolved(repo_site):
    for page in repo_site.rglob("index.html"):
        body = re.search(r'<article class="md-content__inner.*?</article>', page.read_text(encoding="utf-8"), re.DOTALL)
        assert body is None or not re.search(r"\[\[[a-z0-9-]+(\|[^\]]*)?\]\]", body.group(0)), page


def test_chains_reach_the_provision_in_force(repo_site):
    """A replaced provision is not in force, in the data and on its pages, and its chain ends at one that is.
    (fr-loi-2014-856-art-13 was once published as in force next to "Replaced by" CCP L2111-3.)"""
    legal = {p["id"]: p for p in load(repo_site, "legal.json")}
    replaced = [p for p in legal.values() if p["superseded_by"]]
    assert "fr-loi-2014-856-art-13" in {p["id"] for p in replaced}
    for provision in replaced:
        assert provision["in_force"] is False, provision["id"]
        current = legal[provision["current"]]
        assert current["superseded_by"] is None and current["in_force"] is True, provision["id"]
        for lang, words in (("pl", "(obowiązuje"), ("en", "(in force")):
            page = (repo_site / provision["url"][lang] / "index.html").read_text(encoding="utf-8")
            line = re.search(r"<strong>(Obowiązywanie|In force):</strong>(.*?)</li>", page, re.DOTALL).group(2)
            assert words not in line, (provision["id"], lang, line)


def test_pages_load_nothing_from_third_parties(repo_site):
    # No Google Fonts (theme.font: false): readers' addresses stay with the site, and the offline copy is whole.
    for page in ("index.html", "en/guide/toolbox/index.html", "cases/fr-paris-spaser/index.html"):
        html = (repo_site / page).read_text(encoding="utf-8")
        assert "fonts.googleapis" not in html and "fonts.gstatic" not in html


def test_abbreviations_carry_their_expansion_in_each_language(repo_site):
    """Chapters and generated case pages alike: <abbr title> from schema/terms.yml, in the page's language."""
    def page(path):
        return (repo_site / path / "index.html").read_text(encoding="utf-8")
    assert '<abbr title="jednostka samorządu terytorialnego">JST</abbr>' in page("guide/partnership")
    assert '<abbr title="local government unit (jednostka samorządu terytorialnego)">JST</abbr>' in page("en/guide/partnership")
    assert re.search(r'<abbr title="struktura integracji przez działalność gospodarczą[^"]*">SIAE</abbr>',
                     page("cases/fr-nantes-reserved-contracts"))
    assert re.search(r'<abbr title="work-integration structure[^"]*">SIAE</abbr>', page("en/cases/fr-nantes-reserved-contracts"))


def test_glossary_shows_the_terminology_list_in_each_language(repo_site):
    pl, en = (repo_site / p / "index.html" for p in ("guide/glossary", "en/guide/glossary"))
    pl, en = pl.read_text(encoding="utf-8"), en.read_text(encoding="utf-8")
    assert "<strong>zatrudnienie na podstawie stosunku pracy</strong>" in pl and "<strong>employment relationship</strong>" in en
    assert 'href="../../law/pl-pzp-2019-art-95/"' in pl  # the defining provision, linked
    assert "handbook:terms" not in pl + en and "handbook:abbreviations" not in pl + en
