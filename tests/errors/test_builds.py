"""No Python traceback reaches a contributor: every broken input of corpus.py also fails a real
`mkdocs build` of the fixture site cleanly, with the handbook's own messages and no traceback."""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor

import pytest

from corpus import ENTRIES
from support import copy_site, mkdocs_build
from test_messages import apply_edits

pytestmark = pytest.mark.build


@pytest.fixture(scope="module")
def builds(tmp_path_factory):
    """All the builds at once, a few in parallel: each is a subprocess of a couple of seconds."""
    base = tmp_path_factory.mktemp("broken")  # one folder per entry below it: mktemp is not thread-safe

    def build(numbered):
        number, (name, edits, _) = numbered
        root = apply_edits(copy_site("site", base / str(number)), edits)
        return name, mkdocs_build(root)
    with ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 2)) as pool:
        return dict(pool.map(build, enumerate(ENTRIES)))


@pytest.mark.parametrize("name,edits,expected", ENTRIES, ids=[e[0] for e in ENTRIES])
def test_build_fails_cleanly(builds, name, edits, expected):
    result = builds[name]
    output = result.stdout + result.stderr
    assert result.returncode == 1, output[-3000:]
    assert "Traceback" not in output, output[-3000:]
    for line in expected:  # the same messages as `make check`, in the build's log
        assert f"handbook: {line}" in output, output[-3000:]
