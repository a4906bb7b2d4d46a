"""`make pdf` on the fixture site: built with PDF links, printed by headless Chromium, read back
with poppler-utils. One build and one print run per session."""

from __future__ import annotations

import json
import os
import posixpath
import re
import shutil
import subprocess

import pytest

from support import copy_site, mkdocs_build
from tools.print_pdf import MANIFEST, print_pages

pytestmark = [pytest.mark.browser, pytest.mark.build, pytest.mark.pdf]

# Text of the site's chrome and of the print view's screen-only bar: none of it belongs on paper.
CHROME = ("Przejdź do treści", "Skip to content", "Made with", "Material for MkDocs", "Drukuj / PDF",
          "Print / PDF", "Pobierz PDF", "Download PDF", "Ctrl+P", "Szukaj", "Search")


def poppler(*args: str) -> str:
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


@pytest.fixture(scope="module")
def printed(tmp_path_factory, browser, serve):
    if not shutil.which("pdftotext"):
        message = "poppler-utils is not installed (.ci/run installs it)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    root = copy_site("site", tmp_path_factory.mktemp("pdf"))
    result = mkdocs_build(root, env={"HANDBOOK_PDF_LINKS": "true"})
    assert result.returncode == 0, result.stderr
    site = root / "site"
    entries = json.loads((site / MANIFEST).read_text(encoding="utf-8"))
    print_pages(browser, serve(site), site, entries)
    return site, entries


def texts(site, entry):
    path = site / entry["pdf"]
    return path, poppler("pdftotext", "-enc", "UTF-8", str(path), "-")


def test_every_pdf_is_a4_with_more_than_one_page_and_embedded_fonts(printed):
    site, entries = printed
    assert len(entries) == 6
    for entry in entries:
        path = site / entry["pdf"]
        info = poppler("pdfinfo", str(path))
        assert int(re.search(r"Pages:\s+(\d+)", info).group(1)) > 1, entry
        width, height = map(float, re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info).groups())
        assert abs(width - 595.3) < 1.5 and abs(height - 841.9) < 1.5, (entry, width, height)
        fonts = poppler("pdffonts", str(path)).splitlines()[2:]
        assert fonts and all(line.split()[-5] == "yes" for line in fonts), fonts  # the "emb" column


def test_chapter_pdf_holds_headings_polish_letters_and_link_targets(printed):
    site, entries = printed
    pl = next(e for e in entries if e["url"] == "print/chapter/")
    _, text = texts(site, pl)
    for heading in ("Rozdział testowy", "Sekcja z polskimi literami", "Spis treści"):
        assert heading in text
    assert "Zażółć gęślą jaźń." in text
    assert "Stan prawny na 22 listopada 2026 r." in text
    flat = "".join(text.split())  # long addresses wrap across lines
    for target in ("http://127.0.0.1:8000/cases/xx-alpha-reserved/", "https://example.org/zrodlo",
                   "http://127.0.0.1:8000/law/pl-new-art-94/"):
        assert target in flat, target
    assert "[Nowa, art. 94;" in text  # the provision and its identifier, beside the reader's "artykuł 94"
    en = next(e for e in entries if e["url"] == "en/print/chapter/")
    _, text = texts(site, en)
    assert "Test chapter" in text and "Contents" in text and "http://127.0.0.1:8000/en/cases/xx-alpha-reserved/" in "".join(text.split())


def test_collection_pdf_holds_its_cases(printed):
    site, entries = printed
    entry = next(e for e in entries if e["url"] == "print/cases-it/")
    _, text = texts(site, entry)
    assert "Przypadki – Włochy" in text and "Alfa: zamówienie zastrzeżone" in text and "Kontekst" in text


def test_no_chrome_on_paper(printed):
    site, entries = printed
    for entry in entries:
        _, text = texts(site, entry)
        for chrome in CHROME:
            assert chrome not in text, (entry["pdf"], chrome)


def test_site_links_every_pdf_it_built(printed):
    site, entries = printed
    linked = set()
    for page in site.rglob("index.html"):
        url = page.relative_to(site).parent.as_posix()
        for href in re.findall(r'href="((?!https?:)[^"]+\.pdf)"', page.read_text(encoding="utf-8")):
            target = posixpath.normpath(posixpath.join(url, href))
            assert (site / target).is_file(), (url, href)
            linked.add(target)
    assert linked == {e["pdf"] for e in entries}
