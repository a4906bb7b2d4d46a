"""The short cross-link syntax of chapters and markdown fields: [[id]] or [[id|text]]."""

from __future__ import annotations

import re
from collections.abc import Callable

CROSS_LINK = re.compile(r"(?<!\\)\[\[([^\]|\n]+?)(?:\|([^\]\n]+))?\]\]")
_FENCE = re.compile(r"^\s*(```|~~~)")
_CODE_SPAN = re.compile(r"(`+)(?:.+?)\1")


def _outside_code(line: str, apply) -> str:
    """Apply `apply` to the parts of a line that are not inline code spans."""
    out, last = [], 0
    for span in _CODE_SPAN.finditer(line):
        out += [apply(line[last:span.start()]), span.group(0)]
        last = span.end()
    return "".join(out + [apply(line[last:])])


def find(markdown: str) -> list[tuple[int, str]]:
    """(line, id) of every cross-link outside fenced code; lines are 1-based."""
    found, fenced = [], False
    for number, line in enumerate(markdown.splitlines(), start=1):
        if _FENCE.match(line):
            fenced = not fenced
            continue
        if not fenced:
            _outside_code(line, lambda part, number=number:
                          found.extend((number, m.group(1).strip()) for m in CROSS_LINK.finditer(part)) or "")
    return found


def replace(markdown: str, render: Callable[[str, str | None], str]) -> str:
    """Replace every cross-link outside fenced code by render(id, text)."""
    out, fenced = [], False
    for line in markdown.splitlines(keepends=True):
        if _FENCE.match(line):
            fenced = not fenced
        elif not fenced:
            line = _outside_code(line, lambda part: CROSS_LINK.sub(lambda m: render(m.group(1).strip(), m.group(2)), part))
        out.append(line)
    return "".join(out)


def outside_fences(markdown: str, apply: Callable[[str], str]) -> str:
    """Apply `apply` to every line outside fenced code; fence lines and code are kept as they are."""
    out, fenced = [], False
    for line in markdown.splitlines(keepends=True):
        if _FENCE.match(line):
            fenced = not fenced
        elif not fenced:
            line = apply(line)
        out.append(line)
    return "".join(out)
