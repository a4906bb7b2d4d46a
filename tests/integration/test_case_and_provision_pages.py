"""What a reader meets on a case page and a provision page, on real builds (the fixture site and
this repository): the summary panel first, the way around, and the truth about use and sources."""

from __future__ import annotations

import json
import re

import pytest

pytestmark = pytest.mark.build


def article(site, path: str) -> str:
    page = (site / path).read_text(encoding="utf-8")
    return re.search(r'<article class="md-content__inner.*?</article>', page, re.DOTALL).group(0)


def panel(body: str) -> str:
    return re.search(r'<section aria-labelledby="summary" class="case-summary">.*?</section>', body, re.DOTALL).group(0)


def definition(body: str, term: str) -> str:
    """The <dd> after <dt>term</dt> in the summary panel."""
    return re.search(rf"<dt>{re.escape(term)}</dt>\s*<dd>(.*?)</dd>", panel(body), re.DOTALL).group(1)


@pytest.fixture(scope="module")
def fixture_site(built_site):
    return built_site / "site"


def test_summary_panel_comes_first_and_links_every_legal_basis(fixture_site, repo_site):
    body = article(fixture_site, "en/cases/xx-alpha-reserved/index.html")
    assert body.index('class="case-summary"') < body.index('id="context"')
    basis = definition(body, "Legal basis")
    assert '<a href="../../law/it-act-art-61/">Decree X, Article 61</a>' in basis
    assert '<a href="../../law/eu-dir-x-art-20/">Directive X, Article 20</a>' in basis
    assert definition(body, "Where") == "Alpha, Italy"
    assert definition(body, "When") == "from 2015 to June 2020"
    assert ('<a href="https://alfa.example.org/"><span lang="it">Comune di Alfa</span></a> (Municipality)'
            in definition(body, "Who"))  # the authority's own name, marked with its language
    assert definition(body, "Mechanisms") == ('<a href="../?mechanism=reserved-contract">Reserved contract (work integration)</a>, '
                                              '<a href="../?mechanism=lots">Division into lots</a>')
    assert '<a href="../../law/pl-new-art-94/">New, Article 94</a>' in definition(body, "Polish route")
    assert definition(body, "Latest result") == ('12 people employed (2019; source: <a href="https://alfa.example.org/'
                                                 'report(1).pdf">Comune di Alfa</a>); <a href="#results">all results</a>')
    assert definition(body, "Verification") == "Checked against sources, 1 January 2026"
    pl = article(fixture_site, "cases/xx-beta-codesign/index.html")
    assert definition(pl, "Kiedy") == "od 2018 r."
    # Every provision of every real case is linked from its panel, ahead of the story.
    for case in json.loads((repo_site / "data" / "cases.json").read_text(encoding="utf-8")):
        body = article(repo_site, f"{case['url']['en']}index.html")
        basis = definition(body, "Legal basis")
        for provision in case["legal_basis"]:
            assert f'href="../../law/{provision}/"' in basis, (case["id"], provision)
        assert body.index('class="case-summary"') < body.index('id="context"'), case["id"]


def test_replaced_provision_shows_the_one_in_force_now(fixture_site):
    basis = definition(article(fixture_site, "en/cases/xx-beta-codesign/index.html"), "Legal basis")
    assert ('<a href="../../law/pl-old-art-22/">Old, Article 22(2)</a> (replaced; now: '
            '<a href="../../law/pl-new-art-94/">New, Article 94</a>, since 1 January 2021)') in basis
    pl = definition(article(fixture_site, "cases/xx-beta-codesign/index.html"), "Podstawy prawne")
    assert "(zastąpiony; obecnie: " in pl and ", od 1 stycznia 2021 r.)" in pl


def test_breadcrumb_and_way_back_to_the_index(fixture_site):
    body = article(fixture_site, "cases/xx-alpha-reserved/index.html")
    crumb = re.search(r'<nav aria-label="Ścieżka nawigacji" class="page-breadcrumb">(.*?)</nav>', body, re.DOTALL).group(1)
    assert re.findall(r'<a href="([^"]*)">([^<]*)</a>', crumb) == [
        ("../../", "Strona główna"), ("../", "Przypadki"), ("../?country=IT", "Włochy")]
    assert '<span aria-current="page">Alfa</span>' in crumb
    assert body.index("page-breadcrumb") < body.index("<h1")
    pager = re.search(r'<nav aria-label="Other cases" class="page-pager">(.*?)</nav>',
                      article(fixture_site, "en/cases/xx-alpha-reserved/index.html"), re.DOTALL).group(1)
    assert '<a href="../">All cases</a>' in pager


def test_related_cases_and_neighbours_in_the_same_country(repo_site):
    body = article(repo_site, "en/cases/fr-nantes-reserved-contracts/index.html")
    related = body.split('id="related-cases"')[1].split("</ul>")[0]
    linked = re.findall(r'<a href="../([a-z0-9-]+)/">', related)
    assert 1 <= len(linked) <= 4 and "fr-nantes-reserved-contracts" not in linked
    assert "in common: " in related
    pager = re.search(r'class="page-pager">(.*?)</nav>', body, re.DOTALL).group(1)
    assert "Previous case (France)" in pager and "Next case (France)" in pager


def test_contents_list_for_small_screens(fixture_site):
    body = article(fixture_site, "en/cases/xx-alpha-reserved/index.html")
    toc = re.search(r'<details class="page-toc">\s*<summary>On this page</summary>(.*?)</details>', body, re.DOTALL).group(1)
    targets = re.findall(r'<a href="#([a-z-]+)">', toc)
    assert targets[:3] == ["context", "actions", "results"] and "verification" in targets
    for target in targets:
        assert f'id="{target}"' in body, target
    assert body.index('class="page-toc"') < body.index('class="case-summary"')


def test_eu_provision_lists_cases_relying_on_it_through_national_law(fixture_site, repo_site):
    body = article(fixture_site, "en/law/eu-dir-x-art-20/index.html")
    relying = body.split('id="cases-relying"')[1].split("<h2")[0]
    assert '<a href="../../cases/xx-alpha-reserved/">' in relying  # cites the directive itself
    assert ('<a href="../../cases/xx-beta-codesign/">Beta co-design</a> – via '
            '<a href="../pl-old-art-22/">Old, Article 22(2)</a> (national law transposing it)') in relying
    pl = article(fixture_site, "law/pl-new-art-94/index.html").split('id="cases-relying"')[1]
    assert ('<a href="../../cases/xx-beta-codesign/">Beta współprojektowanie</a> – przez '
            '<a href="../pl-old-art-22/">Stara, art. 22 ust. 2</a> (wcześniejsza wersja)') in pl.split("<h2")[0]
    # The law index counts the case relying through national law too.
    index = article(fixture_site, "en/law/index.html")
    assert re.search(r'eu-dir-x-art-20/">Directive X, Article 20</a>: Reserved contracts \(cases: 2\)', index)
    legal = {p["id"]: p for p in json.loads((fixture_site / "data" / "legal.json").read_text(encoding="utf-8"))}
    assert legal["eu-dir-x-art-20"]["cases_via"] == [{"case": "xx-beta-codesign", "via": ["pl-old-art-22"]}]
    assert legal["eu-dir-x-art-20"]["cases"] == ["xx-alpha-reserved"]  # direct citations keep their meaning
    real = article(repo_site, "en/law/eu-dir-2014-24-art-20/index.html")
    assert "No case in the handbook cites this provision yet." not in real
    assert ('<a href="../../cases/fr-nantes-reserved-contracts/">' in real
            and 'via <a href="../fr-ccp-l2113-13/">' in real)  # the act's short name may be an <abbr>


def test_provision_sources_apart_from_the_act_general_ones(fixture_site, repo_site):
    body = article(fixture_site, "en/law/eu-dir-x-art-70/index.html").split('id="sources"')[1]
    own, general = body.split('id="sources-provision"')[1].split('id="sources-general"')
    assert "commentary.example.org/art-70" in own and "eur-lex.example.org/x" not in own
    assert "eur-lex.example.org/x" in general
    # The summary's citation points at the entry listed under "Sources on this provision".
    page = article(fixture_site, "en/law/eu-dir-x-art-70/index.html")
    assert 'href="#src-eu-dir-x-commentary-70"' in page.split('id="sources"')[0]
    assert 'id="src-eu-dir-x-commentary-70"' in own
    other = article(fixture_site, "en/law/eu-dir-x-art-20/index.html").split('id="sources"')[1]
    assert "commentary.example.org/art-70" not in other  # about another article: on that article's page
    assert "eur-lex.example.org/x" in other and 'id="sources-provision"' not in other
    assert "other sources in the registry (1) are about other provisions" in other
    real = article(repo_site, "law/fr-ccp-l2113-13/index.html").split('id="sources"')[1]
    own = real.split('id="sources-provision"')[1].split('id="sources-general"')[0]
    assert "reservation-de-marches-ou-de-lots-de-marches-l-2113-12-s-r-2113-7" in own
    assert "lexbase.fr" not in real and "marche-public.fr/ccp/L2152-07" not in real


def test_provision_page_has_a_breadcrumb_contents_and_dates_in_words(fixture_site):
    body = article(fixture_site, "en/law/pl-old-art-22/index.html")
    crumb = re.search(r'<nav aria-label="Breadcrumb" class="page-breadcrumb">(.*?)</nav>', body, re.DOTALL).group(1)
    assert re.findall(r'<a href="([^"]*)">([^<]*)</a>', crumb) == [
        ("../../", "Home"), ("../", "Law"), ("../#jurisdiction-pl", "Poland")]
    assert '<span aria-current="page">Old, Article 22(2)</span>' in crumb
    toc = re.search(r'<details class="page-toc">\s*<summary>On this page</summary>(.*?)</details>', body, re.DOTALL).group(1)
    for target in re.findall(r'<a href="#([a-z-]+)">', toc):
        assert f'id="{target}"' in body, target
    assert "from 2 March 2004 until 31 December 2020 (no longer in force)" in body
    assert 'id="jurisdiction-pl"' in article(fixture_site, "en/law/index.html")
