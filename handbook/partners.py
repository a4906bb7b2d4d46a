"""A case's partners as a page shows them: the description in the page's language, the original name
marked with its own language (`<span lang>`), so that no page mixes languages unmarked."""

from __future__ import annotations

from .markdown import link, plain
from .model import Partner


def in_language(markdown: str, lang: str, page_lang: str) -> str:
    """Inline Markdown marked as written in `lang` where that is not the page's language (WCAG 3.1.2)."""
    return markdown if lang == page_lang else f'<span lang="{lang}">{markdown}</span>'


def item(partner: Partner, page_lang: str, type_label: str) -> str:
    """One list item: "<original name>: <description> (<type>)", the name linked where it has a URL."""
    name = in_language(plain(partner.name), partner.lang, page_lang)
    if partner.url:
        name = link(name, partner.url)
    description = f": {plain(partner.description[page_lang])}" if partner.description else ""
    return f"- {name}{description} ({plain(type_label)})"
