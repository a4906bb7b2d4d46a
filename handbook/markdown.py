"""Turning content text into safe Markdown, and links between pages."""

from __future__ import annotations

import html
import posixpath
import re
from functools import lru_cache, cache
from html.parser import HTMLParser

import markdown as python_markdown

from . import links

# Characters that can start markup anywhere in a line, and those that do so only at its start
# ("- x", "+ x", "1. x"). plain() escapes the second kind only at the start of its text (its newlines
# become spaces, so that is the only line start): every escape is one more match for each of
# Python-Markdown's inline patterns to go through, on every page (see issue 16). "~" is no markup here
# and no escape either: Python-Markdown would print "\\~" (only pymdownx.tilde makes it markup).
_SPECIAL = re.compile(r"([\\`*_{}\[\]#|])")
_LINE_START = re.compile(r"^(\s*)(?:([-+!()])|(\d+)([.)]))")

# The Markdown extensions of the site that can make links or attributes (mkdocs.yml, markdown_extensions):
# a field is checked as the site would render it.
FIELD_EXTENSIONS = ("tables", "admonition", "footnotes", "def_list", "attr_list")
# The schemes a link in a contributor's text may use; anything else (javascript:, data:, vbscript:, a relative
# or protocol-relative link) is refused. Pages of the handbook are linked with [[id]], never by path.
SAFE_SCHEMES = ("http", "https", "mailto")
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.\-]*):")
# Site extensions that act on the whole page or read files: never run on a contributor's text, refused by
# pattern. An abbreviation definition (*[X]: ...) would retitle that word everywhere on the page (abbreviations
# come from schema/terms.yml); a snippet line (--8<-- "file") would pull a file into the page.
PAGE_WIDE = {
    "abbr": (re.compile(r"^[ ]{0,3}\*\[[^\]\n]*\]:", re.MULTILINE),
             "abbreviation definitions (*[X]: ...) are not allowed in the text; abbreviations are listed in schema/terms.yml"),
    "pymdownx.snippets": (re.compile(r"^[ \t]*;*-+8<-+", re.MULTILINE), "snippet lines (--8<--) are not allowed in the text"),
}
_FOOTNOTE = re.compile(r"^#fn(ref)?:[\w\-]+$")  # the in-page links the footnotes extension makes itself
_C0_AND_SPACE = "".join(map(chr, range(0x21)))


def plain(text: str) -> str:
    """Plain text as Markdown that renders exactly that text, markup included."""
    escaped = _SPECIAL.sub(r"\\\1", html.escape(text, quote=False)).replace("\n", " ")
    return _LINE_START.sub(_escape_start, escaped, count=1)


def _escape_start(match: re.Match) -> str:
    space, mark, digits, stop = match.groups()
    return f"{space}\\{mark}" if mark else f"{space}{digits}\\{stop}"


def rich(text: str) -> str:
    """Markdown written by contributors, with raw HTML shown as text.

    A second wall behind `make check`: text with an unsafe link, image or attribute list is shown
    as plain text, so that no javascript: link reaches a page even when validation was skipped."""
    return plain(text) if unsafe(text) else _escape_html(text)


def _escape_html(text: str) -> str:
    return text.replace("<", "&lt;")


def safe_url(url: str) -> bool:
    """True for an absolute http(s) or mailto: URL, read the way a browser reads an href."""
    # Browsers drop leading and trailing control characters and spaces, and tabs and newlines anywhere.
    url = re.sub(r"[\t\n\r]", "", url.strip(_C0_AND_SPACE))
    scheme = _SCHEME.match(url)
    if not scheme or scheme.group(1).lower() not in SAFE_SCHEMES:
        return False
    rest = url[scheme.end():]
    return bool(re.match(r"^//[^\s/?#\\]", rest)) if scheme.group(1).lower() != "mailto" else bool(rest)


class _Elements(HTMLParser):
    """Tags and attributes of rendered HTML; attribute values come out unescaped, as a browser reads them."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.found.append((tag, dict(attrs)))


# Text can make a link, an image or an attribute only with one of these; text without any is safe as it is.
_MAYBE_MARKUP = re.compile(r"\]\s*[(\[:]|!\[|\{")


@cache
def _parser(with_attributes: bool) -> python_markdown.Markdown:
    """One parser per set of extensions, reset between texts: building one costs more than a conversion."""
    return python_markdown.Markdown(extensions=[e for e in FIELD_EXTENSIONS if with_attributes or e != "attr_list"])


def _render(text: str, with_attributes: bool = True) -> tuple[str, dict]:
    """The text as its page renders it (raw HTML escaped, each [[id]] made a link: any safe one will do),
    as HTML and the reference definitions ([r]: url) it makes."""
    on_page = links.replace(_escape_html(text), lambda ref, label: "[x](<https://cross-link.invalid/>)")
    md = _parser(with_attributes)
    md.reset()
    return md.convert(on_page), dict(md.references)


def _elements(markup: str) -> list[tuple[str, dict]]:
    parser = _Elements()
    parser.feed(markup)
    parser.close()
    return parser.found


@lru_cache(maxsize=4096)
def unsafe(text: str) -> tuple[str, ...]:
    """Why the links of a contributor's Markdown are unsafe, one message each; empty when they are safe."""
    page_wide = [message for pattern, message in PAGE_WIDE.values() if pattern.search(text)]
    if not _MAYBE_MARKUP.search(text):
        return tuple(page_wide)
    markup, references = _render(text)
    problems = page_wide
    if markup != _render(text, with_attributes=False)[0]:
        problems.append("attribute lists ({: ...}) are not allowed in the text")
    for tag, attrs in _elements(markup):
        if tag == "img":
            problems.append(f"image {attrs.get('src', '')!r} is not allowed: the text may not show images")
        elif tag == "a" and "href" in attrs and not (safe_url(attrs["href"]) or _FOOTNOTE.match(attrs["href"])):
            problems.append(_link_message(attrs["href"]))
    # A reference definition ([r]: url) applies to the whole page, so it is checked even where this text does not use it.
    problems += [_link_message(html.unescape(url)) for url, _ in references.values() if not safe_url(html.unescape(url))]
    return tuple(dict.fromkeys(problems))


def _link_message(url: str) -> str:
    return f"link to {url!r} is not allowed; use an http://, https:// or mailto: address (handbook pages: [[id]])"


def link(label_markdown: str, target: str) -> str:
    """A Markdown link; the angle brackets keep parentheses and spaces in URLs intact."""
    return f"[{label_markdown}](<{link_target(target)}>)"


def link_target(target: str) -> str:
    """A URL or path that cannot end the <...> of a Markdown link target or an autolink early."""
    return re.sub(r"[<>\\\r\n]", lambda m: f"%{ord(m.group(0)):02X}", target)


def relative(from_page: str, to_page: str) -> str:
    """Relative link between two docs-relative pages, e.g. cases/a.md -> ../law/b.md."""
    return posixpath.relpath(to_page, posixpath.dirname(from_page) or ".")


# The language of names and titles as the content gives them in the original: a case's authority
# by its country, an act's title_original by its jurisdiction (the registry gives EU acts' and
# judgments' titles in English).
ORIGINAL_LANGUAGE = {"FR": "fr", "IT": "it", "PL": "pl", "EU": "en"}


def foreign(markdown: str, code: str | None, page_lang: str) -> str:
    """Markdown in another language than the page's, marked for screen readers (WCAG 3.1.2):
    <span lang="fr">…</span>. `markdown` must already be safe (from plain() or link()); the code
    comes from ORIGINAL_LANGUAGE, never from content, and is escaped anyway."""
    code = foreign_code(code, page_lang)
    return f'<span lang="{code}">{markdown}</span>' if code else markdown


def foreign_code(code: str | None, page_lang: str) -> str | None:
    """The lang attribute a text in `code` needs on a `page_lang` page (escaped), or None when it needs none."""
    return html.escape(code) if code and code != page_lang else None
