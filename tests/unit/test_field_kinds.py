"""Each field's kind is declared once, in the schema (`x-kind`), and the checks follow it (issue 14,
defect 4): no hand-kept list of Markdown fields, no schema property that the code forgets."""

from __future__ import annotations

import json
import shutil

import pytest

from support import FIXTURES, REPO
from handbook import load_project
from handbook.data import cases_json, legal_json
from handbook.model import act_from, case_from
from handbook.schema import KINDS, build_schemas, properties


@pytest.fixture
def project_root(tmp_path):
    shutil.copytree(FIXTURES / "site", tmp_path, dirs_exist_ok=True)
    shutil.copytree(REPO / "schema", tmp_path / "schema")
    return tmp_path


def test_a_field_declared_markdown_gets_the_checks_without_code(project_root):
    schema_file = project_root / "schema/case.schema.json"
    schema = json.loads(schema_file.read_text(encoding="utf-8"))
    schema["properties"]["study_visit"]["properties"]["note"] = {"$ref": "#/$defs/markdown"}
    schema_file.write_text(json.dumps(schema), encoding="utf-8")
    case = project_root / "cases/xx-beta-codesign.yml"
    case.write_text(case.read_text(encoding="utf-8").replace(
        "{pl: Wizyta studyjna., en: Study visit.}", '{pl: "Zob. [[nope]].", en: "See [x](javascript:alert(1))."}'),
        encoding="utf-8")
    found = [p.format() for p in load_project(project_root).problems]
    assert any(m.startswith("cases/xx-beta-codesign.yml:16: study_visit.note.pl: unknown case or provision 'nope'")
               for m in found), found
    assert any(m.startswith("cases/xx-beta-codesign.yml:16: study_visit.note.en:") and "javascript" in m
               for m in found), found


def test_emphasis_in_a_plain_field_warns_at_its_line(project_root):
    case = project_root / "cases/xx-beta-codesign.yml"
    text = case.read_text(encoding="utf-8")
    line = next(i for i, row in enumerate(text.splitlines(), start=1) if row.startswith("summary:"))
    text = text.replace("summary: {pl: Podsumowanie.", 'summary: {pl: "Grupy *tavoli*, snake_case, 2*3*4."', 1)
    case.write_text(text, encoding="utf-8")
    project = load_project(project_root)
    warned = [p.format() for p in project.warnings + project.problems
              if "plain text, not Markdown" in p.message and p.file == "cases/xx-beta-codesign.yml"]
    assert warned == [f"cases/xx-beta-codesign.yml:{line}: warning: summary.pl: “*tavoli*”: this field is plain text, "
                      "not Markdown, so the emphasis marks show as typed: remove them"], warned


def test_legal_basis_notes_are_markdown():
    """They are rendered as Markdown and written with it (*co-progettazione*)."""
    kinds = properties(build_schemas(REPO / "schema"), "case")
    assert kinds[("legal_basis", "[]", "note")] == "markdown"


def test_every_text_field_declares_its_kind():
    schemas = build_schemas(REPO / "schema")
    for kind in ("case", "legal"):
        for path, declared in properties(schemas, kind).items():
            assert declared is None or declared in KINDS, (kind, path, declared)
    assert properties(schemas, "case")[("context",)] == "markdown"
    assert properties(schemas, "legal")[("provisions", "[]", "summary")] == "markdown"
    assert properties(schemas, "case")[("period", "from")] == "date"
    assert properties(schemas, "case")[("transfer", "provisions", "[]")] == "reference"


class Reads(dict):
    """A document that records which of its keys the model reads (list positions as "[]")."""

    def __init__(self, data, path, seen):
        super().__init__(data)
        self._path, self._seen = path, seen

    def _wrap(self, key, value):
        path = self._path + (key,)
        self._seen.add(path)
        if isinstance(value, dict):
            return Reads(value, path, self._seen)
        if isinstance(value, list):
            self._seen.update({path + ("[]",)} if value else set())
            return [Reads(v, path + ("[]",), self._seen) if isinstance(v, dict) else v for v in value]
        return value

    def __getitem__(self, key):
        return self._wrap(key, super().__getitem__(key))

    def get(self, key, default=None):
        return self._wrap(key, super().__getitem__(key)) if key in self else default

    def items(self):
        return [(k, self[k]) for k in self.keys()]


def written_paths(data, path=()):
    """Every key path in a document, list positions as "[]" (free keys of a mapping as "*")."""
    if isinstance(data, dict):
        for key, value in data.items():
            yield path + (key,)
            yield from written_paths(value, path + (key,))
    elif isinstance(data, list):
        for value in data:
            yield path + ("[]",)
            yield from written_paths(value, path + ("[]",))


def schema_paths(kind):
    return {p for p, declared in properties(build_schemas(REPO / "schema"), kind).items()
            if not (p[-1] in ("pl", "en") and declared == "plain")}  # the languages of a text


def generalise(path, free):
    """identifiers.CELEX -> identifiers.*: the schema's free keys."""
    return tuple("*" if path[:i] in free else part for i, part in enumerate(path))


@pytest.mark.parametrize("kind,folder,load", [("case", "cases", case_from), ("legal", "legal", act_from)])
def test_every_schema_property_is_read_by_the_model(kind, folder, load):
    import yaml
    expected = schema_paths(kind)
    free = {p[:-1] for p in expected if p[-1] == "*"}
    written, read = set(), set()
    for root in (REPO, FIXTURES / "site"):
        for path in sorted((root / folder).glob("*.yml")):
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
            written |= {generalise(p, free) for p in written_paths(data)}
            seen = set()
            load(Reads(data, (), seen), path.name)
            read |= {generalise(p, free) for p in seen}
    assert sorted(expected - written) == [], "schema properties no content file uses: add one to the fixture"
    assert sorted(expected - read) == [], "schema properties the model never reads"
    assert sorted(written - expected - read) == []  # nothing read that the schema does not declare


def published(name, keys):
    """A property is in open data under its name, or prefixed by its record (act_title), or
    suffixed by what it holds (transfer_provisions)."""
    return name in keys or f"act_{name}" in keys or any(k.startswith(f"{name}_") for k in keys)


def test_every_property_reaches_open_data():
    """A reader of data/cases.json and data/legal.json (one record per provision) gets every field
    of the content but the pages' Markdown prose."""
    project = load_project(REPO)
    kinds = {kind: properties(project.schemas, kind) for kind in ("case", "legal")}
    records = {
        "case": ({k for r in cases_json(project.catalog) for k in r}, [p[:1] for p in kinds["case"] if len(p) == 1]),
        "legal": ({k for r in legal_json(project.catalog) for k in r},
                  [p for p in kinds["legal"] if len(p) == 1 and p != ("provisions",)]
                  + [p[2:] for p in kinds["legal"] if len(p) == 3 and p[:2] == ("provisions", "[]")]),
    }
    missing = []
    for kind, (keys, fields) in records.items():
        flat = {**{p: k for p, k in kinds[kind].items()},
                **{p[2:]: k for p, k in kinds[kind].items() if p[:2] == ("provisions", "[]")}}
        missing += [f"{kind}: {p[0]}" for p in fields if flat[p] != "markdown" and not published(p[0], keys)]
    assert missing == []
