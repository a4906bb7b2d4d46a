"""Editors read schema/*.schema.json through each YAML file's first line: the files must resolve
in a fresh clone and be JSON Schemas on their own, agreeing with the vocabularies. The one thing
they leave to the check is the languages (x-languages: one required key per language of mkdocs.yml)."""

from __future__ import annotations

import json
import re

import pytest
import yaml
from jsonschema import Draft202012Validator
from referencing import Registry, Resource

from support import REPO
from handbook.schema import vocabulary_problems, build_schemas
from handbook.vocabulary import load_vocabularies

MODELINE = re.compile(r"# yaml-language-server: \$schema=(\S+)\n")
FILES = sorted([*REPO.glob("cases/*.yml"), *REPO.glob("legal/*.yml")])


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_modeline_resolves_in_the_repository(path):
    match = MODELINE.match(path.read_text(encoding="utf-8"))
    assert match, "the first line must be the yaml-language-server modeline"
    target = (path.parent / match.group(1)).resolve()
    assert target == REPO / "schema" / f"{'case' if path.parent.name == 'cases' else 'legal'}.schema.json"
    assert target.is_file()


def raw_validators():
    """The schema files exactly as an editor reads them: no code of the handbook involved."""
    raw = {name: json.loads((REPO / "schema" / name).read_text(encoding="utf-8"))
           for name in ("case.schema.json", "legal.schema.json")}
    registry = Registry().with_resources((name, Resource.from_contents(s)) for name, s in raw.items())
    for schema in raw.values():
        Draft202012Validator.check_schema(schema)
        assert "vocabulary" not in json.dumps(schema).replace("x-vocabulary", "")
    return {name: Draft202012Validator(s, registry=registry) for name, s in raw.items()}


def test_schema_files_are_complete_on_their_own():
    validators = raw_validators()
    for path in FILES:
        name = "case.schema.json" if path.parent.name == "cases" else "legal.schema.json"
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.BaseLoader)  # dates stay text, as editors see them
        errors = [e.message for e in validators[name].iter_errors(data) if e.validator != "type"]
        assert errors == [], path.name
    broken = {"id": "x", "country": "XX"}
    messages = [e.message for e in validators["case.schema.json"].iter_errors(broken)]
    assert "'XX' is not one of ['PL', 'FR', 'IT']" in messages
    assert any("'place' is a required property" in m for m in messages)


def test_editors_see_enums_descriptions_and_closed_objects():
    case = json.loads((REPO / "schema/case.schema.json").read_text(encoding="utf-8"))
    assert case["additionalProperties"] is False
    assert "reserved-contract" in case["$defs"]["mechanism"]["enum"]
    assert case["properties"]["id"]["description"]
    assert case["$defs"]["mechanism"]["description"]


def test_vocabularies_and_schema_enums_agree():
    vocab = load_vocabularies(REPO / "schema/vocabularies.yml", "schema/vocabularies.yml")
    assert vocabulary_problems(build_schemas(REPO / "schema"), vocab) == []
    assert set(yaml.safe_load((REPO / "schema/vocabularies.yml").read_text(encoding="utf-8"))["mechanisms"]) == \
        set(json.loads((REPO / "schema/case.schema.json").read_text(encoding="utf-8"))["$defs"]["mechanism"]["enum"])


def test_vocabularies_modeline_and_schema_on_their_own():
    path = REPO / "schema/vocabularies.yml"
    match = MODELINE.match(path.read_text(encoding="utf-8"))
    assert match and (path.parent / match.group(1)).resolve() == REPO / "schema/vocabularies.schema.json"
    raw = {name: json.loads((REPO / "schema" / name).read_text(encoding="utf-8"))
           for name in ("case.schema.json", "vocabularies.schema.json")}
    Draft202012Validator.check_schema(raw["vocabularies.schema.json"])
    registry = Registry().with_resources((name, Resource.from_contents(s)) for name, s in raw.items())
    validator = Draft202012Validator(raw["vocabularies.schema.json"], registry=registry)
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert [e.message for e in validator.iter_errors(data)] == []
    # The languages are declared once, in mkdocs.yml: the check adds them to each x-languages object
    # (build_schemas). An editor's schema accepts a label missing; `make check` does not.
    del data["mechanisms"]["lots"]["en"]
    assert [e.message for e in validator.iter_errors(data)] == []
    built = build_schemas(REPO / "schema")
    registry = Registry().with_resources((s["$id"], Resource.from_contents(s)) for s in built.values())
    validator = Draft202012Validator(built["vocabularies"], registry=registry)
    assert ["'en' is a required property"] == [e.message for e in validator.iter_errors(data)]
