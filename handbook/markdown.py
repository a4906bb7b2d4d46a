"""Turning content text into safe Markdown, and links between pages."""

from __future__ import annotations

import html
import posixpath
import re

_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~>])")


def plain(text: str) -> str:
    """Plain text as Markdown that renders exactly that text, markup included."""
    return _SPECIAL.sub(r"\\\1", html.escape(text, quote=False)).replace("\n", " ")


def rich(text: str) -> str:
    """Markdown written by contributors, with raw HTML shown as text."""
    return text.replace("<", "&lt;")


def link(label_markdown: str, target: str) -> str:
    """A Markdown link; the angle brackets keep parentheses in URLs intact."""
    return f"[{label_markdown}](<{target}>)"


def relative(from_page: str, to_page: str) -> str:
    """Relative link between two docs-relative pages, e.g. cases/a.md -> ../law/b.md."""
    return posixpath.relpath(to_page, posixpath.dirname(from_page) or ".")


# The language of names and titles as the content gives them in the original: a case's authority
# by its country, an act's title_original by its jurisdiction (the registry gives EU acts' and
# judgments' titles in English).
ORIGINAL_LANGUAGE = {"FR": "fr", "IT": "it", "PL": "pl", "EU": "en"}


def foreign(markdown: str, code: str | None, page_lang: str) -> str:
    """Markdown in another language than the page's, marked for screen readers (WCAG 3.1.2):
    <span lang="fr">…</span>. `markdown` must already be safe (from plain() or link()); the code
    comes from ORIGINAL_LANGUAGE, never from content, and is escaped anyway."""
    if not code or code == page_lang:
        return markdown
    return f'<span lang="{html.escape(code)}">{markdown}</span>'
