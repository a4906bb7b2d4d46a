"""The languages of the site, declared once: the i18n plugin's `languages` in mkdocs.yml.

The default language comes first; it is the source language of translations and is served at
the site root. The MkDocs hook passes the plugin's list in (`from_i18n`); the command line reads
mkdocs.yml as data (`from_mkdocs_yml`). Every other module asks `codes()`, `default()` or
`name()`, so that a language costs content and labels (schema/labels/), not code.

The list in use is module state set by `use()` (the hook and `load_project` set it for each build,
to the same value for every language pass); until then it is read from the mkdocs.yml beside
the engine.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

CONFIG = Path(__file__).resolve().parent.parent / "mkdocs.yml"


@dataclass(frozen=True)
class Language:
    code: str  # the locale of the i18n plugin: the suffix of docs files (x.pl.md) and the URL prefix (/en/)
    name: str  # its name in its own language, as the language switcher shows it


@dataclass(frozen=True)
class Languages:
    items: tuple[Language, ...]  # the default language first

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(language.code for language in self.items)

    @property
    def default(self) -> str:
        return self.items[0].code


def from_i18n(entries) -> Languages:
    """The plugin's `languages` entries (mappings or config objects with locale, name, default, build)."""
    def get(entry, key, fallback=None):
        return entry.get(key, fallback) if isinstance(entry, dict) else getattr(entry, key, fallback)

    built = [e for e in entries if get(e, "build", True) is not False]
    items = [Language(str(get(e, "locale")), str(get(e, "name") or get(e, "locale"))) for e in built]
    # Positions among the built languages: an unbuilt entry before the default must not shift it.
    defaults = [i for i, e in enumerate(built) if get(e, "default", False)]
    first = defaults[0] if defaults else 0
    items.insert(0, items.pop(first))
    return Languages(tuple(items))


class _Tolerant(yaml.SafeLoader):
    """mkdocs.yml as data: MkDocs' own tags (!ENV, !relative, python names) read as plain values."""


_Tolerant.add_multi_constructor("", lambda loader, suffix, node: None)


def from_mkdocs_yml(path: Path) -> Languages:
    """The i18n plugin's languages from an mkdocs.yml, read without MkDocs."""
    config = yaml.load(Path(path).read_text(encoding="utf-8"), Loader=_Tolerant) or {}
    for plugin in config.get("plugins") or ():
        if isinstance(plugin, dict) and "i18n" in plugin:
            return from_i18n((plugin["i18n"] or {}).get("languages") or ())
    raise ValueError(f"{path}: no i18n plugin with languages in its plugins")


_current: Languages | None = None


def use(languages: Languages) -> None:
    global _current
    _current = languages


def current() -> Languages:
    global _current
    if _current is None:
        _current = from_mkdocs_yml(CONFIG)
    return _current


def codes() -> tuple[str, ...]:
    return current().codes


def default() -> str:
    return current().default


def name(code: str) -> str:
    return next(language.name for language in current().items if language.code == code)
