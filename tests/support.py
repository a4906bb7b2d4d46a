"""Helpers shared by tests and the benchmark: fixture sites are copied with the real
hooks/, handbook/ and schema/ of this repository, then built for real."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
ENGINE = ("hooks", "handbook", "schema", "overrides")


def copy_site(name: str, dest: Path) -> Path:
    """A runnable copy of tests/fixtures/<name> with this repo's engine."""
    shutil.copytree(FIXTURES / name, dest, dirs_exist_ok=True)
    for part in ENGINE:
        shutil.copytree(REPO / part, dest / part, dirs_exist_ok=True,
                        ignore=shutil.ignore_patterns("__pycache__"))
    return dest


def mkdocs_build(site: Path, *extra: str, env: dict | None = None) -> subprocess.CompletedProcess:
    """`mkdocs build --strict` in a subprocess: hook modules are cached per process. env: added variables."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(site / "mkdocs.yml"), *extra],
        capture_output=True, text=True, env=env, timeout=600,
    )
