"""Fixtures shared by all tests; the helpers themselves live in support.py."""

from __future__ import annotations

import fcntl
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from support import copy_site, copy_repository, mkdocs_build


@pytest.fixture
def site(tmp_path) -> Path:
    return copy_site("site", tmp_path / "site")


def built_once(tmp_path_factory, name: str, make: Callable[[Path], None]) -> Path:
    """`make(root)` run once per test run, even with pytest-xdist's workers (each has its own session):
    the first worker builds under a lock in the folder all workers share, the others wait and reuse it.
    Only for sites that tests read and never change."""
    base = tmp_path_factory.getbasetemp()
    shared = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base  # xdist: <basetemp>/popen-gwN
    root, done = shared / f"shared-{name}", shared / f"shared-{name}.done"
    with open(shared / f"shared-{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes, also if make() fails
        if not done.exists():
            shutil.rmtree(root, ignore_errors=True)  # what a worker whose build failed left
            make(root)
            done.touch()
    return root


def build_fixture_site(root: Path) -> None:
    copy_site("site", root)
    result = mkdocs_build(root)
    assert result.returncode == 0, result.stderr


def build_repository(root: Path) -> None:
    copy_repository(root)
    result = mkdocs_build(root)
    assert result.returncode == 0, result.stderr[-5000:]


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The fixture site, built once per test run; tests only read it."""
    return built_once(tmp_path_factory, "site", build_fixture_site)


@pytest.fixture(scope="session")
def repo_site(tmp_path_factory) -> Path:
    """This repository's own content, built once per test run: the built site/ folder; tests only read it."""
    return built_once(tmp_path_factory, "repo", build_repository) / "site"
