"""Catalog -> Markdown pages, one set per language. No file I/O here."""

from __future__ import annotations

import functools
import html
import re
from dataclasses import dataclass, field

from . import blocks, caseindex, casepage, equivalence, generator, jsonld, links, matrix, official, partners, timeline, usage
from .citations import Notes, anchor
from .edition import LEGAL_STATE, long_date, partial_date, period_text, with_legal_state
from .labels import article, label
from .markdown import ORIGINAL_LANGUAGE, foreign, link, plain, relative as _relative, rich
from .model import Act, Case, Catalog, Period, Provision
from . import languages
from .vocabulary import Vocabularies
from .blocks import Link, Tag, Url, bullets, bullets_markdown, element, fill, inline, markdown as inline_markdown
import xml.etree.ElementTree as etree


# Way-finding parts stay out of the search index; md_in_html gives a bare attribute its own name as value.
EXCLUDED = {"data-search-exclude": "data-search-exclude"}

# Pages link each other thousands of times a build, between a few hundred pages: remember each path.
relative = functools.lru_cache(maxsize=None)(_relative)


def case_page(case_id: str) -> str:
    return f"cases/{case_id}.md"


def provision_page(provision_id: str) -> str:
    return f"law/{provision_id}.md"


def identifier(kind: str, value: str) -> str:
    """An identifier as cited: "CELEX 32014L0024", but "ECLI:EU:C:2014:2440" and "Dz.U. 2024 poz. 1320
    (tekst jednolity)", whose value already starts with its kind."""
    head, _, qualifier = kind.partition(" ")
    return f"{value} {qualifier}".strip() if value.startswith(head) else f"{kind} {value}"


@dataclass
class Renderer:
    catalog: Catalog
    vocab: Vocabularies
    # Cases relying on each provision: asked by its page and by the law index, in both languages.
    _relying: dict = field(default_factory=dict, init=False, repr=False)
    # Set while rendering for the hook: page parts become placeholders with their elements (handbook/blocks.py).
    recorder: blocks.Recorder | None = field(default=None, repr=False, kw_only=True)
    # Print collections put a case one heading level down (printview.py): its headings are written so.
    heading_shift: int = field(default=0, kw_only=True)

    @functools.cached_property
    def neighbourhood(self) -> casepage.Neighbourhood:
        """Related cases and neighbours of every case, each computed once (see casepage.Neighbourhood)."""
        return casepage.Neighbourhood(self.catalog)

    def relying(self, provision_id: str) -> list[usage.Use]:
        if provision_id not in self._relying:
            self._relying[provision_id] = usage.cases_relying(self.catalog, provision_id)
        return self._relying[provision_id]

    # -- links ----------------------------------------------------------------

    def page_of(self, ref: str) -> str:
        return case_page(ref) if ref in self.catalog.cases else provision_page(ref)

    def title_of(self, ref: str, lang: str) -> str:
        if ref in self.catalog.cases:
            return self.catalog.cases[ref].title[lang]
        return self.provision_label(ref, lang)

    def provision_label(self, provision_id: str, lang: str) -> str:
        act = self.catalog.act_of(provision_id)
        if provision_id == act.id:  # a judgment is cited as a whole
            return act.short[lang]
        return f"{act.short[lang]}, {article(self.catalog.provisions[provision_id].article, lang)}"

    def link_item(self, ref: str, lang: str, from_page: str, text: str | None = None) -> Link:
        return Link(relative(from_page, self.page_of(ref)), (text or self.title_of(ref, lang),))

    def link_to(self, ref: str, lang: str, from_page: str, text: str | None = None) -> str:
        return inline_markdown((self.link_item(ref, lang, from_page, text),))

    def resolve(self, markdown: str, lang: str, from_page: str) -> str:
        """Replace [[id]] cross-links (the ids were checked when the content loaded); EUR-Lex in `lang`."""
        markdown = links.replace(markdown, lambda ref, text: self.link_to(ref, lang, from_page, text))
        return official.localize(markdown, lang)

    def rich(self, text, lang: str, from_page: str, notes: Notes | None = None) -> str:
        """Contributors' Markdown; `notes` renders its [^source-id] citations (see citations.py)."""
        markdown = self.resolve(rich(text[lang]), lang, from_page)
        return notes.apply(markdown, lang) if notes else markdown

    def term(self, vocabulary: str, key: str, lang: str) -> str:
        return plain(self.vocab.label(vocabulary, key, lang))

    def part(self, md: str, build: blocks.Build) -> str:
        """A part of a page (handbook/blocks.py): its Markdown, or while recording, its placeholder."""
        return self.recorder.part(md, build) if self.recorder else md

    # -- shared pieces --------------------------------------------------------

    @staticmethod
    def front_matter(source_file: str, title: str, description: str) -> str:
        # The theme prints title and description into HTML unescaped, so they are
        # escaped here; JSON strings are valid YAML, so nothing breaks out of the header.
        fields = {"title": html.escape(title), "description": html.escape(description),
                  "generated_from": source_file}
        return generator.front_matter(fields)

    @staticmethod
    def period(period: Period, lang: str) -> str:
        """"od 2016 r.", "since 16 February 2016": one format for every period (handbook/edition.py)."""
        return period_text(period.start, period.end, lang)

    def source_entries(self, sources, lang: str, owner: str | None = None) -> list[tuple[tuple, str]]:
        """Each source as the Sources list shows it: inline items (with an `owner`, case or act id, first the
        anchor its citations link to; the linked title; publisher and date) and its address, shown below."""
        out = []
        for s in sources:
            url = official.localize(s.url, lang)
            date = f", {s.date}" if s.date else ""
            target = (Tag("span", (("id", anchor(owner, s.id)),)),) if owner else ()
            out.append((inline(target, Link(url, (s.title,)), f". {s.publisher}{date}."), url))
        return out

    def sources(self, sources, lang: str, owner: str | None = None, start: int = 1) -> list[str]:
        """The numbered Sources list, a Markdown line an entry. `start`: the number of the first entry, when a
        page splits its list."""
        return self.source_lines(self.source_entries(sources, lang, owner), start)

    @staticmethod
    def source_lines(entries, start: int = 1) -> list[str]:
        return [f"{number}. {inline_markdown(items)}  \n   {inline_markdown((Url(url),))}"
                for number, (items, url) in enumerate(entries, start=start)]

    def sources_part(self, sources, lang: str, owner: str) -> str:
        """The numbered Sources list of a case, as a page part."""
        entries = self.source_entries(sources, lang, owner)

        def build():
            ol = element("ol")
            for items, url in entries:
                li = element("li", None, items)
                etree.SubElement(li, "br")
                ol.append(fill(li, (Url(url),)))
            return ol
        return self.part("\n".join(self.source_lines(entries)), build)

    # -- case page ------------------------------------------------------------

    def href(self, from_page: str, to_page: str, lang: str) -> str:
        """Link target of a generated or index page; the print view makes it absolute."""
        return relative(from_page, to_page)

    def anchor(self, case: Case, key: str) -> str:
        """Heading id of a case section: the same in both languages, so `#legal-basis` can be shared."""
        return key

    def case_sections(self, case: Case) -> list[str]:
        keys = ["context", "actions"] + (["results"] if case.results else []) + ["lessons", "transfer", "legal_basis"]
        return keys + (["partners"] if case.partners else []) + ["sources", "verification"]

    def heading(self, case: Case, key: str, lang: str, level: int | None = None) -> str:
        level = 2 + self.heading_shift if level is None else level
        return f"\n{'#' * level} {label(key, lang)} {{#{self.anchor(case, key.replace('_', '-'))}}}\n"

    @staticmethod
    def authority(case: Case, lang: str) -> str:
        """The authority's own name, marked with its country's language."""
        return inline_markdown(Renderer.authority_item(case, lang))

    @staticmethod
    def authority_item(case: Case, lang: str) -> tuple:
        return blocks.foreign((case.authority_name,), ORIGINAL_LANGUAGE.get(case.country), lang)

    @staticmethod
    def original_title(act, lang: str) -> str:
        """An act's title as it reads in the original, marked with its jurisdiction's language."""
        return foreign(plain(act.title_original), ORIGINAL_LANGUAGE.get(act.jurisdiction), lang)

    def case(self, case: Case, lang: str) -> str:
        """The page of a case: a breadcrumb, the title, a table of contents for small screens, the summary
        panel (the facts a reader came for, within the first screen), the story, then related cases and
        the way on to the neighbours in the same country."""
        page = case_page(case.id)
        out = [self.front_matter(case.file, case.title[lang], case.summary[lang]), self.breadcrumb(case, lang, page),
               f"# {plain(case.title[lang])}\n", self.case_toc(case, lang), self.summary_panel(case, lang, page),
               f"{plain(case.summary[lang])}\n", self.case_story(case, lang, page),
               self.related(case, lang, page), self.pager(case, lang, page)]
        return "\n".join(part for part in out if part) + "\n"

    def case_article(self, case: Case, lang: str) -> str:
        """The case without the site's way-finding (for print collections): title, panel, story."""
        page = case_page(case.id)
        return "\n".join([f"{'#' * (1 + self.heading_shift)} {plain(case.title[lang])}\n", self.summary_panel(case, lang, page),
                          f"{plain(case.summary[lang])}\n", self.case_story(case, lang, page)]) + "\n"

    def breadcrumb(self, case: Case, lang: str, page: str) -> str:
        index = self.href(page, "cases/index.md", lang)
        steps = [Link(self.href(page, "index.md", lang), (label("home", lang),)),
                 Link(index, (label("cases_home", lang),)),
                 Link(f"{index}?country={case.country}", (self.vocab.label("countries", case.country, lang),))]
        return self.breadcrumb_nav(steps, case.place[lang], lang)

    def breadcrumb_nav(self, steps: list[Link], here: str, lang: str) -> str:
        """Home > section > group > this page, as a labelled list of links (the theme's own path needs the
        page in the global navigation, which generated pages stay out of)."""
        current = Tag("span", (("aria-current", "page"),), (here,))
        items = "".join(f"{n}. {inline_markdown((step,))}\n" for n, step in enumerate(steps, start=1))
        md = (f'<nav class="page-breadcrumb" aria-label="{label("breadcrumb", lang)}" data-search-exclude markdown>\n\n{items}'
              f'{len(steps) + 1}. {inline_markdown((current,))}\n\n</nav>\n')

        def build():
            items = [element("li", None, (step,)) for step in [*steps, current]]
            return element("nav", {"class": "page-breadcrumb", "aria-label": label("breadcrumb", lang), **EXCLUDED}, (),
                           element("ol", None, (), *items))
        return self.part(md, build)

    def case_toc(self, case: Case, lang: str) -> str:
        """The page's contents as a list at the top: the theme shows its own table of contents only on wide
        screens (the stylesheet hides this one there)."""
        keys = self.case_sections(case) + (["related_cases"] if self.neighbourhood.related(case) else [])
        links = [(Link(f"#{self.anchor(case, k.replace('_', '-'))}", (label(k, lang),)),) for k in keys]
        md = (f'<details class="page-toc" data-search-exclude markdown>\n<summary>{label("on_this_page", lang)}</summary>\n\n'
              f'{bullets_markdown(links)}\n\n</details>\n')

        def build():
            return element("details", {"class": "page-toc", **EXCLUDED}, (), element("summary", None, (label("on_this_page", lang),)),
                           bullets(links))
        return self.part(md, build)

    def summary_panel(self, case: Case, lang: str, page: str) -> str:
        """Where, who, when, how and under which law, as a definition list under its own heading."""
        index = self.href(page, "cases/index.md", lang)
        term = self.vocab.label
        who = Link(case.authority_url, self.authority_item(case, lang)) if case.authority_url \
            else self.authority_item(case, lang)
        mechanisms = [(", " if i else "", Link(f"{index}?mechanism={k}", (term("mechanisms", k, lang),)))
                      for i, k in enumerate(case.mechanisms)]
        # A row's value: inline items, or a list (a list of inline items each).
        rows = [
            ("where", inline(f"{case.place[lang]}, {term('countries', case.country, lang)}")),
            ("who", inline(who, f" ({term('authority_levels', case.authority_level, lang)})")),
            ("when", inline(self.period(case.period, lang))),
            ("mechanisms", inline(*mechanisms)),
            ("service_areas", inline(", ".join(term("service_areas", k, lang) for k in case.service_areas))),
            ("legal_basis", [self.basis_item(b.provision, lang, page) for b in case.legal_basis]),
            ("polish_route", [inline(self.link_item(p, lang, page)) for p in case.transfer_provisions]),
        ]
        result = casepage.headline_result(case)
        if result:
            source = case.source(result.source)
            # The source by its publisher, to keep the row short; its full title is in the results below.
            rows.append(("headline_result", inline(f"{result.text[lang]} ({result.year}; {label('source', lang)}: ",
                                                   Link(source.url, (source.publisher,)), "); ",
                                                   Link(f"#{self.anchor(case, 'results')}", (label("all_results", lang),)))))
        if case.study_visit:
            date, note = case.study_visit
            rows.append(("study_visit", inline(f"{partial_date(date, lang)}: {note[lang]}")))
        v = case.verification
        status = inline(f"{term('verification', v.status, lang)}, {partial_date(v.checked, lang)}")
        if v.unconfirmed:
            status += inline("; ", Link(f"#{self.anchor(case, 'verification')}", (label("see_unconfirmed", lang),)))
        rows.append(("verification", status))

        def value_md(value) -> str:
            if isinstance(value, list):
                return self.items(inline_markdown(item) for item in value)
            return inline_markdown(value)
        anchor = self.anchor(case, "summary")
        body = "".join(f"{label(key, lang)}\n:   {value_md(value)}\n\n" for key, value in rows)
        md = (f'<section class="case-summary" aria-labelledby="{anchor}" markdown>\n\n'
              f'{"#" * (2 + self.heading_shift)} {label("at_a_glance", lang)} {{#{anchor}}}\n\n{body}</section>\n')

        def build():
            dl = element("dl")
            for key, value in rows:
                dl.append(element("dt", None, (label(key, lang),)))
                if isinstance(value, list):
                    dl.append(element("dd", None, (), bullets(value)))
                else:
                    dl.append(element("dd", None, value))
            heading = element(f"h{2 + self.heading_shift}", {"id": anchor}, (label("at_a_glance", lang),))
            return element("section", {"class": "case-summary", "aria-labelledby": anchor}, (), heading, dl)
        return self.part(md, build)

    @staticmethod
    def items(lines) -> str:
        """A list inside a definition (indented under its `:`)."""
        return "\n\n" + "".join(f"    - {line}\n" for line in lines).rstrip("\n")

    def basis_item(self, ref: str, lang: str, page: str) -> tuple:
        """A provision, and where it was replaced, the one in force now with the date of the change."""
        # the same answer as the legal-basis list (then_now): a successor counts only if it is in force
        change = equivalence.then_and_now(self.catalog, ref)
        if change and change.current:
            since = f", {label('since', lang)} {partial_date(change.current_since, lang)}" if change.current_since else ""
            return inline(self.link_item(ref, lang, page), f" ({label('replaced', lang)}; {label('now', lang)}: ",
                          self.link_item(change.current, lang, page), f"{since})")
        status = "" if self.catalog.is_in_force(ref) else f" ({label('not_in_force', lang)})"
        return inline(self.link_item(ref, lang, page), status)

    def case_story(self, case: Case, lang: str, page: str) -> str:
        notes = Notes(case.id, case.sources)  # [^source-id] citations link to this page's Sources list
        out = []
        for key, text in (("context", case.context), ("actions", case.actions)):
            out += [self.heading(case, key, lang), self.rich(text, lang, page, notes)]
        if case.results:
            out.append(self.heading(case, "results", lang))
            sources = [(r, case.source(r.source)) for r in case.results]
            out.append(self.list_part([inline(f"{r.text[lang]} ({r.year}; {label('source', lang)}: ",
                                              Link(source.url, (source.title,)), ")") for r, source in sources]))
        out += [self.heading(case, "lessons", lang), self.rich(case.lessons, lang, page, notes)]
        out += [self.heading(case, "transfer", lang), self.rich(case.transfer, lang, page, notes),
                f"\n{label('transfer_provisions', lang)}:\n"]
        out += [f"- {self.link_to(p, lang, page)}: {plain(self.catalog.provisions[p].title[lang])}"
                f"{self.as_of_legal_state(p, lang, page)}" for p in case.transfer_provisions]
        out.append(self.heading(case, "legal_basis", lang))
        out += [f"- {self.link_to(b.provision, lang, page)}: {self.rich(b.note, lang, page, notes)}"
                f"{self.then_now(b.provision, lang, page)}" for b in case.legal_basis]
        if case.partners:
            out.append(self.heading(case, "partners", lang))
            out += [partners.item(p, lang, self.vocab.label("partner_types", p.type, lang)) for p in case.partners]
        out += [self.heading(case, "sources", lang), self.sources_part(case.sources, lang, case.id)]
        out += self.verification(case.verification, lang, self.heading(case, "verification", lang))
        return "\n".join(out) + "\n"

    def related(self, case: Case, lang: str, page: str) -> str:
        related = self.neighbourhood.related(case)
        if not related:
            return ""
        items = []
        for r in related:
            shared = [self.vocab.label("mechanisms", m, lang) for m in r.mechanisms]
            shared += [self.provision_label(p, lang) for p in r.provisions]
            items.append(inline(self.link_item(r.case.id, lang, page), f" ({label('in_common', lang)}: {'; '.join(shared)})"))
        return self.heading(case, "related_cases", lang) + "\n" + self.list_part(items) + "\n"

    def pager(self, case: Case, lang: str, page: str) -> str:
        before, after = self.neighbourhood.neighbours(case, lang)
        country = self.vocab.label("countries", case.country, lang)
        items = [inline(f"{label(key, lang).format(country=country)}: ", self.link_item(c.id, lang, page))
                 for key, c in (("previous_in", before), ("next_in", after)) if c]
        items.append(inline(Link(self.href(page, "cases/index.md", lang), (label("back_to_index", lang),))))
        md = (f'<nav class="page-pager" aria-label="{label("case_pager", lang)}" data-search-exclude markdown>\n\n'
              f"{bullets_markdown(items)}\n\n</nav>\n")

        def build():
            return element("nav", {"class": "page-pager", "aria-label": label("case_pager", lang), **EXCLUDED}, (),
                           bullets(items))
        return self.part(md, build)

    def list_part(self, items: list[tuple]) -> str:
        """A bulleted list of inline items, as a page part."""
        return self.part(bullets_markdown(items), lambda: bullets(items))

    def then_now(self, provision_id: str, lang: str, page: str) -> str:
        """For a provision no longer in force: since when, and the provision in force today, linked."""
        change = equivalence.then_and_now(self.catalog, provision_id)
        if change is None:
            return ""
        ended = label("not_in_force", lang).capitalize()
        if change.replaced_on:
            ended += f" {label('since', lang)} {partial_date(change.replaced_on, lang)}"
        if change.current is None:
            return f"  \n  *{plain(ended)}; {label('no_successor', lang)}.*"
        since = f" ({label('since', lang)} {partial_date(change.current_since, lang)})" if change.current_since else ""
        return f"  \n  *{plain(ended)}; {label('in_force_today', lang)}:* {self.link_to(change.current, lang, page)}" \
               f"{plain(since)}."

    def as_of_legal_state(self, provision_id: str, lang: str, page: str) -> str:
        """A Polish route provision as in force on the legal state date (with the consolidated text it is read in)."""
        if not self.catalog.is_in_force(provision_id):
            return self.then_now(provision_id, lang, page)
        consolidated = [v for k, v in self.catalog.act_of(provision_id).identifiers if "tekst jednolity" in k]
        text = f"{label('in_force_on', lang)} {long_date(LEGAL_STATE, lang)}"
        if consolidated:
            text += f"; {label('consolidated', lang)}: {consolidated[0]}"
        return f" ({plain(text)})"

    def verification(self, v, lang: str, heading: str | None = None) -> list[str]:
        out = [heading or f"\n## {label('verification', lang)} {{#verification}}\n",
               f"{self.term('verification', v.status, lang)} ({label('checked', lang)}: {plain(partial_date(v.checked, lang))})."]
        if v.unconfirmed:
            out.append(f"\n{label('unconfirmed', lang)}: {plain(v.unconfirmed[lang])}")
        return out

    # -- provision page -------------------------------------------------------

    def in_force(self, provision: Provision, act: Act, lang: str) -> str:
        """"od 1 stycznia 2021 r. (obowiązuje)"; a replaced provision is never said to be in force."""
        period = self.catalog.period_of(provision.id)
        text = f"{label('from', lang)} {partial_date(period.start, lang)}"
        if period.end:
            text += f" {label('until', lang)} {partial_date(period.end, lang)}"
        status = label("in_force_now" if self.catalog.is_in_force(provision.id) else "not_in_force", lang)
        if period.end_unknown:
            status += f"; {label('end_unknown', lang)}"
        return f"{plain(text)} ({status})"

    def provision_item(self, ref: str, lang: str, page: str) -> str:
        status = "" if self.catalog.is_in_force(ref) else f" ({label('not_in_force', lang)})"
        return f"{self.link_to(ref, lang, page)}: {plain(self.catalog.provisions[ref].title[lang])}{status}"

    def provision(self, provision: Provision, lang: str) -> str:
        page = provision_page(provision.id)
        act = self.catalog.acts[provision.act]
        title = self.provision_label(provision.id, lang)
        if provision.id != act.id:
            title += f": {provision.title[lang]}"
        official_url = official.localize(provision.url or act.official_url, lang)
        identifiers = "; ".join(plain(identifier(k, v)) for k, v in act.identifiers)
        own, general, elsewhere = self.catalog.provision_sources(provision.id)
        out = [self.front_matter(act.file, title, provision.title[lang]),
               self.rich(provision.summary, lang, page, Notes(act.id, own + general)) + "\n",
               f"- **{label('act', lang)}:** {plain(act.title[lang])} (*{self.original_title(act, lang)}*)",
               f"- **{label('jurisdiction', lang)}:** {self.term('jurisdictions', act.jurisdiction, lang)}",
               f"- **{label('identifiers', lang)}:** {identifiers}"]
        if act.date:
            out.append(f"- **{label('date', lang)}:** {plain(partial_date(act.date, lang))}")
        if act.kind != "judgment":
            out.append(f"- **{label('in_force', lang)}:** {self.in_force(provision, act, lang)}")
        out.append(f"- **{label('official_text', lang)}:** {link(plain(official_url), official_url)}")
        if act.kind != "judgment":
            out += self.over_time(provision, lang, page)
        out += self.equivalents(provision, lang, page)
        out += self.backlinks(provision.id, lang, page)
        siblings = [p for p in act.provisions if p != provision.id]
        if siblings:
            out.append(f"\n## {label('other_provisions', lang)} {{#other-provisions}}\n")
            out += [f"- {self.provision_item(p, lang, page)}" for p in siblings]
        out += self.provision_sources(act, own, general, elsewhere, lang)
        out += self.verification(act.verification, lang)
        if act.kind == "act":
            out += ["", official.localize(jsonld.script(jsonld.legislation(self.catalog, provision.id, lang)), lang)]
        body = "\n".join(out[1:]) + "\n"
        return "\n".join([out[0], self.law_breadcrumb(provision, act, lang, page), f"# {plain(title)}\n",
                          self.contents(body, lang), body, self.law_pager(lang, page)])

    def law_breadcrumb(self, provision: Provision, act: Act, lang: str, page: str) -> str:
        index = self.href(page, "law/index.md", lang)
        steps = [Link(self.href(page, "index.md", lang), (label("home", lang),)), Link(index, (label("law_home", lang),)),
                 Link(f"{index}#jurisdiction-{act.jurisdiction.lower()}",
                      (self.vocab.label("jurisdictions", act.jurisdiction, lang),))]
        return self.breadcrumb_nav(steps, self.provision_label(provision.id, lang), lang)

    def law_pager(self, lang: str, page: str) -> str:
        return (f'<nav class="page-pager" aria-label="{label("law_pager", lang)}" data-search-exclude markdown>\n\n'
                f'- {link(label("back_to_law", lang), self.href(page, "law/index.md", lang))}\n\n</nav>\n')

    @staticmethod
    def contents(markdown: str, lang: str) -> str:
        """An "On this page" list of the body's second-level headings that carry an id."""
        found = re.findall(r"^## (.+?) \{#([a-z0-9-]+)\}$", markdown, re.MULTILINE)
        if not found:
            return ""
        items = "".join(f"- [{text}](#{anchor})\n" for text, anchor in found)
        return (f'<details class="page-toc" data-search-exclude markdown>\n<summary>{label("on_this_page", lang)}</summary>\n\n'
                f'{items}\n</details>\n')

    def dated(self, ref: str, lang: str, page: str, here: str | None = None) -> str:
        """"[Pzp, art. 94] – od 1 stycznia 2021 r. (obowiązuje)": a provision with its period, this one in bold."""
        period = self.catalog.period_of(ref)
        when = period_text(period.start, period.end, lang)
        if period.end_unknown:
            when += f", {label('end_unknown_short', lang)}"
        status = label("in_force_now" if self.catalog.is_in_force(ref) else "not_in_force", lang)
        name = f"**{plain(self.title_of(ref, lang))}** ({label('this_page', lang)})" if ref == here \
            else self.link_to(ref, lang, page)
        return f"{name}: {plain(when)} ({status})"

    def over_time(self, provision: Provision, lang: str, page: str) -> list[str]:
        """The chain as a timeline, the EU provision behind it, and the other countries' provisions of its time."""
        line = timeline.timeline(self.catalog, provision.id, self.vocab.keys("countries"))
        out = [f"\n## {label('over_time', lang)}\n", f"{label('versions', lang)}:\n"]
        out += [f"{n}. {self.dated(ref, lang, page, provision.id)}" for n, ref in enumerate(line.versions, start=1)]
        if line.eu_basis:
            out.append(f"\n{label('eu_basis', lang)}:\n")
            out += [f"- {self.dated(ref, lang, page)}" for ref in line.eu_basis]
        if line.same_time:
            out.append(f"\n{label('same_time', lang)}:\n")
            for jurisdiction, ids in line.same_time.items():
                out.append(f"- {self.term('jurisdictions', jurisdiction, lang)}: "
                           + "; ".join(self.dated(ref, lang, page) for ref in ids))
        return out

    def equivalents(self, provision: Provision, lang: str, page: str) -> list[str]:
        eq = equivalence.equivalents(self.catalog, provision.id, self.vocab.keys("countries"))
        is_eu = self.catalog.act_of(provision.id).jurisdiction == "EU"
        out = [f"\n## {label('equivalents', lang)} {{#equivalents}}\n"]
        sections = [("eu_basis", list(eq.eu_basis))]
        for jurisdiction, ids in eq.national.items():
            heading = label("transposed_by" if is_eu else "national", lang)
            sections.append((f"{heading}: {self.vocab.label('jurisdictions', jurisdiction, lang)}", list(ids)))
        sections += [("predecessors", list(eq.predecessors)), ("successors", list(eq.successors)),
                     ("related", list(eq.related))]
        if not any(ids for _, ids in sections):
            return out + [label("no_equivalents", lang)]
        own = ("eu_basis", "predecessors", "successors", "related")
        for heading, ids in sections:
            if ids:
                out.append(f"\n### {plain(label(heading, lang) if heading in own else heading)}\n")
                out += [f"- {self.provision_item(ref, lang, page)}"
                        + ("" if heading in own else self.earlier_versions(ref, lang, page)) for ref in ids]
        return out

    def earlier_versions(self, ref: str, lang: str, page: str) -> str:
        earlier = equivalence.predecessors(self.catalog, ref)
        if not earlier:
            return ""
        return f"; {label('predecessors', lang).lower()}: " + ", ".join(self.link_to(p, lang, page) for p in earlier)

    def provision_sources(self, act: Act, own, general, elsewhere: int, lang: str) -> list[str]:
        """The sources about this article first, then the act's general ones, numbered on from one list to
        the next (the citations' numbers); those about other articles only are counted (they are listed on
        their own pages)."""
        heading = f"\n## {label('sources', lang)} {{#sources}}\n"  # ids the same in both languages
        if not own and not elsewhere:  # nothing tied to an article: the act's sources, as before
            return [heading, *self.sources(general, lang, act.id)] if general else []
        out = [heading]
        for key, sources, start in (("sources_provision", own, 1), ("sources_general", general, len(own) + 1)):
            if sources:
                out += [f"\n### {label(key, lang)} {{#{key.replace('_', '-')}}}\n",
                        *self.sources(sources, lang, act.id, start)]
        if elsewhere:
            out.append("\n" + label("sources_elsewhere", lang).format(n=elsewhere))
        return out

    def via(self, use: usage.Use, lang: str, page: str) -> str:
        """How a case relies on a provision it does not cite: "via CCP, L2113-13 (national transposition)"."""
        groups: dict[str, list[str]] = {}
        for ref, relation in use.via:
            groups.setdefault(relation, []).append(self.link_to(ref, lang, page))
        return "; ".join(f"{label('via', lang)} {'; '.join(refs)} ({label('via_' + relation, lang)})"
                         for relation, refs in groups.items())

    def backlinks(self, provision_id: str, lang: str, page: str) -> list[str]:
        relying = self.relying(provision_id)
        transfer = self.catalog.cases_transferring_to(provision_id)
        if not relying and not transfer:
            return [f"\n## {label('cases_relying', lang)} {{#cases-relying}}\n", label("no_cases", lang)]
        out = []
        if relying:
            out.append(f"\n## {label('cases_relying', lang)} {{#cases-relying}}\n")
            for use in relying:
                case = use.case
                if use.direct:
                    note = next(b.note for b in case.legal_basis if b.provision == provision_id)
                    notes = Notes(case.id, case.sources, relative(page, case_page(case.id)))  # cites the case's sources
                    out.append(f"- {self.link_to(case.id, lang, page)}: {self.rich(note, lang, page, notes)}")
                else:
                    out.append(f"- {self.link_to(case.id, lang, page)} – {self.via(use, lang, page)}")
        if transfer:
            out.append(f"\n## {label('cases_transfer', lang)} {{#cases-transfer}}\n")
            out += [f"- {self.link_to(case.id, lang, page)}" for case in transfer]
        return out

    def citing_cases(self, provision_id: str) -> set[str]:
        """Cases counted for a provision, each once: relying on it (directly, through a transposition or
        another version of it) or pointed to it as their Polish route."""
        relying = {use.case.id for use in self.relying(provision_id)}
        return relying | {c.id for c in self.catalog.cases_transferring_to(provision_id)}

    # -- index pages ----------------------------------------------------------

    def case_line(self, case: Case, lang: str, page: str) -> str:
        return (f"- {self.link_to(case.id, lang, page)}: {self.authority(case, lang)}, "
                f"{plain(self.period(case.period, lang))}")

    def sorted_cases(self, lang: str) -> list[Case]:
        return sorted(self.catalog.cases.values(), key=lambda c: (c.place[lang], c.id))

    def case_index(self, page: str, vocabulary: str, matches, lang: str) -> str:
        """Cases grouped under each term of a vocabulary; `matches(case, term)` decides membership."""
        key = "cases" if vocabulary == "countries" else "mechanisms"
        out = [f"# {label(key + '_title', lang)}\n", label(key + "_intro", lang)]
        for term in self.vocab.keys(vocabulary):
            cases = [c for c in self.sorted_cases(lang) if matches(c, term)]
            if cases:
                out.append(f"\n## {self.term(vocabulary, term, lang)} ({len(cases)})\n")
                out += [self.case_line(c, lang, page) for c in cases]
        return "\n".join(out) + "\n"

    def cases_by_country(self, lang: str) -> str:
        return self.case_index("cases/by-country.md", "countries", lambda c, term: c.country == term, lang)

    def cases_by_mechanism(self, lang: str) -> str:
        return self.case_index("cases/by-mechanism.md", "mechanisms", lambda c, term: term in c.mechanisms, lang)

    def law_index(self, lang: str) -> str:
        page = "law/index.md"
        out = [f"# {label('law_title', lang)}\n", label("law_intro", lang), "\n" + label("law_matrix_link", lang)]
        for jurisdiction in self.vocab.keys("jurisdictions"):
            acts = sorted((a for a in self.catalog.acts.values() if a.jurisdiction == jurisdiction),
                          key=lambda a: (a.kind != "act", a.superseded_by is not None, a.id))
            if not acts:
                continue
            out.append(f"\n## {self.term('jurisdictions', jurisdiction, lang)} {{#jurisdiction-{jurisdiction.lower()}}}\n")
            for act in acts:
                out.append(f"\n### {plain(act.short[lang])}\n")
                out.append(f"{plain(act.title[lang])} (*{self.original_title(act, lang)}*). "
                           f"{link(label('official_text', lang), official.localize(act.official_url, lang))}.\n")
                for ref in act.provisions:
                    count = len(self.citing_cases(ref))
                    out.append(f"- {self.provision_item(ref, lang, page)} ({label('cited_by', lang)}: {count})")
        return "\n".join(out) + "\n"

    def matrix_page(self, lang: str) -> str:
        """law/matrix.md: the transposition matrix as a table (handbook/matrix.py)."""
        page = "law/matrix.md"
        countries = [c for c in matrix.COUNTRIES if c in self.vocab.keys("jurisdictions")]
        out = [f"# {label('matrix_title', lang)}\n", label("matrix_intro", lang) + "\n",
               "| " + " | ".join([label("matrix_eu", lang), *(self.term("jurisdictions", c, lang) for c in countries),
                                  label("matrix_cases", lang)]) + " |",
               "|" + "---|" * (len(countries) + 2)]
        for r in matrix.rows(self.catalog, countries):
            cells = [self.link_to(r.eu, lang, page)]
            for country in countries:
                entries = [f"{self.link_to(l.provision, lang, page)} ({matrix.years(self.catalog, l.provision)})"
                           for l in r.cells[country]]
                cells.append("<br>".join(entries) if entries else "–")
            cells.append(str(len(r.cases)))
            out.append("| " + " | ".join(cells) + " |")
        return "\n".join(out) + "\n"

    # -- everything -----------------------------------------------------------

    def pages(self, directory_urls: bool = True) -> dict[str, str]:
        """Docs-relative file name -> Markdown, for every generated page in every language.

        directory_urls: how the site addresses pages, for the raw HTML links of the case index."""
        pages = {}
        index = caseindex.CaseIndex(self, lambda a, b: caseindex.page_href(a, b, directory_urls))
        for lang in languages.codes():
            for case in self.catalog.cases.values():
                pages[generator.localized(case_page(case.id), lang)] = self.case(case, lang)
            for provision in self.catalog.provisions.values():
                pages[generator.localized(provision_page(provision.id), lang)] = self.provision(provision, lang)
            pages[generator.localized("cases/index.md", lang)] = index.page(lang)
            pages[generator.localized("cases/by-country.md", lang)] = self.cases_by_country(lang)
            pages[generator.localized("cases/by-mechanism.md", lang)] = self.cases_by_mechanism(lang)
            pages[generator.localized("law/index.md", lang)] = self.law_index(lang)
            pages[generator.localized("law/matrix.md", lang)] = self.matrix_page(lang)
        # Every page says the legal state it reflects; a case page also when its facts were last checked.
        checked = {generator.localized(case_page(c.id), lang): c.verification.checked
                   for c in self.catalog.cases.values() for lang in languages.codes()}
        return {name: with_legal_state(md, name.rsplit(".", 2)[-2], checked.get(name)) for name, md in pages.items()}
