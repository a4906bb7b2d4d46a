"""The law over time on a real build of this repository: then -> now on case pages, cases reaching an EU provision
through its transpositions, the legal state on every page and in data/edition.json."""

from __future__ import annotations

import json
import re

import pytest

from handbook.edition import LEGAL_STATE, long_date

SAYS = {"pl": "Stan prawny na {}", "en": "Law as of {}"}

pytestmark = pytest.mark.build


def load(site, name):
    return json.loads((site / "data" / name).read_text(encoding="utf-8"))


def html(site, url):
    return (site / url / "index.html").read_text(encoding="utf-8")


def article(page):
    return re.search(r'<article class="md-content__inner.*?</article>', page, re.DOTALL).group(0)


def test_a_case_on_a_superseded_provision_links_to_the_current_one(repo_site):
    legal = {p["id"]: p for p in load(repo_site, "legal.json")}
    checked = 0
    for case in load(repo_site, "cases.json"):
        for ref in case["legal_basis"]:
            current = legal[ref]["current"]
            if legal[ref]["in_force"] or not current:
                continue
            for lang, words in (("pl", "obecnie obowiązuje"), ("en", "in force today")):
                body = article(html(repo_site, case["url"][lang]))
                # the legal-basis section (the summary panel above it has its own, shorter then -> now)
                section = re.search(r'<h2 id="legal-basis".*?(?=<h2 )', body, re.DOTALL).group(0)
                item = re.search(rf'<li><a href="../../law/{ref}/".*?</li>', section, re.DOTALL).group(0)
                assert words in item and f'href="../../law/{current}/"' in item, (case["id"], ref, lang)
                checked += 1
    assert checked >= 20  # the French and Italian cases of 2003-2019 rely on many replaced provisions
    strasbourg = article(html(repo_site, "en/cases/fr-strasbourg-relais-chantiers/"))
    assert re.search(r'law/fr-cmp-2006-art-30/.*?No longer in force since 1 April 2016; in force today:</em> '
                     r'<a href="../../law/fr-ccp-r2123-1/"', strasbourg, re.DOTALL)


def test_directive_article_20_lists_the_cases_using_it_through_national_transpositions(repo_site):
    legal = {p["id"]: p for p in load(repo_site, "legal.json")}
    expected = {c["id"] for c in load(repo_site, "cases.json")
                if any(legal[ref]["jurisdiction"] != "EU" and "eu-dir-2014-24-art-20" in legal[ref]["transposes"]
                       for ref in c["legal_basis"])}
    assert len(expected) >= 5
    for lang in ("pl", "en"):
        body = article(html(repo_site, legal["eu-dir-2014-24-art-20"]["url"][lang]))
        listed = set(re.findall(r'href="../../cases/([a-z0-9-]+)/"', body))
        assert expected <= listed, expected - listed


def test_edition_json_matches_the_edition_module(repo_site):
    edition = load(repo_site, "edition.json")
    assert edition["legal_state"] == LEGAL_STATE
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z", edition["built"])
    assert set(edition) == {"legal_state", "built"}


@pytest.mark.parametrize("url", ["", "guide/about/", "guide/sources/", "cases/fr-paris-spaser/",
                                 "law/pl-pzp-2019-art-94/", "law/fr-loi-2014-856-art-13/", "cases/",
                                 "cases/by-country/", "cases/by-mechanism/", "law/"])
def test_every_page_type_shows_the_legal_state(repo_site, url):
    for lang in ("pl", "en"):
        page = html(repo_site, url if lang == "pl" else f"en/{url}")
        notes = re.findall(r"<p class=\"hb-legal-state\" data-search-exclude>(.*?)</p>", article(page))
        assert len(notes) == 1 and notes[0].startswith(SAYS[lang].format(long_date(LEGAL_STATE, lang))), (url, lang, notes)
        if url.startswith("cases/fr-"):
            assert ("fakty sprawdzono" if lang == "pl" else "facts checked on") in notes[0]


def test_provision_pages_show_their_versions_as_a_timeline(repo_site):
    for lang, heading, dates in (("pl", "Przepis w czasie", "od 1 kwietnia 2016 r. do 31 marca 2019 r."),
                                 ("en", "Over time", "from 1 April 2016 to 31 March 2019")):
        body = article(html(repo_site, ("" if lang == "pl" else "en/") + "law/fr-ord-2015-899-art-36/"))
        section = re.split(rf">{heading}<", body, maxsplit=1)[1].split("<h2", 1)[0]
        versions = re.search(r"<ol>(.*?)</ol>", section, re.DOTALL).group(1)
        assert re.findall(r'href="../(fr-[a-z0-9-]+)/"', versions) == ["fr-cmp-2006-art-15", "fr-ccp-l2113-12"]
        assert dates in versions
        assert 'href="../eu-dir-2014-24-art-20/"' in section and 'href="../it-dlgs-50-2016-art-112/"' in section


def test_the_matrix_has_a_row_per_eu_provision_linking_every_national_provision_that_names_it(repo_site):
    legal = {p["id"]: p for p in load(repo_site, "legal.json")}
    eu = {p["id"] for p in legal.values() if p["jurisdiction"] == "EU" and not p["id"].startswith("eu-cjeu-")}
    rows = {r["eu"]: r for r in load(repo_site, "matrix.json")}
    assert set(rows) == eu
    csv_rows = (repo_site / "data" / "matrix.csv").read_text(encoding="utf-8").splitlines()
    assert csv_rows[0].startswith("eu_provision,country,national_provision,")
    naming = [(p["id"], t) for p in load(repo_site, "legal.json") for t in p["transposes"]
              if p["jurisdiction"] != "EU"]
    for lang in ("pl", "en"):
        body = article(html(repo_site, ("" if lang == "pl" else "en/") + "law/matrix/"))
        table_rows = {re.search(r'href="../([a-z0-9-]+)/"', tr).group(1): tr
                      for tr in re.findall(r"<tr>.*?</tr>", body, re.DOTALL)[1:]}
        assert set(table_rows) == eu
        for national, eu_id in naming:
            assert f'href="../{national}/"' in table_rows[eu_id], (lang, eu_id, national)
            assert national in {l["id"] for links in rows[eu_id]["countries"].values() for l in links}
    # Directive art. 20: cases relying on it or any national provision of its row.
    art20 = rows["eu-dir-2014-24-art-20"]
    row_ids = {"eu-dir-2014-24-art-20"} | {l["id"] for links in art20["countries"].values() for l in links}
    relying = {c["id"] for c in load(repo_site, "cases.json") if set(c["legal_basis"]) & row_ids}
    assert set(art20["cases"]) == relying and len(relying) >= 5


def test_provision_pages_carry_legislation_json_ld_with_registry_identifiers(repo_site):
    legal = {p["id"]: p for p in load(repo_site, "legal.json")}
    seen = 0
    for provision in legal.values():
        for lang in ("pl", "en"):
            page = html(repo_site, provision["url"][lang])
            scripts = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page, re.DOTALL)
            if provision["id"] == provision["act"]:
                assert scripts == [], provision["id"]  # judgments are not Legislation
                continue
            assert len(scripts) == 1, (provision["id"], lang)
            data = json.loads(scripts[0])
            assert data["@type"] == "Legislation" and data["inLanguage"] == lang
            assert data["legislationIdentifier"] in provision["identifiers"].values()
            assert data["legislationLegalForce"] == ("https://schema.org/InForce" if provision["in_force"]
                                                     else "https://schema.org/NotInForce")
            eu_ids = {v for p in legal.values() if p["jurisdiction"] == "EU" for v in p["identifiers"].values()}
            for ref in data.get("legislationTransposes", []):
                assert ref["legislationIdentifier"] in eu_ids
            seen += 1
    art94 = json.loads(re.search(r'ld\+json">(.*?)</script>', html(repo_site, "en/law/pl-pzp-2019-art-94/"),
                                 re.DOTALL).group(1))
    assert art94["legislationIdentifier"] == "DU/2019/2019" and art94["legislationDate"] == "2019-09-11"
    assert art94["legislationTransposes"][0]["legislationIdentifier"] == "http://data.europa.eu/eli/dir/2014/24/oj"
    assert [r["name"].endswith("art. 22 ust. 2 i 2a") for r in art94["isBasedOn"]] == [True]
    assert seen > 100


def test_the_legal_state_line_stays_out_of_the_search_index(repo_site):
    # It is on every page: indexed, it would match every page alike for "stan prawny" or "law as of".
    for root, words in (("", "Stan prawny na 22"), ("en/", "Law as of 22")):
        index = (repo_site / root / "search" / "search_index.json").read_text(encoding="utf-8")
        assert index.count(words) <= 2, root
