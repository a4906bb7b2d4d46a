"""`make new-case`: the template fails the check only on its placeholders, and passes once they are filled."""

from __future__ import annotations

import re
import shutil

import pytest

from support import ENGINE, FIXTURES, REPO, mkdocs_build
from handbook import load_project
from handbook.__main__ import main
from handbook.source import load

CASE_ID = "fr-lyon-example"
FILE = f"cases/{CASE_ID}.yml"


@pytest.fixture
def root(tmp_path):
    shutil.copytree(FIXTURES / "site", tmp_path, dirs_exist_ok=True)
    shutil.copytree(REPO / "schema", tmp_path / "schema")
    assert main(["new-case", CASE_ID, str(tmp_path)]) == 0
    return tmp_path


def filler(path: tuple):
    """A valid value for the placeholder at `path`, from the fixture's registry."""
    key = path[-1] if isinstance(path[-1], str) else path[-2]
    values = {
        "pl": "Tekst po polsku.", "en": "Text in English.", "url": "https://example.org/", "date": "2020-05-01",
        "from": "2019", "to": "2021-06", "checked": "2026-01-01", "level": "municipality", "type": "association",
        "service_areas": "cleaning", "mechanisms": "lots", "provision": "it-act-art-61", "year": 2020,
        "provisions": "pl-new-art-94", "name": "Métropole de Lyon", "title": "Rapport", "publisher": "Lyon",
        "kind": "authority", "status": "verified", "source": "report-a",
    }
    if path[:1] == ("sources",) and key == "id":
        return f"report-{'ab'[path[1]]}"
    return values[key]


def fill(root) -> int:
    path = root / FILE
    doc, problems = load(path, FILE)
    assert problems == []
    lines = path.read_text(encoding="utf-8").split("\n")
    todo = [p for p in _placeholders(doc.data)]
    for value_path, value in todo:
        number = doc.line(value_path) - 1
        quoted = f'"{value}"'
        assert lines[number].count(quoted) == 1, lines[number]
        filled = filler(value_path)
        lines[number] = lines[number].replace(quoted, str(filled) if isinstance(filled, int) else f"\"{filled}\"")
    path.write_text("\n".join(lines), encoding="utf-8")
    return len(todo)


def _placeholders(data, path=()):
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _placeholders(value, path + (key,))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _placeholders(value, path + (index,))
    elif isinstance(data, str) and data.startswith("TODO"):
        yield path, data


def test_the_template_fails_only_on_its_placeholders(root):
    text = (root / FILE).read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=../schema/case.schema.json\n")
    assert f"id: {CASE_ID}\ncountry: FR\n" in re.sub(r"\n(#[^\n]*\n|\n)+", "\n", text)
    found = [p.format() for p in load_project(root).problems]
    todo_lines = [n for n, line in enumerate(text.split("\n"), 1) if '"TODO' in line and not line.lstrip().startswith("#")]
    assert len(found) == len(todo_lines) >= 40
    assert all(re.fullmatch(rf"{FILE}:\d+: [a-z_.\[\]0-9]+: placeholder 'TODO[^']*' still to fill in"
                            r"( \(optional: or delete the field\))?", p) for p in found), found
    assert [int(p.split(":")[1]) for p in found] == todo_lines
    assert f"{FILE}:30: authority.level: placeholder 'TODO: level' still to fill in" in found
    # An optional field says that it may be deleted instead (its schema does not require it).
    assert f"{FILE}:32: authority.url: placeholder 'TODO: https://…' still to fill in (optional: or delete the field)" \
        in found


def test_the_template_lists_the_allowed_values_from_the_schema(root):
    text = (root / FILE).read_text(encoding="utf-8")
    assert "# Allowed: reserved-contract, reserved-social-services," in text
    assert "@ENUM" not in text and "@ID@" not in text


@pytest.mark.build
def test_filled_template_is_valid_and_builds_in_both_languages(root):
    assert fill(root) >= 40
    assert [p.format() for p in load_project(root).problems] == []
    for part in ENGINE:  # the fixture copy already has schema/
        shutil.copytree(REPO / part, root / part, ignore=shutil.ignore_patterns("__pycache__"), dirs_exist_ok=True)
    result = mkdocs_build(root)
    assert result.returncode == 0, result.stderr
    for prefix, lang in (("", "pl"), ("en/", "en")):
        page = (root / "site" / prefix / "cases" / CASE_ID / "index.html").read_text(encoding="utf-8")
        assert f'<html lang="{lang}"' in page
        assert ("Tekst po polsku." if lang == "pl" else "Text in English.") in page


def test_new_case_refuses_a_bad_id_and_an_existing_file(root, capsys):
    assert main(["new-case", "Lyon_Example", str(root)]) == 2
    assert main(["new-case", CASE_ID, str(root)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err == ["new-case: 'Lyon_Example' is not a valid id: lower-case letters, digits and single hyphens, "
                   "starting with the country code, e.g. fr-lyon-social-clauses",
                   f"new-case: {FILE} already exists"]


def test_country_stays_a_placeholder_for_an_unknown_prefix(tmp_path):
    shutil.copytree(FIXTURES / "site", tmp_path, dirs_exist_ok=True)
    shutil.copytree(REPO / "schema", tmp_path / "schema")
    assert main(["new-case", "xx-somewhere", str(tmp_path)]) == 0
    found = [p.format() for p in load_project(tmp_path).problems]
    assert "cases/xx-somewhere.yml:18: country: placeholder 'TODO: country code' still to fill in" in found
