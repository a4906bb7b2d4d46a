"""Problems found in the content, kept apart from how they are printed."""

from __future__ import annotations

import difflib
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with one file; `line` is 1-based, 0 when unknown."""

    file: str
    line: int
    message: str
    field: str = ""
    warning: bool = False  # reported, but does not stop the build

    def format(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        what = f"{self.field}: {self.message}" if self.field else self.message
        return f"{where}: {'warning: ' if self.warning else ''}{what}"

    def annotation(self) -> str:
        """The problem as a GitHub Actions error annotation, shown on the file's line in a pull request."""
        props = {"file": self.file, **({"line": str(self.line)} if self.line else {}),
                 "title": f"make check: {self.field}" if self.field else "make check"}
        head = ",".join(f"{key}={_escape(value, properties=True)}" for key, value in props.items())
        return f"::{'warning' if self.warning else 'error'} {head}::{_escape(self.message)}"


def _escape(value: str, properties: bool = False) -> str:
    """GitHub workflow-command escaping: % and line breaks always, also , and : in properties."""
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return value.replace(":", "%3A").replace(",", "%2C") if properties else value


class ContentError(Exception):
    """Raised when content cannot be published; carries every problem found."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(problems)
        super().__init__(f"{len(self.problems)} problem(s) in the content")


def format_path(path: tuple) -> str:
    """('legal_basis', 1, 'provision') -> 'legal_basis[2].provision': positions count from 1, as a
    contributor counts the entries of a list (`sources[13]` is the thirteenth source)."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part + 1}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def unknown(kind: str, ref: str, known) -> str:
    """"unknown provision 'x' (did you mean 'y'?)": the hint only when it is close."""
    hint = difflib.get_close_matches(ref, list(known), n=1, cutoff=0.8)
    return f"unknown {kind} '{ref}'" + (f" (did you mean '{hint[0]}'?)" if hint else "")
