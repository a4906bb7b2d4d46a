"""Citations [^source-id] in Markdown fields, and the page-language rule for EUR-Lex links."""

from __future__ import annotations

from handbook import citations, official
from handbook.citations import Notes
from handbook.model import Source


SOURCES = (Source("report", "Report (2019)", "City", "https://city.example.org/r"),
           Source("press", 'An "article"', "Paper", "https://press.example.org/a"))


def test_find_gives_line_and_id_outside_code():
    text = "A figure.[^report]\n\n`[^in-code]` and\n```\n[^fenced]\n```\nlast[^press] [^report]\n\\[^escaped]"
    assert citations.find(text) == [(1, "report"), (7, "press"), (7, "report")]


def test_a_citation_is_the_number_of_its_source_linking_to_its_entry():
    notes = Notes("xx-case", SOURCES)
    out = notes.apply("Said so.[^press] Counted.[^report]", "en")
    assert out == ('Said so.<sup class="citation">[\\[2\\]](<#src-xx-case-press> "Source 2: An &quot;article&quot;")</sup>'
                   ' Counted.<sup class="citation">[\\[1\\]](<#src-xx-case-report> "Source 1: Report (2019)")</sup>')
    assert 'title="Źródło 1' not in out
    assert '"Źródło 1: Report (2019)"' in notes.apply("x[^report]", "pl")


def test_citations_from_another_page_link_to_that_page():
    notes = Notes("xx-case", SOURCES, "../cases/xx-case.md")
    assert "(<../cases/xx-case.md#src-xx-case-report>" in notes.apply("x[^report]", "en")


def test_code_is_left_alone():
    assert Notes("c", SOURCES).apply("`[^report]`", "en") == "`[^report]`"


def test_eurlex_links_follow_the_page_language():
    url = "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32014L0024"
    assert official.localize(url, "pl") == "https://eur-lex.europa.eu/legal-content/PL/TXT/?uri=CELEX:32014L0024"
    assert official.localize(url.replace("/EN/", "/en/"), "en") == url
    page = f"[a](<{url}>) and <https://eur-lex.europa.eu/legal-content/ES/TXT/HTML/?uri=CELEX:1#d1e1>"
    assert official.localize(page, "pl").count("/legal-content/PL/") == 2
    auto = "https://eur-lex.europa.eu/legal-content/EN/AUTO/?locale=en&uri=ecli:ECLI:EU:C:2021:349"
    assert official.localize(auto, "pl") == "https://eur-lex.europa.eu/legal-content/PL/AUTO/?locale=pl&uri=ecli:ECLI:EU:C:2021:349"
    assert official.localize("https://isap.sejm.gov.pl/x/EN/y", "pl") == "https://isap.sejm.gov.pl/x/EN/y"
