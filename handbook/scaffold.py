"""`make new-case ID=...` and `make new-legal ID=...`: a new file from its template, and the placeholders it leaves.

The template has every field, commented in Polish and English. Each value still
to write is a "TODO…" placeholder; the check reports each one where it is, and
nothing else about it, so a new file's problems are exactly the fields to fill.
"""

from __future__ import annotations

import re
from pathlib import Path

from .problems import Problem, format_path
from .source import Document

TEMPLATES = Path(__file__).resolve().parent / "templates"
TEMPLATE = TEMPLATES / "case.yml"
PLACEHOLDER = "TODO"
_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


class ScaffoldError(Exception):
    pass


def placeholders(doc: Document) -> list[tuple]:
    """Paths of the values that are still template placeholders."""
    found = []

    def walk(value, path):
        if isinstance(value, dict):
            for key, item in value.items():
                walk(item, path + (key,))
        elif isinstance(value, list):
            for index, item in enumerate(value):
                walk(item, path + (index,))
        elif isinstance(value, str) and value.startswith(PLACEHOLDER):
            found.append(path)

    walk(doc.data, ())
    return found


def placeholder_problems(doc: Document, paths: list[tuple], optional=lambda path: False) -> list[Problem]:
    """One problem per placeholder; `optional(path)` says whether the field may be deleted instead."""
    return [Problem(doc.rel, doc.line(path), f"placeholder {doc_value(doc, path)!r} still to fill in"
                    + (" (optional: or delete the field)" if optional(path) else ""), format_path(path))
            for path in paths]


def doc_value(doc: Document, path: tuple):
    value = doc.data
    for part in path:
        value = value[part]
    return value


def _enum(schema: dict, name: str) -> str:
    definition, *props = name.split(".")
    node = schema["$defs"][definition]
    for prop in props:
        node = node["properties"][prop]
    return ", ".join(node["enum"])


def render_template(case_id: str, schema: dict) -> str:
    country = case_id.split("-", 1)[0].upper()
    if country not in schema["$defs"]["country"]["enum"]:
        country = '"TODO: country code"'
    text = TEMPLATE.read_text(encoding="utf-8").replace("@ID@", case_id).replace("@COUNTRY@", country)
    return re.sub(r"@ENUM:([a-z_.]+)@", lambda m: _enum(schema, m.group(1)), text)


def render_legal_template(act_id: str, schemas: dict) -> str:
    defs = {**schemas["case"]["$defs"], **schemas["legal"]["$defs"]}
    jurisdiction = act_id.split("-", 1)[0].upper()
    if jurisdiction not in defs["jurisdiction"]["enum"]:
        jurisdiction = '"TODO: jurisdiction"'
    text = (TEMPLATES / "legal.yml").read_text(encoding="utf-8").replace("@ID@", act_id)
    text = text.replace("@JURISDICTION@", jurisdiction)
    return re.sub(r"@ENUM:([a-z_.]+)@", lambda m: _enum({"$defs": defs}, m.group(1)), text)


def _write_new(root: Path, folder: str, new_id: str, starts_with: str, render) -> Path:
    """Write <folder>/<new_id>.yml from its template, refusing a bad id or an existing file."""
    if not _ID.match(new_id):
        raise ScaffoldError(f"'{new_id}' is not a valid id: lower-case letters, digits and single hyphens, "
                            f"starting with {starts_with}")
    path = root / folder / f"{new_id}.yml"
    if path.exists():
        raise ScaffoldError(f"{folder}/{new_id}.yml already exists")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render(), encoding="utf-8")
    return path


def new_legal(root: Path, legal_folder: str, act_id: str, schemas: dict) -> Path:
    return _write_new(root, legal_folder, act_id, "the jurisdiction, e.g. pl-pzp-2019 or fr-ccp",
                      lambda: render_legal_template(act_id, schemas))


def new_case(root: Path, cases_folder: str, case_id: str, schema: dict) -> Path:
    return _write_new(root, cases_folder, case_id, "the country code, e.g. fr-lyon-social-clauses",
                      lambda: render_template(case_id, schema))
