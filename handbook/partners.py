"""A case's partners as a page shows them: the description in the page's language, the original name
marked with its own language (`<span lang>`), so that no page mixes languages unmarked."""

from __future__ import annotations

from .markdown import foreign, link, plain
from .model import Partner


def item(partner: Partner, page_lang: str, type_label: str) -> str:
    """One list item: "<original name>: <description> (<type>)", the name linked where it has a URL."""
    name = foreign(plain(partner.name), partner.lang, page_lang)
    if partner.url:
        name = link(name, partner.url)
    description = f": {plain(partner.description[page_lang])}" if partner.description else ""
    return f"- {name}{description} ({plain(type_label)})"
