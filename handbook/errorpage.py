"""The page `mkdocs serve` shows instead of the site while the content has problems.

A contributor sees every problem in the browser, as `make check` prints it
(`file:line: message`), and the page reloads by itself once the content is fixed.
The problems' own messages are in English, like `make check`; the page around them
is in the page's language.
"""

from __future__ import annotations

from .markdown import plain
from .problems import Problem

_TEXT = {
    "title": {"pl": "Treść zawiera błędy", "en": "The content has problems"},
    "intro": {"pl": "Strona nie została zbudowana, ponieważ w plikach treści są błędy ({n}). "
                    "Proszę je poprawić i zapisać plik: strona odświeży się sama.",
              "en": "The site was not built because the content files have {n} problem(s). "
                    "Fix them and save the file: this page reloads by itself."},
    "check": {"pl": "Tę samą listę wypisuje w terminalu polecenie `make check`.",
              "en": "`make check` prints the same list in the terminal."},
}


def error_page(problems: list[Problem], lang: str) -> str:
    """Markdown of the page: every problem, one per line, as `file:line: message`."""
    text = {key: value.get(lang, value["en"]) for key, value in _TEXT.items()}
    items = "\n".join(f"- {plain(p.format())}" for p in problems)
    return f"# {text['title']}\n\n{text['intro'].format(n=len(problems))}\n\n{items}\n\n{text['check']}\n"
