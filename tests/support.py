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


def copy_repository(dest: Path) -> Path:
    """A copy of this repository's sources, without anything a build generates."""
    from handbook.project import Layout

    dest.mkdir(parents=True, exist_ok=True)
    shutil.copy(REPO / "mkdocs.yml", dest)
    for part in ("cases", "legal", "routes", *ENGINE):
        shutil.copytree(REPO / part, dest / part, ignore=shutil.ignore_patterns("__pycache__"))
    generated = {str(REPO / "docs" / g) for g in Layout().generated}
    shutil.copytree(REPO / "docs", dest / "docs", ignore=lambda d, names: [n for n in names if f"{d}/{n}" in generated])
    return dest


def mkdocs_build(site: Path, *extra: str, env: dict | None = None) -> subprocess.CompletedProcess:
    """`mkdocs build --strict` in a subprocess: hook modules are cached per process. env: added variables."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(site / "mkdocs.yml"), *extra],
        capture_output=True, text=True, env=env, timeout=600,
    )


# Headless Chromium: Debian's package, driven by Playwright (a browser download does not work here).
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def serve_directory(directory: Path):
    """A static HTTP server for `directory` on a free local port: (base URL, server)."""
    import functools
    import http.server
    import threading

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    handler = functools.partial(Quiet, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}/", server
