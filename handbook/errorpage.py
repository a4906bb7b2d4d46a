"""The page `mkdocs serve` shows instead of the site while the content has problems.

A contributor sees every problem in the browser, as `make check` prints it
(`file:line: message`), and the page reloads by itself once the content is fixed.
The problems' own messages are in English, like `make check`; the page around them
is in the page's language.
"""

from __future__ import annotations

from .markdown import plain
from .labels import table
from .problems import ContentError, Problem


def error_page(problems: list[Problem], lang: str) -> str:
    """Markdown of the page: every problem, one per line, as `file:line: message`."""
    try:
        text = table("errorpage", lang)
    except (ContentError, KeyError):  # the labels themselves are broken: the list alone, under the command that prints it
        text = {"title": "make check", "intro": "{n}", "check": ""}
    items = "\n".join(f"- {plain(p.format())}" for p in problems)
    return f"# {text['title']}\n\n{text['intro'].format(n=len(problems))}\n\n{items}\n\n{text['check']}\n"
