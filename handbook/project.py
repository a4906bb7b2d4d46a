"""Load every content file of a project into a validated Catalog."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from . import labels, languages, links
from .labels import load_labels
from .search.analysis import rules_problems as search_rules_problems
from .model import Catalog, act_from, case_from
from .problems import ContentError, Problem, format_path, unknown
from .scaffold import placeholder_problems, placeholders
from .schema import SchemaValidator, build_schemas, optional, vocabulary_problems
from .source import Document, load
from .validate import Checker
from . import edition, routes as routes_table
from .vocabulary import Vocabularies, load_vocabularies
from . import terms as terminology


@dataclass(frozen=True)
class Layout:
    """Where things live, relative to the project root."""

    cases: str = "cases"
    legal: str = "legal"
    schema: str = "schema"
    routes: str = "routes"  # the chooser's decision table, routes/routes.yml (optional)
    docs: str = "docs"
    generated: tuple[str, ...] = ("cases", "law", "data", "schema", "status", "print", "chooser")  # folders under docs/ that the build owns
    chapters: str = "guide"  # hand-written chapters under docs/, each printed on its own


@dataclass
class Project:
    root: Path
    layout: Layout
    vocab: Vocabularies
    schemas: dict
    catalog: Catalog
    problems: list[Problem] = field(default_factory=list)
    documents: dict = field(default_factory=dict)  # file -> loaded Document, for line numbers
    warnings: list[Problem] = field(default_factory=list)  # reported by `make check`; they do not stop a build
    routes: dict | None = None  # routes/routes.yml as checked data, None when the project has no chooser
    routes_document: Document | None = None  # the same file with its line numbers
    terms: terminology.Terms = field(default_factory=terminology.Terms)
    languages: languages.Languages | None = None  # the site's, default first
    labels: dict = field(default_factory=dict)  # language -> its label tables (schema/labels/)

    def activate(self) -> None:
        """Make this project's languages and labels the ones in use (another project may have been loaded)."""
        languages.use(self.languages)
        labels.use(self.labels)

    @property
    def ok(self) -> bool:
        return not self.problems


def _content_files(root: Path, folder: str, problems: list[Problem]) -> list[Path]:
    files = []
    base = root / folder
    for path in sorted(base.iterdir()) if base.is_dir() else []:
        rel = f"{folder}/{path.name}"
        if path.name.startswith("."):
            continue
        if path.is_dir():
            problems.append(Problem(rel, 1, f"unexpected folder; {folder}/ holds only .yml files"))
        elif path.suffix.lower() in (".yaml", ".yml") and path.suffix != ".yml":
            problems.append(Problem(rel, 1, f"wrong extension '{path.suffix}'; rename the file to {path.stem}.yml"))
        elif path.suffix != ".yml":
            problems.append(Problem(rel, 1, f"unexpected file; {folder}/ holds only .yml files (one record each)"))
        else:
            files.append(path)
    return files


def _raw_provision_ids(data) -> list[str]:
    """Provision ids of a file even if it failed the schema, to avoid cascades."""
    items = data.get("provisions") if isinstance(data, dict) else None
    return [p["id"] for p in items or [] if isinstance(p, dict) and isinstance(p.get("id"), str)]


def site_languages(root: Path) -> languages.Languages:
    """The languages of the project's mkdocs.yml (the i18n plugin's), or those in use if it has none."""
    config = Path(root) / "mkdocs.yml"
    if not config.is_file():
        return languages.current()
    try:
        return languages.from_mkdocs_yml(config)
    except (ValueError, yaml.YAMLError) as err:
        raise ContentError([Problem("mkdocs.yml", 1, f"no languages: {err}")]) from None


def load_project(root: Path, layout: Layout = Layout(), langs: languages.Languages | None = None) -> Project:
    """langs: the i18n plugin's languages (the hook passes them in); else read from root/mkdocs.yml."""
    root = Path(root)
    langs = langs or site_languages(root)
    languages.use(langs)
    if search_rules_problems(langs.codes):
        raise ContentError(search_rules_problems(langs.codes))
    tables = load_labels(root, f"{layout.schema}/labels", langs.codes)  # ContentError: labels missing somewhere
    labels.use(tables)
    schemas = build_schemas(root / layout.schema, langs.codes)
    validator = SchemaValidator(schemas)
    vocab = load_vocabularies(root / layout.schema / "vocabularies.yml", f"{layout.schema}/vocabularies.yml", validator)
    terms = terminology.load_terms(root / layout.schema / "terms.yml", f"{layout.schema}/terms.yml", validator)
    problems: list[Problem] = vocabulary_problems(schemas, vocab, layout.schema)
    catalog = Catalog()
    docs: dict[str, Document] = {}
    provision_files: dict[str, tuple[str, int]] = {}
    duplicates: set[str] = set()
    seen_files: dict[str, set[str]] = {layout.cases: set(), layout.legal: set()}

    for kind, folder in (("legal", layout.legal), ("case", layout.cases)):
        for path in _content_files(root, folder, problems):
            rel = f"{folder}/{path.name}"
            seen_files[folder].add(path.stem)
            doc, found = load(path, rel)
            if doc is None:
                problems.extend(found)
                continue
            docs[rel] = doc
            todo = placeholders(doc)  # a template's unfilled fields: one message each, nothing more
            found = placeholder_problems(doc, todo, lambda at, kind=kind: optional(schemas, kind, at)) \
                + validator.validate(kind, doc, skip=set(todo))
            if not found and doc.data["id"] != path.stem:
                found.append(Problem(rel, doc.line(("id",)), f"id '{doc.data['id']}' must match the file name '{path.stem}'", "id"))
            problems.extend(found)
            if kind == "legal":
                for index, provision_id in enumerate(_raw_provision_ids(doc.data)):
                    if provision_id in provision_files:
                        other, other_line = provision_files[provision_id]
                        duplicates.add(provision_id)
                        problems.append(Problem(rel, doc.line(("provisions", index, "id")),
                                                f"duplicate provision id '{provision_id}' (also in {other}:{other_line})",
                                                format_path(("provisions", index, "id"))))
                    else:
                        provision_files[provision_id] = (rel, doc.line(("provisions", index, "id")))
            if found:
                continue
            if kind == "legal":
                act, provisions = act_from(doc.data, rel)
                catalog.acts[act.id] = act
                catalog.provisions.update((p.id, p) for p in provisions if p.id not in catalog.provisions)
            else:
                if doc.data["id"] in provision_files:
                    problems.append(Problem(rel, doc.line(("id",)), f"id '{doc.data['id']}' is also a provision id", "id"))
                    continue
                catalog.cases[doc.data["id"]] = case_from(doc.data, rel)

    # Records that failed to load are reported once, not again where they are cited.
    # A duplicated provision id is ambiguous wherever it is cited: reported once, where it is defined twice.
    stems = seen_files
    failed = (set(provision_files) - set(catalog.provisions)) | (stems[layout.cases] - set(catalog.cases)) \
        | (stems[layout.legal] - set(catalog.acts)) | duplicates
    problems.extend(Checker(catalog, docs, schemas, failed).run())
    problems.extend(check_chapters(root, layout, set(catalog.cases) | set(catalog.provisions) | failed))
    routes_doc, found = load_routes(root, layout, validator, catalog, failed)
    problems.extend(found)
    found = sorted(set(problems))
    return Project(root, layout, vocab, schemas, catalog, [p for p in found if not p.warning], docs,
                   [p for p in found if p.warning], routes_doc.data if routes_doc else None, routes_doc, terms,
                   langs, tables)


def load_routes(root: Path, layout: Layout, validator: SchemaValidator, catalog: Catalog,
                failed: set[str]) -> tuple[Document | None, list[Problem]]:
    """The chooser's decision table, checked against the schema and the registry; None if absent or broken.

    A valid table comes with warnings: one per route resting on a rule not confirmed in an official text."""
    path = root / layout.routes / routes_table.ROUTES_FILE
    if not path.is_file():
        return None, []
    doc, problems = load(path, f"{layout.routes}/{routes_table.ROUTES_FILE}")
    if doc is None:
        return None, problems
    problems = validator.validate("routes", doc)
    if not problems:
        problems = routes_table.check_table(doc, catalog, edition.LEGAL_STATE, failed)
    if problems:
        return None, problems
    return doc, routes_table.unconfirmed_warnings(doc)


def term_provision_problems(root: Path, layout: Layout, terms, known: set[str]) -> list[Problem]:
    """The provision named for a concept of schema/terms.yml must be in the registry."""
    rel = f"{layout.schema}/terms.yml"
    bad = [(cid, c["provision"]) for cid, c in terms.concepts.items() if c.get("provision") and c["provision"] not in known]
    if not bad:
        return []
    doc, _ = load(root / rel, rel)
    return [Problem(rel, doc.line(("concepts", cid, "provision")), unknown("provision", ref, known), f"concepts.{cid}.provision")
            for cid, ref in bad]


def term_warnings(project: Project) -> list[Problem]:
    """Variants to avoid and unknown abbreviations in the chapters and in the texts of the YAML files."""
    root, layout = project.root, project.layout
    documents = dict(project.documents)
    vocab_rel = f"{layout.schema}/vocabularies.yml"
    vocab_doc, _ = load(root / vocab_rel, vocab_rel)
    if vocab_doc is not None:
        documents[vocab_rel] = vocab_doc
    if project.routes_document is not None:  # the chooser's questions and routes
        documents[project.routes_document.rel] = project.routes_document
    texts = terminology.chapter_texts(root, chapter_files(root, layout)) + terminology.yaml_texts(documents, root)
    found = terminology.variant_warnings(project.terms, texts) + terminology.abbreviation_warnings(project.terms, texts)
    # schema/ is shared with sites that have another registry (the test fixture): an unknown provision is warned.
    found += term_provision_problems(root, layout, project.terms, set(project.catalog.provisions))
    return sorted(set(found))


def chapter_files(root: Path, layout: Layout) -> list[Path]:
    docs = root / layout.docs
    owned = tuple(docs / g for g in layout.generated)
    return [p for p in sorted(docs.rglob("*.md")) if not any(p.is_relative_to(g) for g in owned)]


def check_chapters(root: Path, layout: Layout, known: set[str]) -> list[Problem]:
    """Every [[id]] in the hand-written chapters must name a case or a provision."""
    problems = []
    for path in chapter_files(root, layout):
        rel = path.relative_to(root).as_posix()
        for line, ref in links.find(path.read_text(encoding="utf-8")):
            if ref not in known:
                problems.append(Problem(rel, line, unknown("case or provision", ref, known)))
    return problems
