"""Contributors' Markdown: the link detector behind `make check` and the renderer's own wall."""

from html.parser import HTMLParser

import markdown as python_markdown
import pytest

from handbook.markdown import FIELD_EXTENSIONS, PAGE_WIDE, link, plain, rich, safe_url, unsafe

def elements(markup: str) -> list:
    found = []
    parser = HTMLParser()
    parser.handle_starttag = lambda tag, attrs: found.append((tag, attrs))
    parser.feed(markup)
    return found


UNSAFE = [
    "[x](javascript:alert(1))",
    "[x](JaVaScRiPt:alert(1))",
    "[x]( javascript:alert(1) )",
    "[x](java\tscript:alert(1))",
    "[x](&#106;avascript:alert(1))",
    "[x](&#x6A;avascript&#58;alert(1))",
    "[x](java&#x0A;script:alert(1))",
    "[x](&#x01;javascript:alert(1))",
    "[x](%6Aavascript:alert(1))",
    "[x](data:text/html;base64,PHNjcmlwdD4=)",
    "[x](vbscript:msgbox(1))",
    "[x](//evil.example.org)",
    "[x](\\\\evil.example.org)",
    "[x](https:evil.example.org)",
    "[x](../law/a.md)",
    "[x](#top)",
    "[x][r]\n\n[r]: javascript:alert(1)",
    "[r]: javascript:alert(1)",           # a definition alone: another field of the page may use it
    "[x] [r]\n\n[r]: <javascript:alert(1)>",
    "![x](javascript:alert(1))",
    "![x](https://img.example.org/a.png)",
    "[x](https://ok.example.org){ onclick=alert(1) }",
    "[x](https://ok.example.org){ href=javascript:alert(1) }",
    "Text\n{: onmouseover=alert(1) }",
    "[x](<java\nscript:alert(1)>)",
]

SAFE = [
    "Plain **bold** text.",
    "[x](https://example.org/a_(b)?c=1#d)",
    "[x](HTTP://EXAMPLE.ORG)",
    "[x](mailto:office@example.org)",
    "<javascript:alert(1)> and <script>alert(1)</script> are shown as text",
    "See [[pl-udpp-art-3]](3) and [[a|own text]].",   # the (3) after a cross-link is text on the page
    "Text[^1].\n\n[^1]: A footnote.",
    "`[x](javascript:alert(1))` in code",
    "[[a]](javascript:alert(1))",  # on the page: a link to [[a]], then text
]


@pytest.mark.parametrize("text", UNSAFE)
def test_unsafe_markdown_is_detected(text):
    assert unsafe(text)


@pytest.mark.parametrize("text", SAFE)
def test_safe_markdown_passes(text):
    assert unsafe(text) == ()


@pytest.mark.parametrize("text", UNSAFE)
def test_the_renderer_never_makes_an_unsafe_link(text):
    """rich() alone, without validation: the site's Markdown makes no <a>, <img> or attribute from it."""
    out = python_markdown.markdown(rich(text), extensions=list(FIELD_EXTENSIONS))
    assert [(tag, attrs) for tag, attrs in elements(out) if tag in ("a", "img") or attrs] == []


def test_safe_text_is_kept_with_raw_html_escaped():
    assert rich("A [x](https://example.org) <b>b</b>") == "A [x](https://example.org) &lt;b>b&lt;/b>"


def test_safe_url_reads_the_url_like_a_browser():
    assert safe_url("https://example.org") and safe_url(" https://example.org ") and safe_url("mailto:a@b.org")
    assert not safe_url("\x00javascript:alert(1)") and not safe_url("java\nscript:x") and not safe_url("mailto:")
    assert not safe_url("https://") and not safe_url("https:///x")


def test_link_targets_cannot_break_out_of_the_angle_brackets():
    assert link("a", "https://example.org/a b(c)") == "[a](<https://example.org/a b(c)>)"
    assert link("a", "https://example.org/a>b<c\\d\ne") == "[a](<https://example.org/a%3Eb%3Cc%5Cd%0Ae>)"
    out = python_markdown.markdown(link("a", "https://example.org/x>)[b](javascript:alert(1)"))
    assert out == '<p><a href="https://example.org/x%3E)[b](javascript:alert(1)">a</a></p>'


def test_a_source_url_cannot_end_its_links_early():
    """A source URL passes the schema with < or > in it; neither its link nor its autolink may break."""
    from types import SimpleNamespace
    from handbook.model import Catalog
    from handbook.render import Renderer
    url = "https://example.org/a>b<c"
    source = SimpleNamespace(title="T", url=url, publisher="P", date=None)
    lines = Renderer(Catalog(), None).sources([source], "en")
    out = python_markdown.markdown("\n".join(lines))
    assert [attrs for tag, attrs in elements(out) if tag == "a"] == [[("href", "https://example.org/a%3Eb%3Cc")]] * 2


# Extensions of the site that make no link and no attribute out of a field's text (toc's permalinks are the site's own;
# md_in_html reads only raw HTML blocks, and a field's raw HTML is escaped: it serves the generated pages' wrappers).
INERT = {"toc", "pymdownx.details", "md_in_html"}


@pytest.mark.parametrize("config", ["mkdocs.yml", "tests/fixtures/site/mkdocs.yml"])
def test_the_detector_knows_every_extension_of_the_site(config):
    """A new Markdown extension in mkdocs.yml (magiclink, md_in_html...) must be checked or declared inert here."""
    import yaml
    from support import REPO

    class Loader(yaml.SafeLoader):
        pass
    Loader.add_constructor("!ENV", lambda loader, node: None)
    extensions = yaml.load((REPO / config).read_text(encoding="utf-8"), Loader=Loader)["markdown_extensions"]
    names = {next(iter(e)) if isinstance(e, dict) else e for e in extensions}
    assert names - INERT <= set(FIELD_EXTENSIONS) | set(PAGE_WIDE)


def test_foreign_marks_another_language_and_leaves_the_page_language_alone():
    from handbook.markdown import ORIGINAL_LANGUAGE, foreign
    assert foreign("Nantes Métropole", "fr", "pl") == '<span lang="fr">Nantes Métropole</span>'
    assert foreign("Nantes Métropole", "fr", "fr") == "Nantes Métropole"
    assert foreign("Directive 2014/24/EU", ORIGINAL_LANGUAGE["EU"], "en") == "Directive 2014/24/EU"
    assert foreign("x", None, "pl") == "x"


def test_foreign_keeps_content_markup_escaped():
    from handbook.markdown import foreign, plain
    marked = foreign(plain('<script>alert("x")</script> & Co'), "it", "en")
    assert "<script>" not in marked
    assert marked.startswith('<span lang="it">') and marked.endswith("</span>")


@pytest.mark.parametrize("text", ["*[JST]: jednostka, której nie ma na liście", 'Tekst.\n\n--8<-- "abbreviations-pl.md"',
                                  ";--8<-- \"x.md\""])
def test_page_wide_markup_is_refused_in_a_field(text):
    """An abbreviation definition or a snippet line would act on the whole page: refused, and shown as text."""
    assert unsafe(text)
    assert rich(text) == plain(text)


# Text that would be markup somewhere: at a line start, inside a line, in a label, a heading or a table.
TRICKY = ["1. Not a list", "2019) neither", "- not an item", "+ nor this", "  - indented", "# not a heading",
          "!not an image", "(a) then b", "art. 94 ust. 2 (text) - more", "a*b*c _d_ `e` [f](g) {: #h } |i| ~j~",
          "trailing #", "<b>tag</b> & entity &amp;", "[^note] and [[id]]", "x\\y", "ends with two spaces  "]
PLACES = ["{}", "- {}", "1. {}", "## {}", "Term\n:   {}", "[{}](https://example.org/)", "| a |\n|---|\n| {} |",
          "before {} after", "<div markdown>\n\n{}\n\n</div>"]


def _text(markup: str) -> str:
    parts = []
    parser = HTMLParser(convert_charrefs=True)
    parser.handle_data = parts.append
    parser.feed(markup)
    return " ".join("".join(parts).split())


@pytest.mark.parametrize("text", TRICKY)
def test_plain_text_renders_as_itself_wherever_it_stands(text):
    md = python_markdown.Markdown(extensions=[*FIELD_EXTENSIONS, "md_in_html", "toc"])
    for place in PLACES:
        rendered = md.reset().convert(place.format(plain(text)))
        frame = _text(md.reset().convert(place.format("QQQ")))
        assert _text(rendered) == frame.replace("QQQ", " ".join(text.split())), (place, rendered)
