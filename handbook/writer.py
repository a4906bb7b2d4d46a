"""Write generated files only when their content changed, and remove stale ones.

`mkdocs serve` watches docs/: rewriting an unchanged file would trigger a new
build, forever. Only folders the build owns are ever cleaned.
"""

from __future__ import annotations

from pathlib import Path


def write_if_changed(path: Path, text: str) -> bool:
    data = text.encode("utf-8")
    if path.is_file() and path.read_bytes() == data:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    tmp.replace(path)  # atomic: a reader never sees half a page
    return True


def sync_tree(base: Path, owned: tuple[str, ...], files: dict[str, str]) -> tuple[int, int]:
    """Make base/<owned folders> hold exactly `files`; return (written, removed)."""
    written = sum(write_if_changed(base / rel, text) for rel, text in files.items())
    removed = 0
    wanted = {(base / rel).resolve() for rel in files}
    for folder in owned:
        root = base / folder
        for path in sorted(root.rglob("*"), reverse=True) if root.is_dir() else []:
            if path.is_file() and path.resolve() not in wanted:
                path.unlink()
                removed += 1
            elif path.is_dir() and not any(path.iterdir()):
                path.rmdir()
    return written, removed
