"""Links to official texts that depend on the page's language: one rule for every page.

EUR-Lex serves each act in every EU language under /legal-content/<LANG>/...; a Polish page links the
Polish text and an English page the English one, whatever language the content file wrote.
"""

from __future__ import annotations

import re

_EURLEX = re.compile(r"(https?://eur-lex\.europa\.eu/legal-content/)[A-Za-z]{2}(/)")
_EURLEX_LOCALE = re.compile(r"(https?://eur-lex\.europa\.eu/[^\s>)\"]*?[?&]locale=)[a-z]{2}\b")


def localize(text: str, lang: str) -> str:
    """Every EUR-Lex address in `text` (a URL or a whole page of Markdown) in the language `lang`."""
    text = _EURLEX.sub(lambda m: f"{m.group(1)}{lang.upper()}{m.group(2)}", text)
    return _EURLEX_LOCALE.sub(lambda m: f"{m.group(1)}{lang.lower()}", text)
