"""Citations in Markdown fields: `[^source-id]` ties a claim to an entry of the record's own sources.

A case cites its own `sources`, a provision's summary the sources of its act. On the page the citation
becomes a numbered note, the number of the source in the page's Sources list, linking to that entry;
the list items carry the anchors (`anchor`). Citations inside code are left alone, like cross-links.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from collections.abc import Callable

from .labels import label
from .links import _FENCE, _outside_code, outside_fences

CITATION = re.compile(r"(?<!\\)\[\^([^\]\s]+)\]")


def find(markdown: str) -> list[tuple[int, str]]:
    """(line, source id) of every citation outside code; lines are 1-based within the text."""
    found: list[tuple[int, str]] = []
    fenced = False
    for number, line in enumerate(markdown.splitlines(), start=1):
        if _FENCE.match(line):
            fenced = not fenced
        elif not fenced:
            _outside_code(line, lambda part, number=number:
                          found.extend((number, m.group(1)) for m in CITATION.finditer(part)) or "")
    return found


def anchor(owner: str, source_id: str) -> str:
    """Id of a source's entry in a Sources list; the owner (case or act id) keeps it unique in a print collection."""
    return f"src-{owner}-{source_id}"


@dataclass(frozen=True)
class Notes:
    """How the citations of one record's text render: `owner` names the record, `sources` its Sources list,
    `target` the page that lists them ("" for the page being written)."""

    owner: str
    sources: tuple
    target: str = ""

    def number(self, source_id: str) -> int | None:
        return next((i for i, s in enumerate(self.sources, start=1) if s.id == source_id), None)

    def note(self, source_id: str, lang: str) -> str:
        number = self.number(source_id)
        if number is None:  # unknown ids are reported by the checker; never reached on a valid project
            return f"[^{source_id}]"
        source = self.sources[number - 1]
        title = html.escape(f"{label('source_note', lang)} {number}: {source.title}", quote=True).replace("\\", "\\\\")
        href = f"{self.target}#{anchor(self.owner, source_id)}"
        return f'<sup class="citation">[\\[{number}\\]](<{href}> "{title}")</sup>'

    def apply(self, markdown: str, lang: str) -> str:
        return replace(markdown, lambda source_id: self.note(source_id, lang))


def replace(markdown: str, render: Callable[[str], str]) -> str:
    """Replace every citation outside code by render(source id)."""
    return outside_fences(markdown, lambda line: _outside_code(
        line, lambda part: CITATION.sub(lambda m: render(m.group(1)), part)))


def cited(texts) -> set[str]:
    """Every source id cited in the given Markdown texts."""
    return {ref for text in texts for _, ref in find(text)}
