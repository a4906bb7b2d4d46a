"""Fixtures shared by all tests; the helpers themselves live in support.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from support import copy_site, copy_repository, mkdocs_build


@pytest.fixture
def site(tmp_path) -> Path:
    return copy_site("site", tmp_path / "site")


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The fixture site, built once per test session; tests only read it."""
    root = copy_site("site", tmp_path_factory.mktemp("site"))
    result = mkdocs_build(root)
    assert result.returncode == 0, result.stderr
    return root


@pytest.fixture(scope="session")
def repo_site(tmp_path_factory) -> Path:
    """This repository's own content, built once per test session: the built site/ folder."""
    root = copy_repository(tmp_path_factory.mktemp("repo"))
    result = mkdocs_build(root)
    assert result.returncode == 0, result.stderr[-5000:]
    return root / "site"
