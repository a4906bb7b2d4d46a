"""Real `mkdocs build --strict` of the small fixture site, asserting on HTML and JSON."""

from __future__ import annotations

import json
import re

import pytest

from support import mkdocs_build

pytestmark = pytest.mark.build


def html(site, path):
    return (site / "site" / path).read_text(encoding="utf-8")


def article(page: str) -> str:
    return re.search(r'<article class="md-content__inner.*?</article>', page, re.DOTALL).group(0)


def test_every_case_and_provision_has_a_page_in_each_language(built_site):
    for page in ("cases/xx-alpha-reserved", "cases/xx-beta-codesign", "law/pl-new-art-94", "law/eu-cjeu-c-1-20",
                 "cases", "cases/by-mechanism", "law"):
        pl, en = html(built_site, f"{page}/index.html"), html(built_site, f"en/{page}/index.html")
        assert '<html lang="pl"' in pl and '<html lang="en"' in en


def test_case_links_to_its_legal_basis_in_the_page_language(built_site):
    pl = article(html(built_site, "cases/xx-alpha-reserved/index.html"))
    en = article(html(built_site, "en/cases/xx-alpha-reserved/index.html"))
    assert '<a href="../../law/it-act-art-61/">Dekret X, art. 61</a>: Zastrzeżono zamówienie.' in pl
    assert '<a href="../../law/it-act-art-61/">Decree X, Article 61</a>: The contract was reserved.' in en
    assert '<a href="../xx-beta-codesign/">Beta co-design</a>' in en


def test_provision_links_back_to_cases_and_to_its_chain(built_site):
    page = article(html(built_site, "en/law/pl-old-art-22/index.html"))
    assert '<a href="../../cases/xx-beta-codesign/">Beta co-design</a>: Note.' in page
    replaced = re.split(r"<h[23] ", page.split('id="replaced-by"')[1])[0]  # that section only
    assert '<a href="../pl-new-art-94/">New, Article 94</a>' in replaced
    assert "(no longer in force)" not in replaced
    basis = page.split('id="basis-in-eu-law"')[1]
    assert '<a href="../eu-dir-x-art-20/">Directive X, Article 20</a>' in basis
    eu = article(html(built_site, "law/eu-dir-x-art-20/index.html"))
    assert 'Przepisy krajowe wdrażające ten przepis: Polska' in eu
    assert ('<a href="../pl-new-art-94/">Nowa, art. 94</a>: Zamówienia zastrzeżone; wcześniejsze przepisy: '
            '<a href="../pl-old-art-22/">Stara, art. 22 ust. 2</a>') in eu
    assert '<a href="../it-act-art-61/">Dekret X, art. 61</a>' in eu


def test_chapter_cross_links_resolve_per_language(built_site):
    pl = article(html(built_site, "guide/chapter/index.html"))
    en = article(html(built_site, "en/guide/chapter/index.html"))
    assert '<a href="../../law/pl-new-art-94/">artykuł 94</a>' in pl
    assert '<a href="../../law/eu-cjeu-c-1-20/">Judgment C-1/20</a>' in en
    assert "[[not-a-link-in-code]]" in pl  # code is left alone
    assert "[[" not in en


def test_markup_in_yaml_text_is_shown_as_text(built_site):
    page = html(built_site, "en/cases/xx-alpha-reserved/index.html")
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<title>Alpha: a reserved contract &lt;script&gt;" in page
    assert "Cooperativa &lt;b&gt;Uno&lt;/b&gt;" in page
    body = article(page)
    assert "<strong>bold</strong> and &lt;em&gt;raw HTML&lt;/em&gt;" in body  # markdown field: markdown yes, HTML no


def test_citations_are_numbered_notes_linking_to_the_sources_list(built_site):
    for path, word in (("cases/xx-alpha-reserved/index.html", "Źródło"), ("en/cases/xx-alpha-reserved/index.html", "Source")):
        body = article(html(built_site, path))
        assert (f'<sup class="citation"><a href="#src-xx-alpha-reserved-report" title="{word} 1: Raport (2019)">[1]</a>'
                '</sup>') in body
        assert f'<a href="#src-xx-alpha-reserved-press" title="{word} 2: Artykuł">[2]</a>' in body
        assert '<li><span id="src-xx-alpha-reserved-report"></span><a href="https://alfa.example.org/report(1).pdf">' in body
        assert '<li><span id="src-xx-alpha-reserved-press"></span>' in body
        assert "[^" not in body
    # the legal-basis note, shown on the provision page, still links to the case's own list
    law = article(html(built_site, "en/law/eu-dir-x-art-20/index.html"))
    assert '<a href="../../cases/xx-alpha-reserved/#src-xx-alpha-reserved-press" title="Source 2: Artykuł">[2]</a>' in law


def test_eurlex_links_follow_the_page_language(built_site):
    pl = article(html(built_site, "cases/xx-beta-codesign/index.html"))
    en = article(html(built_site, "en/cases/xx-beta-codesign/index.html"))
    assert "https://eur-lex.europa.eu/legal-content/PL/TXT/?uri=CELEX:32014L0024" in pl and "/EN/TXT/" not in pl
    assert "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32014L0024" in en and "/PL/TXT/" not in en


def test_partners_show_the_page_language_with_the_original_name_marked(built_site):
    pl = article(html(built_site, "cases/xx-alpha-reserved/index.html"))
    en = article(html(built_site, "en/cases/xx-alpha-reserved/index.html"))
    assert '<li><span lang="it">Cooperativa &lt;b&gt;Uno&lt;/b&gt;</span>: spółdzielnia socjalna (' in pl
    assert '<li><span lang="it">Cooperativa &lt;b&gt;Uno&lt;/b&gt;</span>: a social cooperative (' in en
    assert "a social cooperative" not in pl and "spółdzielnia socjalna" not in en


def test_edit_link_points_at_the_yaml_source(built_site):
    for path in ("cases/xx-alpha-reserved/index.html", "en/cases/xx-alpha-reserved/index.html"):
        assert 'href="https://git.example.org/handbook/edit/main/cases/xx-alpha-reserved.yml"' in html(built_site, path)
    assert 'href="https://git.example.org/handbook/edit/main/legal/pl-new.yml"' in html(built_site, "law/pl-new-art-94/index.html")


def test_open_data(built_site):
    cases = json.loads(html(built_site, "data/cases.json"))
    legal = json.loads(html(built_site, "data/legal.json"))
    alpha = next(c for c in cases if c["id"] == "xx-alpha-reserved")
    assert alpha["country"] == "IT"
    assert alpha["url"] == {"pl": "cases/xx-alpha-reserved/", "en": "en/cases/xx-alpha-reserved/"}
    assert alpha["legal_basis"] == ["it-act-art-61", "eu-dir-x-art-20"]
    assert [s["url"] for s in alpha["sources"]] == ["https://alfa.example.org/report(1).pdf", "https://press.example.org/a"]
    by_id = {p["id"]: p for p in legal}
    assert by_id["eu-dir-x-art-20"]["cases"] == ["xx-alpha-reserved"]
    assert by_id["pl-old-art-22"]["current"] == "pl-new-art-94"
    assert by_id["pl-old-art-22"]["transposes"] == ["eu-dir-x-art-20"]
    assert by_id["pl-new-art-94"]["official_url"] == "https://isap.example.org/new"
    for entry in (*cases, *legal):
        for lang, url in entry["url"].items():
            assert (built_site / "site" / url / "index.html").is_file(), (lang, url)
    assert json.loads(html(built_site, "schema/case.schema.json"))["$defs"]["mechanism"]["enum"][0] == "reserved-contract"


def test_case_pages_stay_out_of_the_global_navigation(built_site):
    home = html(built_site, "index.html")
    assert 'href="cases/xx-alpha-reserved/"' not in home
    assert 'href="cases/"' in home


def test_second_build_rewrites_nothing(site):
    assert mkdocs_build(site).returncode == 0
    generated = sorted((site / "docs").glob("[cldsl]*/**/*.*"))
    stamps = {p: p.stat().st_mtime_ns for p in generated}
    assert len(stamps) > 10
    assert mkdocs_build(site).returncode == 0
    assert {p: p.stat().st_mtime_ns for p in generated} == stamps


def test_removed_case_loses_its_page(site):
    assert mkdocs_build(site).returncode == 0
    (site / "cases/xx-beta-codesign.yml").unlink()
    (site / "legal/pl-old.yml").unlink()
    (site / "docs/guide/chapter.pl.md").write_text("# Rozdział\n", encoding="utf-8")
    (site / "docs/guide/chapter.en.md").write_text("# Chapter\n", encoding="utf-8")
    for rel, old in (("cases/xx-alpha-reserved.yml", ", see [[xx-beta-codesign]]"),
                     ("cases/xx-alpha-reserved.yml", ", zob. [[xx-beta-codesign]]"),
                     ("legal/it-act.yml", "    related: [pl-old-art-22]\n")):
        path = site / rel
        path.write_text(path.read_text(encoding="utf-8").replace(old, ""), encoding="utf-8")
    result = mkdocs_build(site)
    assert result.returncode == 0, result.stderr
    assert not (site / "docs/cases/xx-beta-codesign.pl.md").exists()
    assert not (site / "docs/law/pl-old-art-22.en.md").exists()
    assert not (site / "site/en/cases/xx-beta-codesign").exists()


def test_invalid_content_fails_with_locations_and_writes_nothing(site):
    path = site / "cases/xx-alpha-reserved.yml"
    path.write_text(path.read_text(encoding="utf-8").replace("country: IT", "country: IX"), encoding="utf-8")
    (site / "cases/extra.yml").write_text("a:\n\tb: 1\n", encoding="utf-8")
    result = mkdocs_build(site)
    assert result.returncode == 1
    assert "ERROR   -  handbook: cases/extra.yml:2: tab character in indentation; indent with spaces" in result.stderr
    assert "ERROR   -  handbook: cases/xx-alpha-reserved.yml:2: country: unknown value 'IX'; allowed: PL, FR, IT" in result.stderr
    assert not (site / "docs/cases").exists()
    assert not (site / "site/data").exists()


def test_unknown_id_in_a_chapter_fails_the_build(site):
    path = site / "docs/guide/chapter.en.md"
    path.write_text(path.read_text(encoding="utf-8") + "\nSee [[xx-gamma]].\n", encoding="utf-8")
    result = mkdocs_build(site)
    assert result.returncode == 1
    assert "docs/guide/chapter.en.md:6: unknown case or provision 'xx-gamma'" in result.stderr


MALICIOUS = ("[a](javascript:alert(1)) [b](JaVa&#115;cript:alert(1)) [c](data:text/html,x) [d](//evil.example.org) "
             "[e][r] ![f](javascript:alert(1)) [g](https://ok.example.org){ onclick=alert(1) }\n\n[r]: vbscript:alert(1)\n")


def test_the_renderer_refuses_unsafe_links_even_without_validation(site):
    """The second wall: with `make check` taken out of the build, a malicious field still ships no script link."""
    validate = site / "handbook/validate.py"
    code = validate.read_text(encoding="utf-8")
    assert "for message in unsafe(text[lang]):" in code, "handbook/validate.py changed: update this test"
    validate.write_text(code.replace("for message in unsafe(text[lang]):", "for message in ():"), encoding="utf-8")
    case = site / "cases/xx-alpha-reserved.yml"
    text = case.read_text(encoding="utf-8")
    case.write_text(text.replace("lessons: {pl: Wnioski., en: Lessons.}",
                                 f"lessons: {{pl: {json.dumps(MALICIOUS)}, en: {json.dumps(MALICIOUS)}}}"), encoding="utf-8")
    result = mkdocs_build(site)
    assert result.returncode == 0, result.stderr
    page = html(site, "en/cases/xx-alpha-reserved/index.html")
    assert "javascript:alert(1)" in article(page)  # shown as text
    for path in (site / "site").rglob("*.html"):
        markup = path.read_text(encoding="utf-8")
        targets = re.findall(r'\b(?:href|src)\s*=\s*["\']?([^"\'\s>]*)', markup, re.IGNORECASE)
        bad = [t for t in targets if re.match(r"\s*((javascript|vbscript|data):|//evil)", html_unescape(t), re.IGNORECASE)]
        assert bad == [], path
        assert not re.search(r"<[^>]+\sonclick=", markup, re.IGNORECASE), path


def html_unescape(value: str) -> str:
    import html as html_module
    return re.sub(r"[\t\n\r]", "", html_module.unescape(value))


def test_a_site_without_abbr_shows_no_abbreviation_definitions(built_site):
    """The fixture has the terminology list (schema/) but not the abbr extension: the hook must not append
    definitions that would then show as text ("*[JST]: ...")."""
    pages = [p for p in (built_site / "site").rglob("*.html")]
    assert pages and not [p for p in pages if "*[JST]" in p.read_text(encoding="utf-8")]
