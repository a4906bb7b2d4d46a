"""Parts of generated pages handed to Python-Markdown as elements, not as Markdown to parse again.

Most of a case page is structure the core already knows: a breadcrumb, a definition list, lists of
links. Written as Markdown, Python-Markdown spends most of the page's time finding that structure
again (block parsing, md_in_html, one inline pattern per link and escape). A part written with the
inline model below has both forms from one description: its Markdown (what docs/ holds, and what the
slower path renders) and the elements Python-Markdown makes of that Markdown (xml.etree).

While a `Recorder` is set on the renderer, each part is written into the page as a placeholder
paragraph and recorded; `expand` gives the page with every part's Markdown back. The MkDocs hook
passes the parts of the page being rendered to `Extension`, a block processor that puts each part's
elements where its placeholder stands. Everything else still goes through Python-Markdown: the
text of the elements (escaped as in the Markdown form) through its inline patterns, headings through
the table of contents, words through `abbr`, links through MkDocs' link checks and rewriting.
tests/integration/test_scale.py builds a site both ways and compares every page.
"""

from __future__ import annotations

import itertools
import re
import secrets
import xml.etree.ElementTree as etree
from dataclasses import dataclass
from collections.abc import Callable

from markdown.blockprocessors import BlockProcessor
from markdown.treeprocessors import Treeprocessor
from markdown.extensions import Extension as MarkdownExtension
from markdown.util import AtomicString

from .markdown import foreign_code, link, link_target, plain


# -- inline content -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Link:
    href: str             # a page path (cases/x.md, as MkDocs expects it), an anchor or a URL
    content: tuple        # inline items


@dataclass(frozen=True)
class Url:
    """A bare address shown as itself (an autolink: its text is never read as Markdown)."""
    url: str


@dataclass(frozen=True)
class Tag:
    """Inline HTML: <span lang="it"> and the like; attributes as written (already escaped)."""
    name: str
    attrs: tuple = ()     # (name, value) pairs
    content: tuple = ()


Inline = str | Link | Url | Tag


def foreign(items: tuple, code: str | None, page_lang: str) -> tuple:
    """Inline items in another language than the page's, marked as markdown.foreign() marks Markdown."""
    code = foreign_code(code, page_lang)
    return (Tag("span", (("lang", code),), items),) if code else items


def inline(*items) -> tuple:
    """Items and tuples of items, flattened; empty strings left out."""
    out = []
    for item in items:
        if isinstance(item, tuple):
            out += inline(*item)
        elif item != "":
            out.append(item)
    return tuple(out)


def markdown(items) -> str:
    """The Markdown of inline items: text escaped with plain(), links with link()."""
    out = []
    for item in items:
        if isinstance(item, str):
            out.append(plain(item))
        elif isinstance(item, Link):
            out.append(link(markdown(item.content), item.href))
        elif isinstance(item, Url):
            out.append(f"<{link_target(item.url)}>")
        else:
            attrs = "".join(f' {name}="{value}"' for name, value in item.attrs)
            out.append(f"<{item.name}{attrs}>{markdown(item.content)}</{item.name}>")
    return "".join(out)


class _Text(AtomicString):
    """Text that Python-Markdown's inline patterns would leave as it is: they skip it (they are most of
    a page's time), and `_Release` makes it ordinary text again right after them, for abbr and toc.
    (The inline processor hands a tail back as a plain AtomicString: `_Release` knows parts' tails.)"""


class _Address(AtomicString):
    """The text of a bare address: atomic for good, as Python-Markdown's autolinks are."""


# Text without these (and on one line) renders as itself: plain() would only escape a list marker at its start.
_ACTIVE = re.compile(r"[\\`*_{}\[\]<>&!|#~\n]|  ")


def _text(item: str) -> str:
    return plain(item) if _ACTIVE.search(item) else _Text(item)


def _merged(items) -> list:
    """Consecutive text items as one (text joined to a _Text by + would lose its kind)."""
    out = []
    for item in items:
        if isinstance(item, str) and out and isinstance(out[-1], str):
            out[-1] += item
        else:
            out.append(item)
    return out


def fill(parent: etree.Element, items) -> etree.Element:
    """Append inline items to an element as Python-Markdown would have parsed them from `markdown(items)`:
    text that markup could change stays escaped Markdown for its inline patterns, links and tags become
    elements."""
    last = None
    for item in _merged(items):
        if isinstance(item, str):  # a run of text: an element's text or the tail of its last child
            if last is None:
                parent.text = _text(item)
            else:
                last.tail = _text(item)
            continue
        if isinstance(item, Link):
            last = etree.SubElement(parent, "a", {"href": link_target(item.href)})
            fill(last, item.content)
        elif isinstance(item, Url):
            last = etree.SubElement(parent, "a", {"href": link_target(item.url)})
            last.text = _Address(link_target(item.url))
        else:
            last = etree.SubElement(parent, item.name, dict(item.attrs))
            fill(last, item.content)
    return parent


def element(tag: str, attrs: dict | None = None, items=(), *children: etree.Element) -> etree.Element:
    el = fill(etree.Element(tag, attrs or {}), items)
    el.extend(children)
    return el


def bullets(items) -> etree.Element:
    """A bulleted list, an item of inline items each: the elements of `bullets_markdown(items)`."""
    return element("ul", None, (), *(element("li", None, item) for item in items))


def bullets_markdown(items) -> str:
    return "\n".join(f"- {markdown(item)}" for item in items)


# -- parts of a page ------------------------------------------------------------------------------

Build = Callable[[], etree.Element]


class Recorder:
    """The parts written into pages as placeholders: placeholder -> (Markdown, elements factory)."""

    def __init__(self):
        # A placeholder no contributor can type by chance: it differs from build to build.
        self.prefix = f"hb-part-{secrets.token_hex(4)}-"
        self._count = itertools.count()
        self.parts: dict[str, tuple[str, Build]] = {}
        # A placeholder at the very start has lost its blank lines when the front matter was cut off.
        self._pattern = re.compile(rf"(?:\A|\n\n)({re.escape(self.prefix)}\d+)\n\n")

    def part(self, md: str, build: Build) -> str:
        """The placeholder of a part, as its own paragraph (blank lines around it)."""
        name = f"{self.prefix}{next(self._count)}"
        self.parts[name] = (md, build)
        return f"\n\n{name}\n\n"

    def expand(self, page: str) -> str:
        """The page as Markdown: each placeholder back to its part's Markdown."""
        return self._pattern.sub(lambda m: self.parts[m.group(1)][0], page)

    def used(self, page: str) -> dict[str, Build]:
        """The element factories of the parts a page uses."""
        return {name: self.parts[name][1] for name in self._pattern.findall(page)}


class _PartProcessor(BlockProcessor):
    """One per Markdown instance (one a page): puts the parts in, and keeps them for _Release."""

    def __init__(self, parser, extension: Extension):
        super().__init__(parser)
        self.extension = extension
        self.placed: list[etree.Element] = []

    def test(self, parent, block) -> bool:
        return block in self.extension.parts

    def run(self, parent, blocks) -> None:
        part = self.extension.parts[blocks.pop(0)]()
        self.placed.append(part)
        parent.append(part)


class _Release(Treeprocessor):
    """After the inline patterns: the parts' inert text is ordinary text again (bare addresses excepted)."""

    def __init__(self, md, parts: _PartProcessor):
        super().__init__(md)
        self.parts = parts

    def run(self, root) -> None:
        for part in self.parts.placed:
            for el in part.iter():
                if type(el.text) is _Text:
                    el.text = str(el.text)
                if isinstance(el.tail, AtomicString):  # a part's tails are all text of its own (fill)
                    el.tail = str(el.tail)
        self.parts.placed.clear()


class Extension(MarkdownExtension):
    """Python-Markdown extension: `parts` (set for each page by the hook) are placeholder -> factory."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.parts: dict[str, Build] = {}

    def extendMarkdown(self, md) -> None:
        # Before every other block processor: a placeholder is a paragraph of one word.
        parts = _PartProcessor(md.parser, self)
        md.parser.blockprocessors.register(parts, "handbook-parts", 200)
        # Right after "inline" (20), before attr_list (8), abbr (7) and toc (5) read the text.
        md.treeprocessors.register(_Release(md, parts), "handbook-parts-text", 19)
