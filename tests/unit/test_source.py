"""Loading YAML: data, line numbers, and every way a file can be unreadable."""

from handbook.source import load


def write(tmp_path, text, name="x.yml", raw=None):
    path = tmp_path / name
    path.write_bytes(raw if raw is not None else text.encode("utf-8"))
    return path


def messages(problems):
    return [p.format() for p in problems]


def test_lines_of_nested_values(tmp_path):
    path = write(tmp_path, "id: a\nlegal_basis:\n  - provision: p1\n  - provision: p2\n    note: {pl: x}\n")
    doc, problems = load(path, "cases/x.yml")
    assert problems == []
    assert doc.data["legal_basis"][1]["provision"] == "p2"
    assert doc.line(("legal_basis", 1, "provision")) == 4
    assert doc.line(("legal_basis", 1, "note", "pl")) == 5
    assert doc.line(("legal_basis", 7)) == 3  # unknown path: nearest ancestor (the list)
    assert doc.key_line(("legal_basis",)) == 2


def test_dates_stay_strings(tmp_path):
    doc, _ = load(write(tmp_path, "checked: 2021-03-04\nyear: 2016\n"), "x.yml")
    assert doc.data == {"checked": "2021-03-04", "year": 2016}


def test_invalid_yaml_has_a_line(tmp_path):
    _, problems = load(write(tmp_path, "a: 1\nb: [1, 2\nc: 3\n"), "cases/x.yml")
    assert len(problems) == 1
    # An unclosed list is reported where it opens, not where the parser gave up.
    assert problems[0].format().startswith("cases/x.yml:2: invalid YAML:")
    assert problems[0].format().endswith("(a [ list ] that is not closed)")


def test_tabs(tmp_path):
    _, problems = load(write(tmp_path, "a:\n  b: 1\n\tc: 2\n"), "cases/x.yml")
    assert messages(problems) == ["cases/x.yml:3: tab character in indentation; indent with spaces"]


def test_not_utf8(tmp_path):
    _, problems = load(write(tmp_path, "", raw=b"a: 1\nb: \xe9t\xe9\n"), "cases/x.yml")
    assert messages(problems) == ["cases/x.yml:2: not valid UTF-8 (byte 0xe9); save the file as UTF-8"]


def test_empty_and_comment_only(tmp_path):
    for text in ("", "\n  \n", "# only a comment\n"):
        _, problems = load(write(tmp_path, text), "cases/x.yml")
        assert messages(problems) == ["cases/x.yml:1: the file is empty"]


def test_alias_bomb_is_refused_before_expansion(tmp_path):
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n"
        for i in range(20))
    _, problems = load(write(tmp_path, bomb), "cases/x.yml")
    assert messages(problems) == ["cases/x.yml:2: invalid YAML: YAML aliases (*name) are not allowed"]


def test_duplicate_keys(tmp_path):
    _, problems = load(write(tmp_path, "a: 1\nb: 2\na: 3\n"), "cases/x.yml")
    assert messages(problems) == ["cases/x.yml:3: duplicate key 'a'"]


def test_unsafe_tags_are_refused(tmp_path):
    _, problems = load(write(tmp_path, "a: !!python/object/apply:os.system ['true']\n"), "cases/x.yml")
    assert len(problems) == 1 and "invalid YAML" in problems[0].message
