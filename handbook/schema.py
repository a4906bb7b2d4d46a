"""JSON Schema validation of one document, with messages a contributor can act on.

The schemas in schema/ are standalone JSON Schemas: editors read them as they are
(through the first line of each YAML file) and the check applies them as they are,
so the rules live in one place. One thing is left to the check: an object marked
`x-languages` takes one required key per language of the site, and the languages are
declared once, in mkdocs.yml (handbook/languages.py); `build_schemas` adds them. Each enumeration marked
`x-vocabulary` has the labels of its terms in schema/vocabularies.yml;
`vocabulary_problems` reports any term that is in one and not the other.

Each field declares its kind once, with the annotation `x-kind` (on a definition, or on
a property, which wins): "markdown" (Markdown that may cite [[id]]: gets the link and
safety checks), "plain" (shown as written), "reference" (the id of another record) or
"date". `fields` finds every field of a kind in a document, so the checks follow the schema.
"""

from __future__ import annotations

import copy
import difflib
import json
import re
from pathlib import Path

import datetime

from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource

from . import languages
from .problems import Problem, format_path
from .source import Document
from .vocabulary import Vocabularies

SCHEMA_FILES = {"case": "case.schema.json", "legal": "legal.schema.json", "vocabularies": "vocabularies.schema.json",
                "routes": "routes.schema.json", "terms": "terms.schema.json"}

# What a failed pattern means, by the name of the definition it belongs to.
_PATTERN_MESSAGES = {
    "url": "not an http(s) URL",
    "date": "not a date (write YYYY, YYYY-MM or YYYY-MM-DD)",
    "id": "not a valid id (lower-case letters, digits and single hyphens)",
    "string": "must not be empty",
    "term": "not a valid term (letters, digits and single hyphens)",
}

_TYPE_NAMES = {
    "object": "a mapping (key: value)",
    "array": "a list",
    "string": "text",
    "integer": "a whole number",
}


def build_schemas(schema_dir: Path, codes: tuple[str, ...] | None = None) -> dict[str, dict]:
    """Load the schemas, with one property per language where they say x-languages; mark each
    definition with its name for the messages."""
    schemas = {}
    for kind, name in SCHEMA_FILES.items():
        schema = json.loads((schema_dir / name).read_text(encoding="utf-8"))
        for def_name, definition in schema.get("$defs", {}).items():
            definition["x-def"] = def_name
        schemas[kind] = with_languages(schema, codes or languages.codes())
    return schemas


def with_languages(node, codes: tuple[str, ...]):
    """Every object marked `"x-languages": SCHEMA` gets a required property SCHEMA per language of the
    site, and no other keys than those and the properties it declares itself: the languages are
    written once, in mkdocs.yml, not in every schema."""
    if isinstance(node, list):
        return [with_languages(item, codes) for item in node]
    if not isinstance(node, dict):
        return node
    node = {key: with_languages(value, codes) for key, value in node.items()}
    each = node.pop("x-languages", None)
    if each is not None:
        node["properties"] = {**node.get("properties", {}), **{code: copy.deepcopy(each) for code in codes}}
        node["required"] = [*node.get("required", ()), *codes]
        node["additionalProperties"] = False
    return node


def vocabulary_problems(schemas: dict[str, dict], vocab: Vocabularies, schema_folder: str = "schema") -> list[Problem]:
    """Every term of an x-vocabulary enumeration has labels, and every labelled term is allowed."""
    problems = []
    for kind, schema in schemas.items():
        rel = f"{schema_folder}/{SCHEMA_FILES[kind]}"
        for def_name, definition in schema.get("$defs", {}).items():
            name = definition.get("x-vocabulary")
            if not name:
                continue
            field = f"$defs.{def_name}.enum"
            labelled, allowed = vocab.terms.get(name, {}), definition.get("enum", [])
            problems += [Problem(rel, 1, f"'{term}' has no labels in {schema_folder}/vocabularies.yml ({name})", field)
                         for term in allowed if term not in labelled]
            problems += [Problem(rel, 1, f"'{term}' is labelled in {schema_folder}/vocabularies.yml ({name}) "
                                        f"but missing here", field)
                         for term in labelled if term not in allowed]
    return problems


_FORMATS = FormatChecker(formats=())


@_FORMATS.checks("partial-date", raises=ValueError)
def _partial_date(value) -> bool:
    """YYYY, YYYY-MM or YYYY-MM-DD naming a day that exists (the pattern cannot see 2026-02-30)."""
    if isinstance(value, str) and len(value) == 10:
        datetime.date.fromisoformat(value)
    return True


class SchemaValidator:
    def __init__(self, schemas: dict[str, dict]):
        registry = Registry().with_resources(
            (SCHEMA_FILES[kind], Resource.from_contents(schema)) for kind, schema in schemas.items()
        )
        self._validators = {
            kind: Draft202012Validator(schema, registry=registry, format_checker=_FORMATS)
            for kind, schema in schemas.items()
        }

    def validate(self, kind: str, doc: Document, skip: set = frozenset()) -> list[Problem]:
        """Problems of one document; errors at the paths in `skip` (placeholders) are left out."""
        problems = []
        for error in self._validators[kind].iter_errors(doc.data):
            if tuple(error.absolute_path) not in skip:
                problems.extend(_describe(error, doc))
        return sorted(set(problems))


def _describe(error, doc: Document) -> list[Problem]:
    path = tuple(error.absolute_path)
    where = format_path(path)
    kind = error.schema.get("x-def") if isinstance(error.schema, dict) else None
    validator = error.validator
    if validator == "additionalProperties":
        allowed = list(error.schema.get("properties", {}))
        out = []
        for key in sorted(set(error.instance) - set(allowed)):
            hint = difflib.get_close_matches(str(key), allowed, n=1)
            msg = f"unknown key '{key}'" + (f" (did you mean '{hint[0]}'?)" if hint else f"; allowed: {', '.join(allowed)}")
            out.append(Problem(doc.rel, doc.key_line(path + (key,)), msg, where))
        return out
    if validator == "required":
        missing = error.message.split("'")[1]
        if missing in languages.codes():
            msg = f"missing text in {languages.name(missing)} ('{missing}')"
        else:
            msg = f"missing required key '{missing}'"
        return [Problem(doc.rel, doc.line(path), msg, where)]
    # A key that breaks a propertyNames rule: the error is at the mapping, the key has its own line.
    line = doc.key_line(path + (error.instance,)) if "propertyNames" in error.schema_path else doc.line(path)
    if validator == "enum":
        allowed = [str(v) for v in error.validator_value]
        if error.instance is None:
            return [Problem(doc.rel, line, f"no value; allowed: {', '.join(allowed)}", where)]
        hint = difflib.get_close_matches(str(error.instance), allowed, n=1)
        msg = f"unknown value '{error.instance}'" + (
            f" (did you mean '{hint[0]}'?)" if hint else f"; allowed: {', '.join(allowed)}")
        return [Problem(doc.rel, line, msg, where)]
    if validator == "type":
        expected = _TYPE_NAMES.get(error.validator_value, error.validator_value)
        msg = f"expected {expected}, got {_describe_value(error.instance)}"
        if error.validator_value == "integer" and isinstance(error.instance, str) and error.instance.strip().isdigit() \
                and path and isinstance(path[-1], str):
            msg += f"; write it without quotes: {path[-1]}: {error.instance.strip()}"
        return [Problem(doc.rel, line, msg, where)]
    if validator == "anyOf" and kind == "date" and \
            {e.validator for e in error.context if e.validator != "type"} == {"format"}:
        return [Problem(doc.rel, line, f"no such day: {error.instance!r}", where)]
    if validator in ("pattern", "anyOf", "minLength") and kind in _PATTERN_MESSAGES:
        return [Problem(doc.rel, line, f"{_PATTERN_MESSAGES[kind]}: {error.instance!r}", where)]
    if validator == "not" and kind == "url":
        test_host = re.match(r"https?://(www\.)?(testing|staging|dev)\.", error.instance)
        what = "a testing, staging or dev host" if test_host else "a script, stylesheet or image"
        return [Problem(doc.rel, line, f"not the page it names ({what}): {error.instance!r}", where)]
    if validator == "minItems":
        return [Problem(doc.rel, line, f"needs at least {error.validator_value} item(s)", where)]
    if validator == "uniqueItems":
        return [Problem(doc.rel, line, "lists the same item twice", where)]
    if validator == "minProperties":
        return [Problem(doc.rel, line, "needs at least one entry", where)]
    if validator in ("minimum", "maximum"):
        return [Problem(doc.rel, line, f"out of range: {error.instance!r}", where)]
    return [Problem(doc.rel, line, error.message, where)]


def _describe_value(value) -> str:
    if value is None:
        return "nothing (empty value)"
    if isinstance(value, bool):
        return f"true/false ({value})"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, (int, float)):
        return f"a number ({value})"
    return f"text ({value!r})"


def published(schemas: dict[str, dict]) -> dict[str, dict]:
    """The schemas as editors should see them (without internal markers)."""
    out = copy.deepcopy(schemas)
    for schema in out.values():
        for definition in schema.get("$defs", {}).values():
            definition.pop("x-def", None)
    return out


KINDS = ("markdown", "plain", "reference", "date")


def _resolve(schemas: dict[str, dict], file: str, node: dict) -> tuple[str, dict]:
    """Follow one $ref (`#/$defs/x` in the same file or `other.schema.json#/$defs/x`)."""
    target, _, pointer = node["$ref"].partition("#")
    file = target or file
    resolved = next(s for s in schemas.values() if s.get("$id") == file)
    for part in pointer.strip("/").split("/"):
        resolved = resolved[part]
    return file, resolved


def kind_of(schemas: dict[str, dict], file: str, node: dict) -> tuple[str | None, str, dict]:
    """The declared kind of a schema node (its own x-kind, else that of what it refers to)."""
    declared = node.get("x-kind")
    while "$ref" in node:
        file, node = _resolve(schemas, file, node)
        declared = declared or node.get("x-kind")
    return declared, file, node


def fields(schemas: dict[str, dict], kind: str, data, wanted: str) -> dict[tuple, object]:
    """Path -> value of every field of kind `wanted` in `data`, a document of schema `kind`."""
    out: dict[tuple, object] = {}

    def walk(file: str, node: dict, value, path: tuple) -> None:
        declared, file, node = kind_of(schemas, file, node)
        if declared in KINDS:
            if declared == wanted:
                out[path] = value
            return
        if isinstance(value, dict):
            for key, item in value.items():
                child = node.get("properties", {}).get(key, node.get("additionalProperties"))
                if isinstance(child, dict):
                    walk(file, child, item, path + (key,))
        elif isinstance(value, list) and isinstance(node.get("items"), dict):
            for i, item in enumerate(value):
                walk(file, node["items"], item, path + (i,))

    walk(SCHEMA_FILES[kind], schemas[kind], data, ())
    return out


def properties(schemas: dict[str, dict], kind: str) -> dict[tuple, str | None]:
    """Every property path of a schema (list items as "[]", free keys as "*") -> its declared kind."""
    out: dict[tuple, str | None] = {}

    def walk(file: str, node: dict, path: tuple, seen: frozenset) -> None:
        declared, file, node = kind_of(schemas, file, node)
        if path:
            out[path] = declared
        if declared in KINDS or id(node) in seen:
            return
        seen = seen | {id(node)}
        for key, child in node.get("properties", {}).items():
            walk(file, child, path + (key,), seen)
        if isinstance(node.get("additionalProperties"), dict):
            walk(file, node["additionalProperties"], path + ("*",), seen)
        if isinstance(node.get("items"), dict):
            walk(file, node["items"], path + ("[]",), seen)

    walk(SCHEMA_FILES[kind], schemas[kind], (), frozenset())
    return out


def optional(schemas: dict[str, dict], kind: str, path: tuple) -> bool:
    """True when the field at `path` (keys and list positions) may be deleted: some key on the way is
    not required, or it is an entry of a list that may be empty."""
    file, node = SCHEMA_FILES[kind], schemas[kind]
    for part in path:
        _, file, node = kind_of(schemas, file, node)
        if isinstance(part, int):
            if not node.get("minItems"):
                return True
            node = node.get("items", {})
        else:
            if part not in node.get("required", ()) and part in node.get("properties", {}):
                return True
            node = node.get("properties", {}).get(part, node.get("additionalProperties", {}))
            if not isinstance(node, dict):
                return False
    return False
