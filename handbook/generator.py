"""The static-site generator's conventions, declared in one place.

Contract: the rest of the core asks this module for things, never spells the generator's
strings itself. Moving off MkDocs / Material / mkdocs-static-i18n (Material's end of life is
2027-05-05) means replacing this module and hooks/handbook_hooks.py, nothing else.

- page_url(page, lang, directory_urls): the site-relative URL of the docs page `page`
  (a path such as "cases/x.md") in language `lang`. mkdocs-static-i18n puts the default
  language at the site root and every other language under "<lang>/"; with directory URLs a
  page "x.md" is served at "x/" and an index page "d/index.md" at "d/" (the root index at
  ""), without them at "x.html" and "d/index.html".

Still to move here (issue 14): the per-language file naming (x.pl.md / x.en.md), front
matter, Material's admonition and button syntax, the fallback policy and the search
post-processing, now in render.py, translation.py and search/site.py.
"""

from __future__ import annotations

from . import languages


def page_url(page: str, lang: str, directory_urls: bool = True, default_lang: str | None = None) -> str:
    """Site-relative URL of a docs page: cases/x.md -> cases/x/ (pl), en/cases/x/ (en); index.md -> ''."""
    stem = page[:-3]
    if stem == "index" or stem.endswith("/index"):
        url = stem[:-5] if directory_urls else f"{stem}.html"
    else:
        url = f"{stem}/" if directory_urls else f"{stem}.html"
    return url if lang == (default_lang or languages.default()) else f"{lang}/{url}"
