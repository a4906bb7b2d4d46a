"""No Python traceback reaches a contributor: every broken input of corpus.py also fails a real
`mkdocs build --strict` of the fixture site cleanly, with the handbook's own messages and no traceback.

The builds run in this process, through MkDocs' own build function, one after the other: a failing
build stops at the hooks' first event, so a subprocess per entry (interpreter and imports each time)
cost most of the time. What the command line would show maps one to one: MkDocs' clean failure is
`Abort` (exit 1, no traceback); any other exception is a traceback printed to the contributor."""

from __future__ import annotations

import logging
import traceback

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort

from corpus import ENTRIES
from support import copy_site
from test_messages import apply_edits

pytestmark = pytest.mark.build


class Lines(logging.Handler):
    def __init__(self):
        super().__init__()
        self.lines = []

    def emit(self, record):
        self.lines.append(f"{record.name}: {record.getMessage()}")


def build_in_process(root) -> tuple[int, str]:
    """(exit code the command line would give, what it would print)."""
    handler, logger = Lines(), logging.getLogger("mkdocs")
    logger.addHandler(handler)
    try:
        build(load_config(str(root / "mkdocs.yml"), strict=True, site_dir=str(root / "site")))
        code = 0
    except Abort:
        code = 1
    except Exception:  # noqa: BLE001 (that is the point: anything else is a traceback on the terminal)
        handler.lines.append(traceback.format_exc())
        code = 2
    finally:
        logger.removeHandler(handler)
    return code, "\n".join(handler.lines)


@pytest.fixture(scope="module")
def builds(tmp_path_factory):
    base = tmp_path_factory.mktemp("broken")
    return {name: build_in_process(apply_edits(copy_site("site", base / str(number)), edits))
            for number, (name, edits, _) in enumerate(ENTRIES)}


@pytest.mark.parametrize("name,edits,expected", ENTRIES, ids=[e[0] for e in ENTRIES])
def test_build_fails_cleanly(builds, name, edits, expected):
    code, output = builds[name]
    assert code == 1, output[-3000:]
    assert "Traceback" not in output, output[-3000:]
    for line in expected:  # the same messages as `make check`, in the build's log
        assert line in output, output[-3000:]
