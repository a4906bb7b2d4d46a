"""`make new-legal`: the template fails the check only on its placeholders (one message each, optional
ones saying they may be deleted), and the filled file is valid and builds."""

from __future__ import annotations

import re
import shutil

import pytest

from support import ENGINE, FIXTURES, REPO, mkdocs_build
from handbook import load_project
from handbook.__main__ import main

ACT_ID = "pl-example-act"
FILE = f"legal/{ACT_ID}.yml"
VALUES = {
    "kind": "act", "original": "Ustawa przykładowa", "pl": "Tekst po polsku.", "en": "Text in English.",
    "ELI": "DU/2020/1", "official_url": "https://isap.example.org/example", "date": "2020-01-01",
    "from": "2020-02-01", "to": "2030-01-01", "superseded_by": "pl-new", "status": "verified", "checked": "2026-01-01",
    "id": "pl-example-act-art-1", "article": "art. 1", "url": "https://isap.example.org/example#art-1",
    "transposes": "eu-dir-x-art-20", "title": "Komentarz", "publisher": "Wydawca",
}


@pytest.fixture
def root(tmp_path):
    shutil.copytree(FIXTURES / "site", tmp_path, dirs_exist_ok=True)
    shutil.copytree(REPO / "schema", tmp_path / "schema")
    assert main(["new-legal", ACT_ID, str(tmp_path)]) == 0
    return tmp_path


def todo_lines(text):
    return [n for n, line in enumerate(text.split("\n"), 1) if '"TODO' in line and not line.lstrip().startswith("#")]


def test_the_template_fails_only_on_its_placeholders(root):
    text = (root / FILE).read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=../schema/legal.schema.json\n")
    assert f"id: {ACT_ID}\n" in text and "\njurisdiction: PL\n" in text and "@" not in text.replace("e.g.", "")
    assert "Allowed: act, judgment, guidance" in text
    found = [p.format() for p in load_project(root).problems]
    assert len(found) == len(todo_lines(text)) >= 20
    assert all(re.fullmatch(rf"{FILE}:\d+: [a-zA-Z_.\[\]0-9]+: placeholder 'TODO[^']*' still to fill in"
                            r"( \(optional: or delete the field\))?", p) for p in found), found
    assert [int(p.split(":")[1]) for p in found] == todo_lines(text)
    kind = next(p for p in found if ": kind:" in p)
    assert not kind.endswith("(optional: or delete the field)")
    assert next(p for p in found if ": superseded_by:" in p).endswith("(optional: or delete the field)")


def test_a_bad_id_and_an_existing_file_are_refused(root, capsys):
    assert main(["new-legal", "PL_act", str(root)]) == 2
    assert main(["new-legal", ACT_ID, str(root)]) == 2
    err = capsys.readouterr().err
    assert "new-legal: 'PL_act' is not a valid id" in err and f"new-legal: {FILE} already exists" in err


def fill(root):
    path = root / FILE
    lines = path.read_text(encoding="utf-8").split("\n")
    for n, line in enumerate(lines):
        match = re.match(r'\s*(?:- )?([A-Za-z_]+): (\[)?"TODO[^"]*"', line)
        if match and not line.lstrip().startswith("#"):
            value = VALUES[match.group(1)]
            lines[n] = re.sub(r'"TODO[^"]*"', f'"{value}"', line)
    path.write_text("\n".join(lines), encoding="utf-8")


@pytest.mark.build
def test_filled_template_is_valid_and_builds(root):
    fill(root)
    assert [p.format() for p in load_project(root).problems] == []
    for part in ENGINE:
        shutil.copytree(REPO / part, root / part, ignore=shutil.ignore_patterns("__pycache__"), dirs_exist_ok=True)
    result = mkdocs_build(root)
    assert result.returncode == 0, result.stderr
    assert "Text in English." in (root / "site/en/law/pl-example-act-art-1/index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("guide,heading", [("CONTRIBUTING.md", "## Add a legal provision"),
                                           ("CONTRIBUTING.pl.md", "## Dodawanie przepisu")])
def test_contributing_lists_every_required_field_of_a_legal_file(guide, heading):
    from handbook.schema import build_schemas, kind_of
    schemas = build_schemas(REPO / "schema")
    text = (REPO / guide).read_text(encoding="utf-8")
    section = text.split(heading, 1)[1].split("\n## ", 1)[0]
    required = []

    def walk(node, file="legal.schema.json"):
        _, file, node = kind_of(schemas, file, node)
        node = node.get("items", node)
        _, file, node = kind_of(schemas, file, node)
        for name in node.get("required", ()):
            required.append(name)
            walk(node["properties"][name], file)

    walk(schemas["legal"])
    assert [name for name in required if f"`{name}`" not in section] == []
