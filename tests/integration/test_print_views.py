"""Print views in a real build of the fixture site: a document per chapter and per country's
cases, in both languages, without the site's chrome, with links that say where they lead."""

from __future__ import annotations

import json
import re

import pytest

pytestmark = pytest.mark.build

CHROME = ("md-header", "md-sidebar", "md-footer", "md-search", "md-tabs", "md-skip", "md-top",
          "data-md-component", "bundle.")


def html(built_site, path):
    return (built_site / "site" / path).read_text(encoding="utf-8")


def manifest(built_site):
    return json.loads(html(built_site, "print/manifest.json"))


def test_a_print_view_per_chapter_and_country_in_each_language(built_site):
    entries = {(e["url"], e["pdf"]) for e in manifest(built_site)}
    assert entries == {
        ("print/chapter/", "pdf/podrecznik-rozdzial-testowy-pl.pdf"),
        ("en/print/chapter/", "pdf/handbook-test-chapter-en.pdf"),
        ("print/cases-fr/", "pdf/podrecznik-przypadki-francja-pl.pdf"),
        ("en/print/cases-fr/", "pdf/handbook-cases-france-en.pdf"),
        ("print/cases-it/", "pdf/podrecznik-przypadki-wlochy-pl.pdf"),
        ("en/print/cases-it/", "pdf/handbook-cases-italy-en.pdf"),
    }
    for url, _ in entries:
        assert (built_site / "site" / url / "index.html").is_file(), url


def test_print_view_has_a_title_page_and_contents_and_no_chrome(built_site):
    page = html(built_site, "print/chapter/index.html")
    assert '<html lang="pl">' in page
    for text in ("Rozdział testowy", "Stan prawny na 22 listopada 2026 r.", "Data wydania:", "Spis treści",
                 'Wersja online: <a class="print-bare" href="http://127.0.0.1:8000/guide/chapter/">'):
        assert text in page, text
    assert 'class="toc"' in page and 'href="#sekcja-z-polskimi-literami"' in page
    for marker in CHROME:
        assert marker not in page, marker
    en = html(built_site, "en/print/chapter/index.html")
    assert '<html lang="en">' in en and "Law as it stood on 22 November 2026" in en and "Contents" in en


def test_links_in_a_print_view_are_absolute_and_provisions_carry_their_identifier(built_site):
    page = html(built_site, "print/chapter/index.html")
    body = page.split('class="toc"')[1]
    assert not re.search(r'href="\.\.?/', body), "relative link left in a print view"
    assert '<a href="http://127.0.0.1:8000/cases/xx-alpha-reserved/">' in body
    assert '<a href="http://127.0.0.1:8000/">stronę główną</a>' in body
    # [[pl-new-art-94|artykuł 94]]: the reader's text, then the provision and the act's first identifier
    assert re.search(r'href="http://127.0.0.1:8000/law/pl-new-art-94/">artykuł 94 '
                     r'<span class="print-legal-id">\[Nowa, art\. 94; [^<\]]+\]</span></a>', body)


def test_case_collection_holds_the_cases_of_one_country(built_site):
    page = html(built_site, "en/print/cases-it/index.html")
    headings = re.findall(r"<h2 id=[^>]*>([^<]*)", page)  # cases are one level below the collection
    assert [h.split(":")[0] for h in headings] == ["Alpha"]
    assert '<body class="print-cases">' in page


def test_citations_in_a_case_collection_link_within_the_printed_page(built_site):
    for path in ("print/cases-it/index.html", "en/print/cases-it/index.html"):
        page = html(built_site, path)
        assert '<sup class="citation"><a href="#src-xx-alpha-reserved-report"' in page
        assert '<span id="src-xx-alpha-reserved-report"></span>' in page
        assert "[^" not in page
    page = html(built_site, "print/cases-fr/index.html")
    assert "https://eur-lex.europa.eu/legal-content/PL/TXT/?uri=CELEX:32014L0024" in page and "/EN/TXT/" not in page


def test_chapter_pages_link_their_print_view_and_no_pdf_without_make_pdf(built_site):
    pl = html(built_site, "guide/chapter/index.html")
    assert '<a class="md-button print-entry" href="../../print/chapter/">Drukuj / PDF</a>' in pl
    en = html(built_site, "en/guide/chapter/index.html")
    assert '<a class="md-button print-entry" href="../../print/chapter/">Print / PDF</a>' in en
    cases = html(built_site, "cases/index.html")
    assert 'href="../print/cases-fr/">Przypadki – Francja</a>' in cases
    for page in (pl, en, cases):
        assert ".pdf" not in page
    assert "Pobierz PDF" not in html(built_site, "print/chapter/index.html")


def test_print_views_stay_out_of_search(built_site):
    index = json.loads(html(built_site, "search/search_index.json"))
    assert not [d["location"] for d in index["docs"] if "print/" in d["location"]]
