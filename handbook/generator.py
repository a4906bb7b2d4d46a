"""The static-site generator's conventions, declared in one place.

Contract: the rest of the core asks this module for things, never spells the generator's
strings itself. Moving off MkDocs / Material / mkdocs-static-i18n (Material's end of life is
2027-05-05) means replacing this module and hooks/handbook_hooks.py, nothing else.

- page_url(page, lang, directory_urls): the site-relative URL of the docs page `page`
  (a path such as "cases/x.md") in language `lang`. mkdocs-static-i18n puts the default
  language at the site root and every other language under "<lang>/"; with directory URLs a
  page "x.md" is served at "x/" and an index page "d/index.md" at "d/" (the root index at
  ""), without them at "x.html" and "d/index.html".

- localized(page, lang) and language_of(file_name): mkdocs-static-i18n's per-language file
  names, "cases/x.pl.md" beside "cases/x.en.md"; a file without a language suffix is in the
  default language.
- front_matter(fields): the YAML header MkDocs reads from a page (JSON values, which are YAML).
- admonition(kind, title, body) and button(text_md, href, *classes): Python-Markdown's
  admonition block and Material's button class on an attr_list link, the two pieces of
  Material syntax the generated pages use (raw HTML elsewhere carries Material's classes too:
  md-button in printview.py and caseindex.py).

The fallback policy (which language a page falls back to, and its notice) is in
translation.py on top of language_of; the search post-processing is handbook/search/site.py,
which speaks Material's search index format and is the search's own adapter.
"""

from __future__ import annotations

import json

from . import languages


def localized(page: str, lang: str) -> str:
    """cases/x.md -> cases/x.pl.md: the file name mkdocs-static-i18n expects."""
    return f"{page[:-3]}.{lang}.md"


def language_of(file_name: str) -> str:
    """The language of a docs file by its name: x.en.md -> en; x.md -> the default language."""
    suffix = file_name.removesuffix(".md").rpartition(".")[2]
    return suffix if suffix in languages.codes() else languages.default()


def front_matter(fields: dict) -> str:
    """A page's YAML header. JSON strings are valid YAML, so no value breaks out of the header; what the
    theme prints unescaped (title, description) the caller escapes."""
    return "---\n" + "".join(f"{k}: {json.dumps(v, ensure_ascii=False)}\n" for k, v in fields.items()) + "---\n\n"


def admonition(kind: str, title: str, body: str, blank_line: bool = False) -> str:
    """An admonition block (`!!! kind "title"`), its body indented under it."""
    return f'!!! {kind} "{title}"\n' + ("\n" if blank_line else "") + f"    {body}\n"


def button(text_md: str, href: str, *classes: str) -> str:
    """A Markdown link styled as Material's button (attr_list); `href` in angle brackets, so spaces pass."""
    return f"[{text_md}](<{href}>){{ {' '.join(('.md-button',) + tuple('.' + c for c in classes))} }}"


def page_url(page: str, lang: str, directory_urls: bool = True, default_lang: str | None = None) -> str:
    """Site-relative URL of a docs page: cases/x.md -> cases/x/ (pl), en/cases/x/ (en); index.md -> ''."""
    stem = page[:-3]
    if stem == "index" or stem.endswith("/index"):
        url = stem[:-5] if directory_urls else f"{stem}.html"
    else:
        url = f"{stem}/" if directory_urls else f"{stem}.html"
    return url if lang == (default_lang or languages.default()) else f"{lang}/{url}"
