"""Catalog -> Markdown pages, one set per language. No file I/O here."""

from __future__ import annotations

import html
import json
from dataclasses import dataclass

from . import caseindex, equivalence, links, official, partners
from .citations import Notes, anchor
from .edition import period_text
from .labels import article, label
from .markdown import ORIGINAL_LANGUAGE, foreign, link, link_target, plain, relative, rich
from .model import Act, Case, Catalog, Period, Provision
from .vocabulary import LANGUAGES, Vocabularies


def case_page(case_id: str) -> str:
    return f"cases/{case_id}.md"


def provision_page(provision_id: str) -> str:
    return f"law/{provision_id}.md"


def identifier(kind: str, value: str) -> str:
    """An identifier as cited: "CELEX 32014L0024", but "ECLI:EU:C:2014:2440" and "Dz.U. 2024 poz. 1320
    (tekst jednolity)", whose value already starts with its kind."""
    head, _, qualifier = kind.partition(" ")
    return f"{value} {qualifier}".strip() if value.startswith(head) else f"{kind} {value}"


def localized(page: str, lang: str) -> str:
    """cases/x.md -> cases/x.pl.md: the file name mkdocs-static-i18n expects."""
    return f"{page[:-3]}.{lang}.md"


@dataclass
class Renderer:
    catalog: Catalog
    vocab: Vocabularies

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

    def link_to(self, ref: str, lang: str, from_page: str, text: str | None = None) -> str:
        label_md = plain(text) if text else plain(self.title_of(ref, lang))
        return link(label_md, relative(from_page, self.page_of(ref)))

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

    # -- shared pieces --------------------------------------------------------

    @staticmethod
    def front_matter(source_file: str, title: str, description: str) -> str:
        # The theme prints title and description into HTML unescaped, so they are
        # escaped here; JSON strings are valid YAML, so nothing breaks out of the header.
        fields = {"title": html.escape(title), "description": html.escape(description),
                  "generated_from": source_file}
        return "---\n" + "".join(f"{k}: {json.dumps(v, ensure_ascii=False)}\n" for k, v in fields.items()) + "---\n\n"

    @staticmethod
    def period(period: Period, lang: str) -> str:
        """"od 2016 r.", "since 16 February 2016": one format for every period (handbook/edition.py)."""
        return period_text(period.start, period.end, lang)

    def sources(self, sources, lang: str, owner: str | None = None) -> list[str]:
        """The numbered Sources list; with an `owner` (case or act id) each entry carries the anchor its
        citations link to."""
        out = []
        for number, s in enumerate(sources, start=1):
            date = f", {s.date}" if s.date else ""
            url = official.localize(s.url, lang)
            target = f'<span id="{anchor(owner, s.id)}"></span>' if owner else ""
            out.append(f'{number}. {target}{link(plain(s.title), url)}. '
                       f"{plain(s.publisher)}{date}.  \n   <{link_target(url)}>")
        return out

    # -- case page ------------------------------------------------------------

    @staticmethod
    def authority(case: Case, lang: str) -> str:
        """The authority's own name, marked with its country's language."""
        return foreign(plain(case.authority_name), ORIGINAL_LANGUAGE.get(case.country), lang)

    @staticmethod
    def original_title(act, lang: str) -> str:
        """An act's title as it reads in the original, marked with its jurisdiction's language."""
        return foreign(plain(act.title_original), ORIGINAL_LANGUAGE.get(act.jurisdiction), lang)

    def case(self, case: Case, lang: str) -> str:
        page = case_page(case.id)
        notes = Notes(case.id, case.sources)
        facts = [
            (label("country", lang), self.term("countries", case.country, lang)),
            (label("place", lang), plain(case.place[lang])),
            (label("authority", lang), link(self.authority(case, lang), case.authority_url)
             if case.authority_url else self.authority(case, lang)),
            (label("level", lang), self.term("authority_levels", case.authority_level, lang)),
            (label("period", lang), plain(self.period(case.period, lang))),
            (label("service_areas", lang), ", ".join(self.term("service_areas", k, lang) for k in case.service_areas)),
            (label("mechanisms", lang), ", ".join(self.term("mechanisms", k, lang) for k in case.mechanisms)),
        ]
        if case.study_visit:
            date, note = case.study_visit
            facts.append((label("study_visit", lang), f"{plain(date)}: {plain(note[lang])}"))
        out = [self.front_matter(case.file, case.title[lang], case.summary[lang]), f"# {plain(case.title[lang])}\n",
               f"{plain(case.summary[lang])}\n"]
        out += [f"- **{name}:** {value}" for name, value in facts]
        for key, text in (("context", case.context), ("actions", case.actions)):
            out += [f"\n## {label(key, lang)}\n", self.rich(text, lang, page, notes)]
        if case.results:
            out.append(f"\n## {label('results', lang)}\n")
            for r in case.results:
                source = case.source(r.source)
                out.append(f"- {plain(r.text[lang])} ({r.year}; {label('source', lang)}: {link(plain(source.title), source.url)})")
        out += [f"\n## {label('lessons', lang)}\n", self.rich(case.lessons, lang, page, notes)]
        out += [f"\n## {label('transfer', lang)}\n", self.rich(case.transfer, lang, page, notes),
                f"\n{label('transfer_provisions', lang)}:\n"]
        out += [f"- {self.link_to(p, lang, page)}: {plain(self.catalog.provisions[p].title[lang])}"
                for p in case.transfer_provisions]
        out.append(f"\n## {label('legal_basis', lang)}\n")
        out += [f"- {self.link_to(b.provision, lang, page)}: {self.rich(b.note, lang, page, notes)}"
                for b in case.legal_basis]
        if case.partners:
            out.append(f"\n## {label('partners', lang)}\n")
            out += [partners.item(p, lang, self.vocab.label("partner_types", p.type, lang)) for p in case.partners]
        out += [f"\n## {label('sources', lang)}\n", *self.sources(case.sources, lang, case.id)]
        out += self.verification(case.verification, lang)
        return "\n".join(out) + "\n"

    def verification(self, v, lang: str) -> list[str]:
        out = [f"\n## {label('verification', lang)}\n",
               f"{self.term('verification', v.status, lang)} ({label('checked', lang)}: {plain(v.checked)})."]
        if v.unconfirmed:
            out.append(f"\n{label('unconfirmed', lang)}: {plain(v.unconfirmed[lang])}")
        return out

    # -- provision page -------------------------------------------------------

    def in_force(self, provision: Provision, act: Act, lang: str) -> str:
        period = provision.in_force or act.in_force
        text = f"{label('from', lang)} {period.start}"
        if period.end:
            text += f" {label('until', lang)} {period.end}"
        status = label("in_force_now" if self.catalog.is_in_force(provision.id) else "not_in_force", lang)
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
        out = [self.front_matter(act.file, title, provision.title[lang]), f"# {plain(title)}\n",
               self.rich(provision.summary, lang, page, Notes(act.id, act.sources)) + "\n",
               f"- **{label('act', lang)}:** {plain(act.title[lang])} (*{self.original_title(act, lang)}*)",
               f"- **{label('jurisdiction', lang)}:** {self.term('jurisdictions', act.jurisdiction, lang)}",
               f"- **{label('identifiers', lang)}:** {identifiers}"]
        if act.date:
            out.append(f"- **{label('date', lang)}:** {plain(act.date)}")
        if act.kind != "judgment":
            out.append(f"- **{label('in_force', lang)}:** {self.in_force(provision, act, lang)}")
        out.append(f"- **{label('official_text', lang)}:** {link(plain(official_url), official_url)}")
        out += self.equivalents(provision, lang, page)
        out += self.backlinks(provision.id, lang, page)
        siblings = [p for p in act.provisions if p != provision.id]
        if siblings:
            out.append(f"\n## {label('other_provisions', lang)}\n")
            out += [f"- {self.provision_item(p, lang, page)}" for p in siblings]
        if act.sources:
            out += [f"\n## {label('sources', lang)}\n", *self.sources(act.sources, lang, act.id)]
        out += self.verification(act.verification, lang)
        return "\n".join(out) + "\n"

    def equivalents(self, provision: Provision, lang: str, page: str) -> list[str]:
        eq = equivalence.equivalents(self.catalog, provision.id, self.vocab.keys("countries"))
        is_eu = self.catalog.act_of(provision.id).jurisdiction == "EU"
        out = [f"\n## {label('equivalents', lang)}\n"]
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

    def backlinks(self, provision_id: str, lang: str, page: str) -> list[str]:
        relying = self.catalog.cases_relying_on(provision_id)
        transfer = self.catalog.cases_transferring_to(provision_id)
        if not relying and not transfer:
            return [f"\n## {label('cases_relying', lang)}\n", label("no_cases", lang)]
        out = []
        if relying:
            out.append(f"\n## {label('cases_relying', lang)}\n")
            for case in relying:
                note = next(b.note for b in case.legal_basis if b.provision == provision_id)
                notes = Notes(case.id, case.sources, relative(page, case_page(case.id)))  # cites the case's sources
                out.append(f"- {self.link_to(case.id, lang, page)}: {self.rich(note, lang, page, notes)}")
        if transfer:
            out.append(f"\n## {label('cases_transfer', lang)}\n")
            out += [f"- {self.link_to(case.id, lang, page)}" for case in transfer]
        return out

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
        out = [f"# {label('law_title', lang)}\n", label("law_intro", lang)]
        for jurisdiction in self.vocab.keys("jurisdictions"):
            acts = sorted((a for a in self.catalog.acts.values() if a.jurisdiction == jurisdiction),
                          key=lambda a: (a.kind != "act", a.superseded_by is not None, a.id))
            if not acts:
                continue
            out.append(f"\n## {self.term('jurisdictions', jurisdiction, lang)}\n")
            for act in acts:
                out.append(f"\n### {plain(act.short[lang])}\n")
                out.append(f"{plain(act.title[lang])} (*{self.original_title(act, lang)}*). "
                           f"{link(label('official_text', lang), official.localize(act.official_url, lang))}.\n")
                for ref in act.provisions:
                    count = len(self.catalog.cases_relying_on(ref)) + len(self.catalog.cases_transferring_to(ref))
                    out.append(f"- {self.provision_item(ref, lang, page)} ({label('cited_by', lang)}: {count})")
        return "\n".join(out) + "\n"

    # -- everything -----------------------------------------------------------

    def pages(self, directory_urls: bool = True) -> dict[str, str]:
        """Docs-relative file name -> Markdown, for every generated page in every language.

        directory_urls: how the site addresses pages, for the raw HTML links of the case index."""
        pages = {}
        index = caseindex.CaseIndex(self, lambda a, b: caseindex.page_href(a, b, directory_urls))
        for lang in LANGUAGES:
            for case in self.catalog.cases.values():
                pages[localized(case_page(case.id), lang)] = self.case(case, lang)
            for provision in self.catalog.provisions.values():
                pages[localized(provision_page(provision.id), lang)] = self.provision(provision, lang)
            pages[localized("cases/index.md", lang)] = index.page(lang)
            pages[localized("cases/by-country.md", lang)] = self.cases_by_country(lang)
            pages[localized("cases/by-mechanism.md", lang)] = self.cases_by_mechanism(lang)
            pages[localized("law/index.md", lang)] = self.law_index(lang)
        return pages
