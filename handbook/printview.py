"""Print views: one page per chapter and per country's case collection, in each language.

A print page is Markdown like any generated page: a title page, a table of contents, then
the chapter's own Markdown or the case pages the Renderer writes for the site. Only links
change: on paper a link must show where it leads, so every link becomes the absolute address
of the online page, and a link to a provision carries the act's official identifier. The
theme's print template (overrides/print.html) shows the page without the site's chrome.
"""

from __future__ import annotations

import html
import json
import posixpath
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from . import generator, languages, links
from .edition import LEGAL_STATE, build_date, long_date
from .generator import page_url
from .labels import label
from .markdown import plain
from .model import Case
from .blocks import Link, Tag
from .render import Renderer, identifier

FOLDER = "print"          # docs/print/: generated, git-ignored
MANIFEST = "print/manifest.json"  # what tools/print_pdf.py prints, and into which file
TEMPLATE = "print.html"   # in the theme's custom_dir

_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n+", re.DOTALL)
_HEADING = re.compile(r"^(#{1,5}) ", re.MULTILINE)
_LINK_TARGET = re.compile(r"\]\((<[^>\n]*>|[^)\s]+)")
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


# -- addresses ------------------------------------------------------------------

def relative_href(from_url: str, to_path: str) -> str:
    """Link from the page at site-relative from_url to a site-relative file."""
    base = from_url.rstrip("/") if from_url.endswith("/") or not from_url else posixpath.dirname(from_url)
    return posixpath.relpath(to_path, base or ".")


_TRAILING = {"a", "and", "for", "in", "of", "the", "to", "i", "w", "z", "na", "dla", "do", "o"}


def slugify(text: str, limit: int = 46) -> str:
    """ASCII file-name part: "Zestaw narzędzi prawnych" -> "zestaw-narzedzi-prawnych"; whole words, at most `limit`."""
    text = text.replace("ł", "l").replace("Ł", "L")  # ł does not decompose
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    words = []
    for word in re.findall(r"[a-z0-9]+", text):
        if words and len("-".join(words + [word])) > limit:
            break
        words.append(word)
    while len(words) > 1 and words[-1] in _TRAILING:  # "...-services-in" reads as a cut
        words.pop()
    return "-".join(words)


# -- what gets printed ----------------------------------------------------------

@dataclass(frozen=True)
class PrintPage:
    slug: str          # docs/print/<slug>.<lang>.md
    lang: str
    kind: str          # "chapter" or "cases"
    title: str
    online_page: str   # the docs page this print view stands for
    source: str        # the file it is made from, for the edit link

    @property
    def page(self) -> str:
        return f"{FOLDER}/{self.slug}.md"

    @property
    def pdf(self) -> str:
        return f"pdf/{label('pdf_prefix', self.lang)}-{slugify(self.title)}-{self.lang}.pdf"


def chapter_title(markdown: str, fallback: str) -> str:
    match = re.search(r"^# (.+)$", _FRONT_MATTER.sub("", markdown), re.MULTILINE)
    return match.group(1).strip() if match else fallback


@dataclass
class PrintRenderer(Renderer):
    """The site's Renderer, with links that keep their target on paper."""

    site_url: str = "/"
    directory_urls: bool = True

    def online(self, page: str, lang: str) -> str:
        return self.site_url.rstrip("/") + "/" + page_url(page, lang, self.directory_urls)

    def identifier(self, provision_id: str) -> str:
        """The act's first listed identifier (the registry lists the main one first), e.g. "CELEX 32014L0024"."""
        return identifier(*self.catalog.act_of(provision_id).identifiers[0])

    def link_item(self, ref: str, lang: str, from_page: str, text: str | None = None) -> Link:
        content = (text or self.title_of(ref, lang),)
        if ref in self.catalog.provisions:
            cited = ([self.provision_label(ref, lang)] if text else []) + [self.identifier(ref)]
            content += (" ", Tag("span", (("class", "print-legal-id"),), (f"[{'; '.join(cited)}]",)))
        return Link(self.online(self.page_of(ref), lang), content)

    def absolute(self, markdown: str, lang: str, from_page: str) -> str:
        """Make the remaining relative links (chapter to chapter, to data files) absolute."""
        def target(match: re.Match) -> str:
            raw = match.group(1)
            url = raw[1:-1] if raw.startswith("<") else raw
            if not url or _SCHEME.match(url) or url.startswith(("#", "/")):
                return match.group(0)
            path, _, fragment = url.partition("#")
            page = posixpath.normpath(posixpath.join(posixpath.dirname(from_page), path))
            full = self.online(page, lang) if page.endswith(".md") else self.site_url.rstrip("/") + "/" + page
            return f"](<{full}{'#' + fragment if fragment else ''}>"
        return links.outside_fences(markdown, lambda line: _LINK_TARGET.sub(target, line))

    # -- bodies ---------------------------------------------------------------

    def chapter_body(self, markdown: str, lang: str, page: str) -> str:
        body = self.resolve(_FRONT_MATTER.sub("", markdown), lang, page)
        return self.absolute(body, lang, page)

    def href(self, from_page: str, to_page: str, lang: str) -> str:
        return self.online(to_page, lang)

    def anchor(self, case: Case, key: str) -> str:
        return f"{case.id}-{key}"  # a collection holds many cases: their section ids must differ

    # A collection holds many cases under its own title: each case one heading level down. The Renderer
    # writes its own headings at that level; contributors' Markdown is shifted here (rich).
    heading_shift: int = field(default=1, kw_only=True)

    def rich(self, text, lang: str, from_page: str, notes=None) -> str:
        return _shift_headings(super().rich(text, lang, from_page, notes))

    def case_section(self, case: Case, lang: str) -> str:
        """The case as the site shows it (summary panel first, without the site's way-finding),
        one heading level down, inside a collection."""
        return self.case_article(case, lang)


def _shift_headings(markdown: str) -> str:
    return links.outside_fences(markdown, lambda line: _HEADING.sub(r"#\1 ", line))


# -- the page -------------------------------------------------------------------

def _front_matter(pp: PrintPage) -> str:
    fields = {"title": html.escape(pp.title), "template": TEMPLATE, "print_kind": pp.kind,
              "search": {"exclude": True}, "generated_from": pp.source}
    return generator.front_matter(fields)


def title_page(pp: PrintPage, online_url: str, pdf_href: str | None, built: str) -> str:
    """Raw HTML (no Markdown inside), so every value is escaped here."""
    lang, e = pp.lang, html.escape
    lines = [
        '<div class="print-cover">',
        f'<p class="print-cover__kind">{e(label("print_" + pp.kind, lang))}</p>',
        f'<p class="print-cover__title">{e(pp.title)}</p>',
        f'<p class="print-cover__fact">{e(label("print_language", lang))}</p>',
        f'<p class="print-cover__fact">{e(label("print_legal_state", lang))} {e(long_date(LEGAL_STATE, lang))}</p>',
        f'<p class="print-cover__fact">{e(label("print_built", lang))} {e(long_date(built, lang))}</p>',
        f'<p class="print-cover__fact">{e(label("print_online", lang))} '
        f'<a class="print-bare" href="{e(online_url)}">{e(online_url)}</a></p>',
        "</div>",
        "",
        '<div class="print-screen">',
    ]
    if pdf_href:
        lines.append(f'<a class="md-button md-button--primary" href="{e(pdf_href)}">{e(label("print_pdf", lang))}</a>')
    lines += [f'<p>{e(label("print_hint", lang))}</p>', "</div>", "",
              f'<p class="print-toc__title">{e(label("print_toc", lang))}</p>', "", "[TOC]", ""]
    return "\n".join(lines) + "\n"


class PrintViews:
    """Every print page of a project, and the links to them from the site."""

    def __init__(self, renderer: Renderer, docs_dir: Path, chapters: str, site_url: str,
                 directory_urls: bool, pdf_links: bool, generated: tuple[str, ...]):
        self.renderer = PrintRenderer(renderer.catalog, renderer.vocab, site_url, directory_urls)
        self.docs_dir, self.chapters_dir = Path(docs_dir), chapters
        self.directory_urls, self.pdf_links = directory_urls, pdf_links
        self.chapters = self._chapters(generated)
        self.all = self.pages()

    def _chapters(self, generated) -> dict[tuple[str, str], str]:
        """(name, lang) -> Markdown of every hand-written chapter file <name>.<lang>.md."""
        folder = self.docs_dir / self.chapters_dir
        if self.chapters_dir in generated or not folder.is_dir():
            return {}
        found = {}
        for path in sorted(folder.glob("*.*.md")):
            name, lang = path.name[:-3].rsplit(".", 1)
            if lang in languages.codes():
                found[(name, lang)] = path.read_text(encoding="utf-8")
        return found

    def pages(self) -> list[PrintPage]:
        out = []
        for (name, lang), markdown in self.chapters.items():
            page = f"{self.chapters_dir}/{name}.md"
            out.append(PrintPage(name, lang, "chapter", chapter_title(markdown, name), page,
                                 f"docs/{generator.localized(page, lang)}"))
        r = self.renderer
        for country in r.vocab.keys("countries"):
            if any(c.country == country for c in r.catalog.cases.values()):
                for lang in languages.codes():
                    title = label("print_cases_title", lang).format(country=r.vocab.label("countries", country, lang))
                    out.append(PrintPage(f"cases-{country.lower()}", lang, "cases", title, "cases/index.md", "cases"))
        return out

    def body(self, pp: PrintPage) -> str:
        r = self.renderer
        if pp.kind == "chapter":
            return r.chapter_body(self.chapters[(pp.slug, pp.lang)], pp.lang, pp.online_page)
        country = pp.slug.split("-", 1)[1].upper()
        cases = [c for c in r.sorted_cases(pp.lang) if c.country == country]
        return "\n".join(r.case_section(c, pp.lang) for c in cases)  # the title page names the collection

    def pdf_href(self, from_page: str, pp: PrintPage) -> str | None:
        if not self.pdf_links:
            return None
        return relative_href(page_url(from_page, pp.lang, self.directory_urls), pp.pdf)

    def files(self) -> dict[str, str]:
        """docs-relative file -> text: the print pages, and the manifest the PDF step reads."""
        built, files, manifest = build_date(), {}, []
        for pp in self.all:
            online = self.renderer.online(pp.online_page, pp.lang)
            files[generator.localized(pp.page, pp.lang)] = (_front_matter(pp) + title_page(pp, online, self.pdf_href(pp.page, pp), built)
                                                  + "\n" + self.body(pp))
            manifest.append({"url": page_url(pp.page, pp.lang, self.directory_urls), "pdf": pp.pdf,
                             "lang": pp.lang, "kind": pp.kind, "title": pp.title})
        files[MANIFEST] = json.dumps(manifest, ensure_ascii=False, indent=1) + "\n"
        return files

    # -- entry points on the site's pages -----------------------------------------

    def entry(self, markdown: str, lang: str, src_uri: str) -> str:
        """Add the "Print / PDF" links to a chapter page, and the collections to the cases index."""
        page = re.sub(r"\.(pl|en)\.md$", ".md", src_uri)
        prints = [pp for pp in self.all if pp.lang == lang and pp.online_page == page]
        if not prints:
            return markdown
        here = posixpath.dirname(page)
        buttons = []
        for pp in prints:
            text = label("print_entry", lang) if pp.kind == "chapter" else pp.title
            line = generator.button(plain(text), posixpath.relpath(pp.page, here or '.'), "print-entry")
            href = self.pdf_href(page, pp)
            if href:
                line += f' <a class="md-button print-entry" href="{html.escape(href)}">PDF</a>'
            buttons.append(line)
        if prints[0].kind == "cases":
            return markdown.rstrip("\n") + f"\n\n## {label('print_collections', lang)}\n\n" + "\n\n".join(buttons) + "\n"
        return _after_title(markdown, buttons[0])


def _after_title(markdown: str, line: str) -> str:
    match = re.search(r"^# .*\n", markdown, re.MULTILINE)
    at = match.end() if match else 0
    return markdown[:at] + f"\n{line}\n\n" + markdown[at:]
