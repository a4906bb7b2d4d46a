"""The front door's live parts: markers in a hand-written page, filled from the data at build time.

A chapter (docs/index.pl.md, docs/index.en.md) writes the prose and the paths for each reader, and
puts a marker on its own line where a generated part goes, e.g. `<!-- handbook:figures -->`. No
number on the page is typed by hand: every figure here is counted from the catalog. An unknown
marker is an error (a typo must not silently leave a hole).
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from . import casemap, caseindex, generator, languages, terms as terminology
from .edition import LEGAL_STATE, long_date
from .labels import plural, table
from .markdown import plain

MARKER = re.compile(r"^<!-- handbook:([a-z-]+) -->[ \t]*$", re.MULTILINE)
RECENT = 5  # recently checked cases on the front door

# Where the chooser page may live (it is built elsewhere); the link appears only when it exists.
CHOOSER = ("chooser/index", "chooser")


def noun(key: str, n: int, lang: str) -> str:
    """The noun after the number n: 1 przypadek, 2 przypadki, 5 przypadków; 1 case, 2 cases."""
    return plural(table("nouns", lang)[key], n, lang)


class UnknownMarker(ValueError):
    pass


class FrontDoor:
    def __init__(self, renderer, docs_dir: Path, directory_urls: bool = True, repo_url: str | None = None,
                 terms: terminology.Terms | None = None):
        self.r, self.docs_dir = renderer, Path(docs_dir)
        self.directory_urls, self.repo_url = directory_urls, repo_url
        self.terms = terms or terminology.Terms()
        self.parts = {"figures": self.figures, "map": self.map, "recent": self.recent,
                      "chooser": self.chooser, "contribute": self.contribute, "style": lambda lang, page: caseindex.style(),
                      "terms": self.terminology, "abbreviations": self.abbreviations}

    def resolve(self, markdown: str, lang: str, page: str) -> str:
        """Replace each marker line; `page` is the docs-relative page without language suffix (index.md)."""
        def part(match: re.Match) -> str:
            name = match.group(1)
            if name not in self.parts:
                line = markdown.count("\n", 0, match.start()) + 1
                raise UnknownMarker(f"{line}: unknown marker 'handbook:{name}' (known: {', '.join(sorted(self.parts))})")
            return self.parts[name](lang, page)
        return MARKER.sub(part, markdown)

    def href(self, page: str, to: str) -> str:
        return caseindex.page_href(page, to, self.directory_urls)

    def link(self, page: str, to: str) -> str:
        """A Markdown link target to another docs page (MkDocs checks and rewrites it)."""
        import posixpath
        return posixpath.relpath(to, posixpath.dirname(page) or ".")

    # -- parts ----------------------------------------------------------------

    def figures(self, lang: str, page: str) -> str:
        catalog, vocab = self.r.catalog, self.r.vocab
        cases = list(catalog.cases.values())
        countries = [k for k in vocab.keys("countries") if any(c.country == k for c in cases)]
        mechanisms = {m for c in cases for m in c.mechanisms}
        e = html.escape
        per_country = ", ".join(table("frontdoor", lang)["per_country"].format(country=vocab.label("countries", k, lang),
                                                                  n=sum(c.country == k for c in cases)) for k in countries)
        items = [
            (len(cases), noun("cases", len(cases), lang), per_country, "cases/index.md"),
            (len(countries), noun("countries", len(countries), lang), "", "cases/by-country.md"),
            (len(mechanisms), noun("mechanisms", len(mechanisms), lang), "", "cases/by-mechanism.md"),
            (len(catalog.provisions), noun("provisions", len(catalog.provisions), lang),
             f"{len(catalog.acts)} {noun('acts', len(catalog.acts), lang)}", "law/index.md"),
        ]
        out = [f'<h2 id="figures">{e(table("frontdoor", lang)["figures"])}</h2>', '<ul class="hb-figures">']
        for number, what, more, target in items:
            extra = f'<span class="hb-figures__what">{e(more)}</span>' if more else ""
            out.append(f'<li><a href="{e(self.href(page, target))}"><span class="hb-figures__number">{number}</span>'
                       f'<span class="hb-figures__what">{e(what)}</span></a>{extra}</li>')
        out.append(f'<li><span class="hb-figures__number">{e(long_date(LEGAL_STATE, lang))}</span>'
                   f'<span class="hb-figures__what">{e(table("frontdoor", lang)["legal_state"])}</span></li></ul>')
        return "\n" + "".join(out) + "\n"

    def map(self, lang: str, page: str) -> str:
        index = caseindex.CaseIndex(self.r, self.href)
        names = {k: self.r.vocab.label("countries", k, lang) for k in self.r.vocab.keys("countries")}
        return "\n" + casemap.figure(self.r.catalog, index.cases(lang), lang,
                                     lambda c: self.href(page, f"cases/{c.id}.md"), names) + "\n"

    def recent(self, lang: str, page: str) -> str:
        cases = sorted(self.r.catalog.cases.values(), key=lambda c: (c.verification.checked, c.id), reverse=True)[:RECENT]
        lines = []
        for c in cases:
            date = table("frontdoor", lang)["checked"].format(date=long_date(c.verification.checked, lang)) \
                if len(c.verification.checked) == 10 else c.verification.checked
            lines.append(f"- [{plain(c.title[lang])}](<{self.link(page, f'cases/{c.id}.md')}>) ({plain(date)})")
        return "\n".join(lines)

    def chooser(self, lang: str, page: str) -> str:
        for stem in CHOOSER:
            names = (f"{stem}.md", generator.localized(f"{stem}.md", lang), generator.localized(f"{stem}.md", languages.default()))
            if any((self.docs_dir / name).is_file() for name in names):
                return "- " + table("frontdoor", lang)["chooser"].format(href=self.link(page, f"{stem}.md"))
        return ""  # not built in this branch: no dead link

    def terminology(self, lang: str, page: str) -> str:
        """The terminology list of schema/terms.yml (the glossary chapter), its provisions linked."""
        table = terminology.glossary_table(self.terms, lang, set(self.r.catalog.provisions))
        return self.r.resolve(table, lang, page)

    def abbreviations(self, lang: str, page: str) -> str:
        return terminology.abbreviation_table(self.terms, lang)

    def contribute(self, lang: str, page: str) -> str:
        if self.repo_url:
            name = table("frontdoor", lang)["contributing_file"]
            href = f"{self.repo_url.rstrip('/')}/blob/main/{name}"
            return "- " + table("frontdoor", lang)["contribute_repo"].format(href=href)
        return "- " + table("frontdoor", lang)["contribute_local"]
