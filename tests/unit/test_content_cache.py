"""The loaded content is reused between the language passes and unchanged `mkdocs serve` rebuilds,
but never once a file's content has changed (issue 14, defect 3)."""

from __future__ import annotations

import os

from support import copy_site
from handbook.content import Build


def test_same_size_edit_with_its_time_kept_is_seen(tmp_path):
    site = copy_site("site", tmp_path / "site")
    case = site / "cases/xx-alpha-reserved.yml"
    first = Build(site, site / "docs").load().catalog.cases["xx-alpha-reserved"]
    assert first.place["en"] == "Alpha"
    stat = case.stat()
    case.write_text(case.read_text(encoding="utf-8").replace("en: Alpha}", "en: Omega}"), encoding="utf-8")
    os.utime(case, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # like `cp -p`, `rsync -t` or a checkout
    assert case.stat().st_size == stat.st_size and case.stat().st_mtime_ns == stat.st_mtime_ns
    again = Build(site, site / "docs").load().catalog.cases["xx-alpha-reserved"]
    assert again.place["en"] == "Omega"


def test_unchanged_content_is_loaded_once(tmp_path):
    site = copy_site("site", tmp_path / "site")
    assert Build(site, site / "docs").load() is Build(site, site / "docs").load()
