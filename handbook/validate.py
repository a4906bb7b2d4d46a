"""Checks across records: ids, references between cases and provisions, dates.

Each check yields Problems with the line of the offending value; nothing stops
at the first error.
"""

from __future__ import annotations

import re

from . import citations, languages, links
from .edition import first_day, last_day
from .markdown import unsafe
from .model import Act, Case, Catalog
from .problems import Problem, format_path, unknown
from .schema import fields
from .source import Document

# *emphasis*, **strong**, _emphasis_ as Markdown reads them: the marks around text that starts and ends with a
# non-space, not inside a word (snake_case, 2*3*4) and not escaped.
EMPHASIS = re.compile(r"(?<![\w*\\])(\*{1,2}|_{1,2})(?=\S)(.+?)(?<=\S)\1(?![\w*_])")


def _later(start, end) -> bool:
    return end is not None and str(end) < str(start)


class Checker:
    def __init__(self, catalog: Catalog, docs: dict[str, Document], schemas: dict[str, dict],
                 failed: set[str] = frozenset()):
        self.catalog = catalog
        self.schemas = schemas    # which fields are Markdown: declared there (x-kind), not listed here
        self.docs = docs          # file -> Document, for line numbers
        self.failed = failed      # ids of records that failed to load: already reported
        self.problems: list[Problem] = []

    def add(self, file: str, path: tuple, message: str, key: bool = False) -> None:
        doc = self.docs[file]
        line = doc.key_line(path) if key else doc.line(path)
        self.problems.append(Problem(file, line, message, format_path(path)))

    def linkable(self) -> set[str]:
        return set(self.catalog.cases) | set(self.catalog.provisions) | set(self.failed)

    def resolvable(self, ref: str, path_file: str, path: tuple, kind: str = "provision") -> bool:
        """True when `ref` is a loaded provision; reports it when it is unknown."""
        if ref in self.failed:  # already reported where it is defined
            return False
        if ref in self.catalog.provisions:
            return True
        if ref not in self.failed:
            self.add(path_file, path, unknown(kind, ref, self.catalog.provisions))
        return False

    # -- cases ---------------------------------------------------------------

    def check_case(self, case: Case) -> None:
        seen = set()
        for i, basis in enumerate(case.legal_basis):
            at = ("legal_basis", i, "provision")
            if self.resolvable(basis.provision, case.file, at) and basis.provision in seen:
                self.add(case.file, at, f"provision '{basis.provision}' is listed twice")
            seen.add(basis.provision)
        for i, ref in enumerate(case.transfer_provisions):
            if self.resolvable(ref, case.file, ("transfer", "provisions", i)) and \
                    self.catalog.act_of(ref).jurisdiction != "PL":
                self.add(case.file, ("transfer", "provisions", i), f"'{ref}' is not a Polish provision")
        ids = [s.id for s in case.sources]
        for i, source_id in enumerate(ids):
            if source_id in ids[:i]:
                self.add(case.file, ("sources", i, "id"), f"duplicate source id '{source_id}'")
        for i, result in enumerate(case.results):
            if result.source not in ids:
                self.add(case.file, ("results", i, "source"), unknown("source", result.source, ids))
        if _later(case.period.start, case.period.end):
            self.add(case.file, ("period", "to"), f"ends ({case.period.end}) before it starts ({case.period.start})")
        markdown = self.markdown_fields("case", case.file)
        self.check_markdown(case.file, markdown)
        self.check_plain("case", case.file)
        cited = self.check_citations(case.file, markdown, ids) | {r.source for r in case.results}
        self.uncited(case.file, ids, cited)

    def text_at(self, file: str, path: tuple) -> str:
        """The value at `path` as written in the file (the model strips it; line counting needs it whole)."""
        value = self.docs[file].data
        for part in path:
            value = value[part]
        return value

    def check_citations(self, file: str, fields: dict, source_ids: list[str]) -> set[str]:
        """Report citations of unknown sources at their own line; return the ids cited."""
        cited = set()
        for path in fields:
            for lang in languages.codes():
                raw = self.text_at(file, path + (lang,))
                block = raw.endswith("\n")  # a `|` block: its text starts on the line after the key
                for line, ref in citations.find(raw):
                    cited.add(ref)
                    if ref not in source_ids:
                        at = self.docs[file].line(path + (lang,)) + (line if block else 0)
                        self.problems.append(Problem(file, at, unknown("source", ref, source_ids) + f" in [^{ref}]",
                                                     format_path(path + (lang,))))
        return cited

    def uncited(self, file: str, source_ids: list[str], cited: set[str]) -> None:
        for i, source_id in enumerate(source_ids):
            if source_id not in cited:
                self.problems.append(Problem(
                    file, self.docs[file].line(("sources", i, "id")),
                    f"source '{source_id}' is cited nowhere: cite it as [^{source_id}] where it supports a claim, "
                    "or remove it", format_path(("sources", i, "id")), warning=True))

    def markdown_fields(self, kind: str, file: str) -> dict[tuple, dict]:
        """Path -> {pl, en} of every field the schema declares Markdown (x-kind), as written in the file."""
        return fields(self.schemas, kind, self.docs[file].data, "markdown")

    def check_markdown(self, file: str, markdown: dict[tuple, dict]) -> None:
        """Markdown fields: their [[id]]s resolve and their links are safe."""
        known = self.linkable()
        for path, text in markdown.items():
            for lang in languages.codes():
                for _, ref in links.find(text[lang]):
                    if ref not in known:
                        self.add(file, path + (lang,), unknown("case or provision", ref, known))
                for message in unsafe(text[lang]):
                    self.add(file, path + (lang,), message)

    def check_plain(self, kind: str, file: str) -> None:
        """Plain-text fields are shown as written: Markdown emphasis there reaches the reader as asterisks
        (also in the page's description). A warning, at the field's line."""
        for path, value in fields(self.schemas, kind, self.docs[file].data, "plain").items():
            for lang, text in (value.items() if isinstance(value, dict) else [(None, value)]):
                match = EMPHASIS.search(text) if isinstance(text, str) else None
                if match:
                    at = path + ((lang,) if lang else ())
                    self.problems.append(Problem(
                        file, self.docs[file].line(at), f"“{match.group(0)}”: this field is plain text, not Markdown, "
                        "so the emphasis marks show as typed: remove them", format_path(at), warning=True))

    # -- legal registry -------------------------------------------------------

    def check_act(self, act_id: str) -> None:
        act = self.catalog.acts[act_id]
        if act.superseded_by and act.superseded_by not in self.catalog.acts and act.superseded_by not in self.failed:
            self.add(act.file, ("superseded_by",), unknown("act", act.superseded_by, self.catalog.acts))
        if _later(act.in_force.start, act.in_force.end):
            self.add(act.file, ("in_force", "to"), "ends before it starts")
        if act.superseded_by and act.in_force.end is None and not act.in_force.end_unknown:
            self.add(act.file, ("superseded_by",), "an act with superseded_by has ended: give in_force.to (its last "
                                                   "day in force), or to_unknown: true and the reason in "
                                                   "verification.unconfirmed")
        if act.in_force.end_unknown and not act.superseded_by:
            self.add(act.file, ("in_force", "to_unknown"), "to_unknown is only for an act with superseded_by")
        for i, provision_id in enumerate(act.provisions):
            self.check_provision(act.file, i, provision_id)
        self.check_markdown(act.file, self.markdown_fields("legal", act.file))
        self.check_plain("legal", act.file)
        self.check_act_citations(act)

    def check_act_citations(self, act: Act) -> None:
        """Provision summaries cite the act's sources. The act's official text, linked from every page of the act,
        counts as cited: the official_url and provision URLs, and the `official` sources (the same text in
        another official form, e.g. ISAP and ELI)."""
        ids = [s.id for s in act.sources]
        cited = self.check_citations(act.file, self.markdown_fields("legal", act.file), ids)
        linked = {act.official_url} | {self.catalog.provisions[p].url for p in act.provisions}
        cited |= {s.id for s in act.sources if s.url in linked or s.kind == "official"}
        self.uncited(act.file, ids, cited)

    def check_provision(self, file: str, index: int, provision_id: str) -> None:
        provision = self.catalog.provisions[provision_id]
        at = ("provisions", index)
        for j, ref in enumerate(provision.transposes):
            if self.resolvable(ref, file, at + ("transposes", j)) and self.catalog.act_of(ref).jurisdiction != "EU":
                self.add(file, at + ("transposes", j), f"'{ref}' is not an EU provision")
        if provision.superseded_by:
            if provision.superseded_by == provision_id:
                self.add(file, at + ("superseded_by",), "a provision cannot supersede itself")
            elif self.resolvable(provision.superseded_by, file, at + ("superseded_by",)):
                if self._supersession_loops(provision_id):
                    self.add(file, at + ("superseded_by",), "superseded_by forms a loop")
                else:
                    self.check_succession(file, at, provision_id)
        elif provision.in_force and provision.in_force.end_unknown:
            self.add(file, at + ("in_force", "to_unknown"), "to_unknown is only for a provision with superseded_by")
        for j, ref in enumerate(provision.related):
            self.resolvable(ref, file, at + ("related", j))
        known = {source.id for source in self.catalog.act_of(provision_id).sources}
        for j, ref in enumerate(provision.sources):
            if ref not in known:
                self.add(file, at + ("sources", j), unknown("source of this act", ref, known))
        if provision.in_force and _later(provision.in_force.start, provision.in_force.end):
            self.add(file, at + ("in_force", "to"), "ends before it starts")

    def check_succession(self, file: str, at: tuple, provision_id: str) -> None:
        """A replaced provision has ended, and its successor takes over without a gap.

        The successor may come into force earlier than the day after: a new act often enters into force
        before the one it replaces is repealed (Directive 2014/24/EU on 17 April 2014, Directive 2004/18/EC
        repealed from 18 April 2016). It may not start before the provision it replaces did.
        Partial dates ("2004") are compared at their own precision, in the contributor's favour."""
        catalog = self.catalog
        period, successor = catalog.period_of(provision_id), catalog.provisions[provision_id].superseded_by
        if period.end is None and not period.end_unknown:
            where = at + ("in_force",) if catalog.provisions[provision_id].in_force else at + ("superseded_by",)
            self.add(file, where, "a provision with superseded_by has ended: give in_force.to (its last day in "
                                  "force), or to_unknown: true and the reason in verification.unconfirmed")
            return
        if period.end_unknown and not self._unconfirmed(file):
            own = catalog.provisions[provision_id].in_force
            self.add(file, (at if own else ()) + ("in_force", "to_unknown"),
                     "to_unknown needs verification.unconfirmed saying that the end date is not established")
        later = catalog.period_of(successor)
        if period.end and (first_day(later.start) - last_day(period.end)).days > 1:
            self.add(file, at + ("superseded_by",), f"gap in the chain: in force until {period.end}, "
                                                   f"but '{successor}' only from {later.start}")
        if last_day(later.start) < first_day(period.start):
            self.add(file, at + ("superseded_by",), f"'{successor}' starts ({later.start}) before the provision "
                                                   f"it replaces ({period.start})")

    def _unconfirmed(self, file: str) -> bool:
        act = next(a for a in self.catalog.acts.values() if a.file == file)
        return act.verification.unconfirmed is not None

    def _supersession_loops(self, start: str) -> bool:
        seen, current = set(), start
        while current in self.catalog.provisions and current not in seen:
            seen.add(current)
            current = self.catalog.provisions[current].superseded_by
        return current == start

    def run(self) -> list[Problem]:
        for case in self.catalog.cases.values():
            self.check_case(case)
        for act_id in self.catalog.acts:
            self.check_act(act_id)
        return self.problems
