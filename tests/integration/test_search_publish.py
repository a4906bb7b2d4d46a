"""The per-language search indexes are written once per build, from static-i18n's final merged index
(issue 14): not also, first, from the index of the language pass that happens to finish first."""

from __future__ import annotations

import json

from mkdocs.commands.build import build
from mkdocs.config import load_config

from support import copy_site
from handbook.search import site as search_site


def test_search_is_published_once_on_the_merged_index(tmp_path, monkeypatch):
    site = copy_site("site", tmp_path / "site")
    calls, publish = [], search_site.publish

    def spy(site_dir, *args, **kwargs):
        index = json.loads((site_dir / "search/search_index.json").read_text(encoding="utf-8"))
        calls.append({doc["location"].split("/")[0] == "en" for doc in index["docs"]})
        return publish(site_dir, *args, **kwargs)

    monkeypatch.setattr(search_site, "publish", spy)
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    build(load_config(str(site / "mkdocs.yml"), site_dir=str(tmp_path / "out")))
    assert calls == [{True, False}]  # one call, on an index holding both languages
