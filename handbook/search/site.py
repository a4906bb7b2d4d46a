"""Put the per-language search into a built site: index files, workers, and each page's pointer to them."""

from __future__ import annotations

import json
import posixpath
import re
from pathlib import Path

from . import index
from .worker import HIGHLIGHT, highlight_script, worker_name, worker_script  # noqa: F401 (HIGHLIGHT: for the hooks)

WORKERS = Path("assets/javascripts/workers")
_CONFIG = re.compile(r'(<script id="__config" type="application/json">)(.*?)(</script>)', re.S)


def index_path(lang: str, default: str) -> Path:
    return Path("search/search_index.json") if lang == default else Path(lang, "search/search_index.json")


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


def material_worker(site_dir: Path) -> str:
    workers = sorted(p.name for p in (site_dir / WORKERS).glob("search.*.min.js"))
    if len(workers) != 1:
        raise RuntimeError(f"expected one Material search worker in {site_dir / WORKERS}, found {workers}")
    return workers[0]


def publish(site_dir: Path, languages: tuple[str, ...], default: str,
            keywords: dict[str, dict[str, dict[str, str]]]) -> dict[str, int]:
    """Split the merged index into one per language and write the workers; returns index sizes in bytes."""
    merged = json.loads((site_dir / index_path(default, default)).read_text("utf-8"))
    worker = material_worker(site_dir)
    sizes = {}
    for lang, data in index.split(merged, languages, default, keywords).items():
        path = site_dir / index_path(lang, default)
        path.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        path.write_text(text, "utf-8")
        sizes[lang] = len(text.encode("utf-8"))
        (site_dir / WORKERS / worker_name(lang)).write_text(worker_script(lang, worker), "utf-8")
    (site_dir / HIGHLIGHT).write_text(highlight_script(), "utf-8")
    return sizes
