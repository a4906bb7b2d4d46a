"""The case index a reader can filter: every case as a card, filters, a live count, and the map.

The page works without JavaScript: every card is in the HTML and the filter form stays hidden.
With JavaScript (caseindex.js, inlined into this page only) the filters show; they combine (AND),
keep their state in the address (?mechanism=co-design&country=IT) and restore it on load.

Declared once: each filter is a row of FILTERS; the options come from schema/vocabularies.yml
(only the terms some case uses), the cards carry the same keys in data attributes, and the script
only compares a select's value with the card's attribute named by the select. It knows no term.
"""

from __future__ import annotations

import html
import posixpath
from dataclasses import dataclass
from pathlib import Path

from . import casemap
from .labels import table
from .edition import period_text
from .model import Case

HERE = Path(__file__).parent
PAGE = "cases/index.md"


@dataclass(frozen=True)
class Filter:
    name: str         # query parameter and <select name>
    attr: str         # data-<attr> on each card
    vocabulary: str   # "" for the period (decades of the start date)
    values: callable  # case -> list of keys


FILTERS = (
    Filter("country", "country", "countries", lambda c: [c.country]),
    Filter("mechanism", "mechanisms", "mechanisms", lambda c: list(c.mechanisms)),
    Filter("area", "areas", "service_areas", lambda c: list(c.service_areas)),
    Filter("level", "level", "authority_levels", lambda c: [c.authority_level]),
    Filter("period", "decade", "", lambda c: [decade(c)]),
)



def text(key: str, lang: str) -> str:
    return table("caseindex", lang)[key]


def page_url(page: str, directory_urls: bool) -> str:
    """Docs page -> its address within a language: cases/index.md -> cases/ (or cases/index.html)."""
    stem = page[:-3]
    if not directory_urls:
        return stem + ".html"
    if stem == "index" or stem.endswith("/index"):
        return stem[:-5]
    return stem + "/"


def page_href(from_page: str, to_page: str, directory_urls: bool) -> str:
    """Relative link between two docs pages as the browser resolves it (raw HTML gets no link rewriting)."""
    source, target = page_url(from_page, directory_urls), page_url(to_page, directory_urls)
    base = source.rstrip("/") if source.endswith("/") or not source else posixpath.dirname(source)
    rel = posixpath.relpath(target or ".", base or ".")
    return rel + "/" if target.endswith("/") or (not target and directory_urls) else rel


def decade(case: Case) -> str:
    return f"{int(case.period.start[:4]) // 10 * 10}"


def asset(name: str) -> str:
    """A script or style sheet of this package, without blank lines: Markdown ends a raw HTML block at one."""
    return "\n".join(line for line in (HERE / name).read_text("utf-8").splitlines() if line.strip())


def style() -> str:
    return f"<style>\n{asset('caseindex.css')}\n</style>"


class CaseIndex:
    """Renders the index page; `renderer` gives vocabulary labels and the page-to-page links."""

    def __init__(self, renderer, href):
        self.r = renderer
        self.href = href  # (from_page, to_page) -> URL of to_page relative to from_page

    def cases(self, lang: str) -> list[Case]:
        order = {k: i for i, k in enumerate(self.r.vocab.keys("countries"))}
        return sorted(self.r.catalog.cases.values(), key=lambda c: (order[c.country], c.place[lang], c.id))

    def label(self, f: Filter, key: str, lang: str) -> str:
        if not f.vocabulary:
            return text("decade", lang).format(start=key, end=int(key) + 9)
        return self.r.vocab.label(f.vocabulary, key, lang)

    def options(self, f: Filter, lang: str) -> list[tuple[str, str, int]]:
        """(key, label, number of cases) for each term some case uses, in the vocabulary's order."""
        used: dict[str, int] = {}
        for case in self.r.catalog.cases.values():
            for key in f.values(case):
                used[key] = used.get(key, 0) + 1
        keys = sorted(used) if not f.vocabulary else [k for k in self.r.vocab.keys(f.vocabulary) if k in used]
        return [(k, self.label(f, k, lang), used[k]) for k in keys]

    def form(self, lang: str) -> str:
        e = html.escape
        out = ['<form class="hb-filters" id="case-filters" hidden aria-labelledby="case-filters-title">',
               f'<h2 id="case-filters-title">{e(text("filters", lang))}</h2><div class="hb-filters__row">']
        for f in FILTERS:
            options = "".join(f'<option value="{e(k)}">{e(label)} ({n})</option>' for k, label, n in self.options(f, lang))
            out.append(f'<div class="hb-filter"><label for="filter-{f.name}">{e(text(f.name, lang))}</label>'
                       f'<select id="filter-{f.name}" name="{f.name}" data-attr="{f.attr}">'
                       f'<option value="">{e(text("any", lang))}</option>{options}</select></div>')
        out.append(f'</div><button type="button" class="md-button hb-filters__reset" id="case-filters-reset">'
                   f'{e(text("reset", lang))}</button></form>')
        return "".join(out)

    def card(self, case: Case, lang: str) -> str:
        e = html.escape
        term = self.r.vocab.label
        data = " ".join(f'data-{f.attr}="{e(" ".join(f.values(case)))}"' for f in FILTERS)
        where = " · ".join([f"{case.place[lang]}, {term('countries', case.country, lang)}",
                            term("authority_levels", case.authority_level, lang),
                            period_text(case.period.start, case.period.end, lang)])
        mechanisms = ", ".join(term("mechanisms", k, lang) for k in case.mechanisms)
        areas = ", ".join(term("service_areas", k, lang) for k in case.service_areas)
        return (f'<li class="hb-case" data-case="{e(case.id)}" {data}>'
                f'<h3 class="hb-case__title"><a href="{e(self.href(PAGE, f"cases/{case.id}.md"))}">{e(case.title[lang])}</a></h3>'
                f'<p class="hb-case__where">{e(where)}</p>'
                f'<dl class="hb-case__facts"><dt>{e(text("mechanisms", lang))}</dt><dd>{e(mechanisms)}</dd>'
                f'<dt>{e(text("areas", lang))}</dt><dd>{e(areas)}</dd></dl></li>')

    def page(self, lang: str) -> str:
        e = html.escape
        cases = self.cases(lang)
        total = len(cases)
        count = text("count", lang)
        names = {k: self.r.vocab.label("countries", k, lang) for k in self.r.vocab.keys("countries")}
        out = [f"# {text('title', lang)}\n", text("intro", lang) + "\n", style() + "\n", self.form(lang) + "\n",
               f'<p class="hb-count" id="case-count" role="status" data-template="{e(count)}">'
               f'{e(count.format(shown=total, total=total))}</p>\n',
               f'<p class="hb-empty" id="case-empty" hidden>{e(text("empty", lang))}</p>\n',
               f'<ul class="hb-cases" id="case-list" aria-label="{e(text("list", lang))}">'
               + "".join(self.card(c, lang) for c in cases) + "</ul>\n",
               f"## {text('map', lang)}\n",
               casemap.figure(self.r.catalog, cases, lang, lambda c: self.href(PAGE, f"cases/{c.id}.md"), names) + "\n",
               f"<script>\n{asset('caseindex.js')}\n</script>\n"]
        return "\n".join(out)
