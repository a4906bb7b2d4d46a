"""One build's view of the content: load once per change, render, export.

This is the whole surface the MkDocs adapter uses; it knows nothing of MkDocs.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Callable
from pathlib import Path

from . import blocks, edition, frontdoor, links, matrix, translation, terms as terminology
from .chooser import ChooserPage
from .routes import Table
from .problems import unknown
from .data import cases_json, dump, edition_json, legal_json
from . import labels, languages
from .generator import page_url
from .edition import with_legal_state
from .project import Layout, Project, load_project
from .printview import PrintViews
from .render import Renderer, provision_page
from .search import keywords as search_keywords, site as search_site
from .schema import published
from .writer import sync_tree

__all__ = ["Build", "UnknownLink"]

# Loaded projects by fingerprint of their inputs: the second language pass and
# unchanged `mkdocs serve` rebuilds reuse the load; any edit gives a new key.
# The key is a hash of the files' bytes, not their size and time: a same-size edit
# whose time is kept (`cp -p`, `rsync -t`, a checkout) must not serve the old content.
_loaded: dict[tuple, Project] = {}
# Generated files by load key and build options: the second language pass (and an unchanged `mkdocs serve`
# rebuild) would render exactly the same files again. HANDBOOK_RENDER_CACHE=0 renders them every time
# (tests/integration/test_scale.py builds both ways and compares the sites).
_rendered: dict[tuple, tuple] = {}  # (files, (pages with parts, their recorder))


class UnknownLink(Exception):
    pass


def fingerprint(root: Path, layout: Layout) -> tuple:
    paths = []
    for folder in (layout.cases, layout.legal, layout.schema, layout.routes):
        base = root / folder
        paths += sorted(base.rglob("*")) if base.is_dir() else []
    docs = root / layout.docs
    generated = tuple(docs / g for g in layout.generated)
    paths += [p for p in sorted(docs.rglob("*.md")) if not any(p.is_relative_to(g) for g in generated)]
    digest = hashlib.blake2b(digest_size=16)
    for path in paths:
        if path.is_file():
            digest.update(str(path).encode() + b"\0" + hashlib.blake2b(path.read_bytes()).digest())
    return (digest.hexdigest(),)


class Build:
    def __init__(self, root: Path, docs_dir: Path, directory_urls: bool = True, layout: Layout = Layout(),
                 site_url: str = "/", pdf_links: bool = False, repo_url: str | None = None,
                 langs: languages.Languages | None = None):
        self.root, self.docs_dir, self.layout = root, docs_dir, layout
        self.langs = langs  # the i18n plugin's languages; None: those of root/mkdocs.yml
        self.directory_urls = directory_urls
        self.site_url, self.pdf_links = site_url or "/", pdf_links
        self.repo_url = repo_url
        self.project: Project | None = None
        self.renderer: Renderer | None = None
        self.prints: PrintViews | None = None
        self._parts: tuple = ({}, None)  # see write_pages and page_parts

    def load(self) -> Project:
        key = (str(self.root), fingerprint(self.root, self.layout), self.langs)
        if key not in _loaded:
            _loaded.clear()  # keep only the current version of the content
            _loaded[key] = load_project(self.root, self.layout, self.langs)
        self.project, self._key = _loaded[key], key
        self.project.activate()
        self.renderer = Renderer(self.project.catalog, self.project.vocab)
        self.prints = PrintViews(self.renderer, self.docs_dir, self.layout.chapters, self.site_url,
                                 self.directory_urls, self.pdf_links, self.layout.generated)
        return self.project

    def write_pages(self) -> tuple[int, int]:
        key = (self._key, str(self.docs_dir), self.directory_urls, self.site_url, self.pdf_links, self.repo_url)
        cached = _rendered.get(key) if os.environ.get("HANDBOOK_RENDER_CACHE", "1") != "0" else None
        if cached is None:
            cached = self._render()
            _rendered.clear()  # keep only the current version, as _loaded does
            _rendered[key] = cached
        files, self._parts = cached
        return sync_tree(self.docs_dir, self.layout.generated, files)

    def _render(self) -> tuple[dict[str, str], tuple]:
        """Every generated file, and the pages that have parts (handbook/blocks.py) with their recorder.
        HANDBOOK_PARTS=0: no parts, every page is Markdown for Python-Markdown (the slower path)."""
        recorder = blocks.Recorder() if os.environ.get("HANDBOOK_PARTS", "1") != "0" else None
        self.renderer.recorder = self.prints.renderer.recorder = recorder
        try:
            files = {**self.renderer.pages(self.directory_urls), **self.data_files(), **self.prints.files(),
                     **translation.pages(translation.status(self.project)), **self.chooser_files()}
        finally:
            self.renderer.recorder = self.prints.renderer.recorder = None
        if recorder is None:
            return files, ({}, None)
        # page -> (its text with placeholders, the factories of its parts), for the pages that have parts
        used = {name: recorder.used(text) for name, text in files.items() if name.endswith(".md")}
        with_parts = {name: (files[name], factories) for name, factories in used.items() if factories}
        return {name: recorder.expand(text) if name in with_parts else text for name, text in files.items()}, \
            (with_parts, recorder)

    def page_parts(self, page: str, markdown: str, body: Callable[[str], str]) -> tuple[str, dict] | None:
        """The generated page `page` with its parts as placeholders, and their element factories, when
        `markdown` (the page as read, without front matter: `body` strips it) is what was generated."""
        with_parts, recorder = self._parts
        if page not in with_parts:
            return None
        text, factories = with_parts[page]
        fast = body(text)
        # (trailing blank lines aside: MkDocs may cut them off, and they change nothing)
        return (fast, factories) if recorder.expand(fast).rstrip() == markdown.rstrip() else None

    def resolve_links(self, markdown: str, lang: str, page: str) -> str:
        known = set(self.project.catalog.cases) | set(self.project.catalog.provisions)
        missing = [(line, ref) for line, ref in links.find(markdown) if ref not in known]
        if missing:
            line, ref = missing[0]
            raise UnknownLink(f"{line}: " + unknown("case or provision", ref, known))
        return self.renderer.resolve(markdown, lang, page)

    def front_door(self, markdown: str, lang: str, page: str) -> str:
        """Fill the `<!-- handbook:NAME -->` markers of a hand-written page (figures, map, recent cases...)."""
        door = frontdoor.FrontDoor(self.renderer, self.docs_dir, self.directory_urls, self.repo_url, self.project.terms)
        try:
            return door.resolve(markdown, lang, re.sub(r"\.(pl|en)\.md$", ".md", page))
        except frontdoor.UnknownMarker as err:
            raise UnknownLink(str(err)) from None

    def with_abbreviations(self, markdown: str, lang: str, used_in: str | None = None) -> str:
        """The page with the `abbr` definitions of the abbreviations it uses (schema/terms.yml); `used_in`:
        the text to look for them in, when `markdown` holds placeholders of parts (page_parts)."""
        definitions = terminology.abbreviation_definitions(self.project.terms, lang, used_in or markdown)
        return f"{markdown}\n\n{definitions}" if definitions else markdown

    @staticmethod
    def theme_labels() -> dict[str, dict]:
        """Language -> the templates' words (the `theme` labels), for overrides/partials/handbook-i18n.html."""
        return {lang: labels.table("theme", lang) for lang in languages.codes()}

    @staticmethod
    def fallback_notice(markdown: str, file_name: str, lang: str) -> str:
        return translation.fallback_notice(markdown, file_name, lang)

    @staticmethod
    def legal_state(markdown: str, lang: str) -> str:
        """The legal state line under the title of a hand-written page (generated pages carry it already)."""
        return with_legal_state(markdown, lang)

    def print_entry(self, markdown: str, lang: str, page: str) -> str:
        """The "Print / PDF" links of a chapter page (and of the cases index), if it has a print view."""
        return self.prints.entry(markdown, lang, page)

    def data_files(self) -> dict[str, str]:
        """Files published beside the pages: open data and the content schemas."""
        catalog = self.project.catalog
        files = {"data/cases.json": dump(cases_json(catalog, self.directory_urls)),
                 "data/legal.json": dump(legal_json(catalog, self.directory_urls)),
                 "data/matrix.json": dump(matrix.matrix_json(catalog, lambda p: {
                     lang: page_url(provision_page(p), lang, self.directory_urls) for lang in languages.codes()})),
                 "data/matrix.csv": matrix.matrix_csv(catalog)}
        table = self.routes_table()
        if table is not None:
            files["data/routes.json"] = dump(table)
        for kind, schema in published(self.project.schemas).items():
            files[f"schema/{kind}.schema.json"] = json.dumps(schema, ensure_ascii=False, indent=2) + "\n"
        return files

    @staticmethod
    def publish_edition(site_dir: Path) -> None:
        """data/edition.json, written into the built site, not into docs/: its build time changes at every build,
        and a changed file in docs/ would make `mkdocs serve` rebuild for ever."""
        (site_dir / "data").mkdir(parents=True, exist_ok=True)
        (site_dir / "data" / "edition.json").write_text(dump(edition_json()), encoding="utf-8")

    def routes_table(self) -> dict | None:
        """The chooser's published table (data/routes.json), or None when the project has no routes/."""
        if self.project.routes is None:
            return None
        return Table(self.project.routes, self.project.catalog, self.renderer, edition.LEGAL_STATE,
                     self.directory_urls).json()

    def chooser_files(self) -> dict[str, str]:
        table = self.routes_table()
        if table is None:
            return {}
        return ChooserPage(self.renderer, table, self.project.routes, edition.LEGAL_STATE, self.directory_urls).files()

    def publish_search(self, site_dir: Path) -> dict[str, int]:
        """One search index and worker per language in the built site; index sizes in bytes."""
        catalog, vocab = self.project.catalog, self.project.vocab
        keywords = {
            lang: {page_url(page, languages.default(), self.directory_urls): words
                   for page, words in search_keywords.page_keywords(catalog, vocab, lang).items()}
            for lang in languages.codes()
        }
        return search_site.publish(site_dir, languages.codes(), languages.default(), keywords)
