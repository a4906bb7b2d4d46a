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

    def format(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        what = f"{self.field}: {self.message}" if self.field else self.message
        return f"{where}: {what}"


class ContentError(Exception):
    """Raised when content cannot be published; carries every problem found."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(problems)
        super().__init__(f"{len(self.problems)} problem(s) in the content")


def format_path(path: tuple) -> str:
    """('legal_basis', 1, 'provision') -> 'legal_basis[1].provision'."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def unknown(kind: str, ref: str, known) -> str:
    """"unknown provision 'x' (did you mean 'y'?)": the hint only when it is close."""
    hint = difflib.get_close_matches(ref, list(known), n=1, cutoff=0.8)
    return f"unknown {kind} '{ref}'" + (f" (did you mean '{hint[0]}'?)" if hint else "")
