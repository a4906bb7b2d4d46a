"""Error messages are a contract: for every broken input in corpus.py, `python -m handbook check`
prints exactly the expected lines (path:line: field: message) and exits 1."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from corpus import COPY, ENTRIES
from support import FIXTURES, REPO
from handbook.__main__ import main


def broken_project(root, edits):
    shutil.copytree(FIXTURES / "site", root, dirs_exist_ok=True)
    shutil.copytree(REPO / "schema", root / "schema")
    return apply_edits(root, edits)


def apply_edits(root, edits):
    for file, old, new in edits:
        path = root / file
        path.parent.mkdir(parents=True, exist_ok=True)
        if old is COPY:
            source, old, new = new
            new = (root / source).read_text(encoding="utf-8").replace(old, new, 1)
        elif old is not None:
            text = path.read_text(encoding="utf-8")
            assert old in text, f"fixture changed: {old!r} not in {file}"
            new = text.replace(old, new, 1)
        path.write_bytes(new if isinstance(new, bytes) else new.encode("utf-8"))
    return root


def test_the_corpus_covers_at_least_thirty_inputs():
    assert len(ENTRIES) >= 30
    assert len({name for name, _, _ in ENTRIES}) == len(ENTRIES)


@pytest.mark.parametrize("name,edits,expected", ENTRIES, ids=[e[0] for e in ENTRIES])
def test_message(tmp_path, capsys, name, edits, expected):
    root = broken_project(tmp_path, edits)
    assert main(["check", str(root), "--format", "text"]) == 1
    out, err = capsys.readouterr()
    assert out.splitlines() == expected
    assert err == f"{len(expected)} problem(s) found\n"


def test_the_real_command_prints_the_same_and_annotates_for_github(tmp_path):
    _, edits, expected = next(e for e in ENTRIES if e[0] == "javascript: URL")
    root = broken_project(tmp_path, edits)
    env = {**os.environ, "GITHUB_ACTIONS": "true"}
    result = subprocess.run([sys.executable, "-m", "handbook", "check", str(root)], cwd=REPO, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        expected[0],
        "::error file=cases/xx-alpha-reserved.yml,line=33,title=make check%3A sources[2].url"
        "::not an http(s) URL: 'javascript:alert(1)'",
    ]
    plain = subprocess.run([sys.executable, "-m", "handbook", "check", str(root), "--format", "text"], cwd=REPO,
                           env=env, capture_output=True, text=True, timeout=60)
    assert plain.stdout.splitlines() == expected


def test_annotation_escaping():
    from handbook import Problem
    problem = Problem("cases/a,b.yml", 3, "50% done\r\nnext", "x:y")
    assert problem.annotation() == "::error file=cases/a%2Cb.yml,line=3,title=make check%3A x%3Ay::50%25 done%0D%0Anext"
    assert Problem("cases/x.yml", 0, "m").annotation() == "::error file=cases/x.yml,title=make check::m"
