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
    return re.search(r'<article class="md-content__inner.*?</article>', page, re.S).group(0)


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
                item = re.search(rf'<li><a href="../../law/{ref}/".*?</li>', body, re.S).group(0)
                assert words in item and f'href="../../law/{current}/"' in item, (case["id"], ref, lang)
                checked += 1
    assert checked >= 20  # the French and Italian cases of 2003-2019 rely on many replaced provisions
    strasbourg = article(html(repo_site, "en/cases/fr-strasbourg-relais-chantiers/"))
    assert re.search(r'law/fr-cmp-2006-art-30/.*?No longer in force since 1 April 2016; in force today:</em> '
                     r'<a href="../../law/fr-ccp-r2123-1/"', strasbourg, re.S)


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
        notes = re.findall(r'<p class="hb-legal-state">(.*?)</p>', article(page))
        assert len(notes) == 1 and notes[0].startswith(SAYS[lang].format(long_date(LEGAL_STATE, lang))), (url, lang, notes)
        if url.startswith("cases/fr-"):
            assert ("fakty sprawdzono" if lang == "pl" else "facts checked on") in notes[0]
