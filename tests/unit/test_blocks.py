"""Page parts handed to Python-Markdown as elements (handbook/blocks.py) render as their Markdown does."""

from __future__ import annotations

import markdown as python_markdown
import pytest
from mkdocs.utils.meta import get_data

from support import REPO
from handbook import blocks, content
from handbook.blocks import Link, Tag, Url, element, inline

# The site's extensions (mkdocs.yml) with abbr, whose definitions the hook appends to every page.
EXTENSIONS = ["toc", "tables", "admonition", "footnotes", "def_list", "md_in_html", "attr_list", "pymdownx.details", "abbr"]


def both_ways(md: dict, parts: dict, abbreviations: str = "") -> tuple[str, str]:
    """The HTML of md["slow"] (every part as Markdown) and of md["fast"] (parts as elements)."""
    extension = blocks.Extension()
    extension.parts = parts
    recorder_free = python_markdown.Markdown(extensions=EXTENSIONS).convert(md["slow"] + abbreviations)
    with_parts = python_markdown.Markdown(extensions=[*EXTENSIONS, extension]).convert(md["fast"] + abbreviations)
    return recorder_free, with_parts


@pytest.fixture(scope="module")
def repository_build(tmp_path_factory):
    """The repository's generated pages, rendered in memory (docs/ untouched)."""
    build = content.Build(REPO, tmp_path_factory.mktemp("docs"))
    build.load()
    build.write_pages()
    return build


def test_every_generated_case_page_renders_the_same_with_its_parts(repository_build):
    build = repository_build
    with_parts, recorder = build._parts
    cases = [name for name in with_parts if name.startswith("cases/") and name.count("-") > 1]
    assert len(cases) >= 2 * len(build.project.catalog.cases)
    for name in [*cases, *(n for n in with_parts if n.startswith("print/"))]:
        lang = name.rsplit(".", 2)[-2]
        slow = get_data(recorder.expand(with_parts[name][0]))[0]
        fast, parts = build.page_parts(name, slow, lambda text: get_data(text)[0])
        assert parts and "<nav" not in fast and "<dl" not in fast  # the parts are not Markdown any more
        abbreviations = build.with_abbreviations("", lang, used_in=slow)
        slow_html, fast_html = both_ways({"slow": slow, "fast": fast}, parts, abbreviations)
        assert fast_html == slow_html, name


TRICKY = ["Pzp and JST", "a {: #x } b", "*not em*", "2019. Year", "- dash", "R&D <b>", "x_y_z", "[x](y)", "plain words"]


@pytest.mark.parametrize("text", TRICKY)
def test_a_part_with_any_text_renders_as_its_markdown(text):
    recorder = blocks.Recorder()
    items = inline(text, " ", Link("cases/x.md", (text,)), " ", Tag("span", (("lang", "fr"),), (text,)), " ",
                   Url("https://example.org/a_b_(c)"))
    md = "- " + blocks.markdown(items)
    placeholder = recorder.part(md, lambda: element("ul", None, (), element("li", None, items)))
    page = f"Before.\n\n{placeholder}\n\nAfter {text}.\n"
    abbreviations = "\n\n*[Pzp]: Prawo zamówień publicznych\n*[JST]: jednostka samorządu terytorialnego\n"
    slow, fast = both_ways({"slow": recorder.expand(page), "fast": page}, recorder.used(page), abbreviations)
    assert fast == slow
    assert recorder.expand(page) == f"Before.\n\n{md}\n\nAfter {text}.\n"


def test_a_placeholder_in_a_contributors_text_is_only_text():
    recorder = blocks.Recorder()
    recorder.part("- x", lambda: element("ul"))
    other = blocks.Recorder()  # another build: another prefix
    assert other.prefix != recorder.prefix and not other.used(f"\n\n{recorder.prefix}0\n\n")
