"""Put the per-language search into a built site: index files, workers, and each page's pointer to them.

Per language: `search/lunr_index.json` (and `.js`, for file://), the prebuilt index the worker
loads; `search/search_index.json` (and the offline copy's `.js`), what Material's page code still
fetches before it starts the worker: an empty stub, since the worker brings its own index.
"""

from __future__ import annotations

import hashlib
import json
import posixpath
import re
from pathlib import Path

from . import index, prebuilt
from .worker import HIGHLIGHT, LOADER, highlight_script, loader_script, worker_name, worker_script  # noqa: F401

WORKERS = Path("assets/javascripts/workers")
_CONFIG = re.compile(r'(<script id="__config" type="application/json">)(.*?)(</script>)', re.S)


def index_path(lang: str, default: str, name: str = "search_index.json") -> Path:
    return Path("search", name) if lang == default else Path(lang, "search", name)


def lunr_index_path(lang: str, default: str) -> Path:
    return index_path(lang, default, "lunr_index.json")


def _json(data) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def retarget(html: str, lang: str, default: str) -> str:
    """Point a page's search at its language: `base` at the language root, `search` at its worker.

    Material fetches `<base>/search/search_index.json` and resolves result
    locations against `base`, so both follow from moving `base`.
    """
    match = _CONFIG.search(html)
    if not match:
        return html
    config = json.loads(match.group(2))
    if lang != default:
        # The trailing slash matters: Material resolves "search/..." and result locations against it.
        config["base"] = posixpath.join(config["base"], lang) + "/"
    config["search"] = posixpath.join(posixpath.dirname(config["search"]), worker_name(lang))
    # Escape "<" so the JSON cannot close its script element, as Jinja's tojson does.
    text = json.dumps(config, ensure_ascii=False).replace("<", "\\u003c")
    return html[:match.start(2)] + text + html[match.end(2):]


# mkdocs-static-i18n calls the post-build hook after each language's build, with one language more
# in the merged index each time: a language whose docs did not change keeps its index (by content).
_last: dict[str, tuple[str, str]] = {}


def _published(data: dict, lang: str) -> str:
    key = hashlib.sha256(_json(data).encode("utf-8")).hexdigest()
    if _last.get(lang, ("", ""))[0] != key:
        _last[lang] = (key, _json(prebuilt.published(data, lang)))
    return _last[lang][1]


def publish(site_dir: Path, languages: tuple[str, ...], default: str,
            keywords: dict[str, dict[str, dict[str, str]]]) -> dict[str, int]:
    """Split Material's merged index into one prebuilt index per language and write the scripts;
    returns each language's prebuilt index size in bytes."""
    merged = json.loads((site_dir / index_path(default, default)).read_text("utf-8"))
    sizes = {}
    for lang, data in index.split(merged, languages, default, keywords).items():
        stub = site_dir / index_path(lang, default)
        stub.parent.mkdir(parents=True, exist_ok=True)
        stub.write_text(_json({"config": data["config"], "docs": []}), "utf-8")
        text = _published(data, lang)
        target = site_dir / lunr_index_path(lang, default)
        target.write_text(text, "utf-8")
        target.with_suffix(".js").write_text(f"var __handbookIndex = {text};\n", "utf-8")
        sizes[lang] = len(text.encode("utf-8"))
        url = posixpath.relpath(lunr_index_path(lang, default).as_posix(), WORKERS.as_posix())
        (site_dir / WORKERS / worker_name(lang)).write_text(worker_script(lang, url), "utf-8")
    (site_dir / HIGHLIGHT).write_text(highlight_script(), "utf-8")
    (site_dir / LOADER).write_text(loader_script(), "utf-8")
    return sizes
