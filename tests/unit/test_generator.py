"""The generator's conventions: one answer to "the URL of page X in language L"."""

import re
from pathlib import Path

from handbook import data, generator, printview
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


# The generator's own strings, as the rest of the core must not spell them (handbook/generator.py's contract).
SPELLED = {
    "a per-language file name": re.compile(r"\.\{lang\}\.md|\[:-3\]\}\.\{"),
    "a front matter fence": re.compile(r'"---\\n"'),
    "an admonition": re.compile(r"""['"]!!! """),
    "a Markdown button": re.compile(r"\{\{ \.md-button"),
}


def test_the_core_asks_the_generator_module_for_its_syntax():
    core = Path(generator.__file__).parent
    found = [f"{path.relative_to(core)}:{number}: {what}"
             for path in sorted(core.rglob("*.py")) if path.name != "generator.py"
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
             for what, pattern in SPELLED.items() if pattern.search(line)]
    assert found == []


def test_file_names_and_their_languages():
    assert generator.localized("cases/x.md", "en") == "cases/x.en.md"
    assert [generator.language_of(name) for name in ("x.en.md", "x.pl.md", "x.md", "x.fr.md")] == ["en", "pl", "pl", "pl"]
    assert generator.front_matter({"title": "Ą", "n": 1}) == '---\ntitle: "Ą"\nn: 1\n---\n\n'
    assert generator.admonition("warning", "T", "Body") == '!!! warning "T"\n    Body\n'
    assert generator.button("Go", "a b/", "print-entry") == "[Go](<a b/>){ .md-button .print-entry }"
