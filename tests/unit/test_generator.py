"""The generator's conventions: one answer to "the URL of page X in language L"."""

from handbook import data, printview
from handbook.generator import page_url


def test_index_pages_are_served_at_their_directory():
    # mkdocs serves d/index.md at d/, not d/index/; data.py once had its own page_url that said d/index/
    assert page_url("cases/index.md", "pl") == "cases/"
    assert page_url("index.md", "en") == "en/"
    assert page_url("cases/index.md", "en", directory_urls=False) == "en/cases/index.html"


def test_open_data_and_print_views_agree_on_index_pages():
    for page in ("index.md", "cases/index.md", "legal/index.md", "cases/x.md"):
        for lang in ("pl", "en"):
            assert data.page_url(page, lang, True) == printview.page_url(page, lang, True) == page_url(page, lang)
