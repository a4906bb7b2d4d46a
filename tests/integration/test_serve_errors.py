"""Under `mkdocs serve`, content problems are shown in the browser (every page lists them as
`file:line: message`) and the next save that fixes them gives the site back; `mkdocs build`
still fails (issue 14, the contributor loop). Built in-process, with the serve command's startup."""

from __future__ import annotations

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort

from support import copy_site

BROKEN = ("service_areas: [social-care]", "service_areas: [social-kare]")
MESSAGE = "cases/xx-beta-codesign.yml:6: service_areas[1]: unknown value 'social-kare'"


def configured(site, command):
    config = load_config(str(site / "mkdocs.yml"), site_dir=str(site / "site"))
    config.plugins.on_startup(command=command, dirty=False)
    return config


def edit(site, old, new):
    case = site / "cases/xx-beta-codesign.yml"
    case.write_text(case.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")


def test_serve_shows_the_problems_then_the_fixed_site(tmp_path, monkeypatch):
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    site = copy_site("site", tmp_path / "site")
    edit(site, *BROKEN)
    build(configured(site, "serve"))
    for page, heading in (("index.html", "Treść zawiera błędy"), ("en/index.html", "The content has problems"),
                          ("en/guide/chapter/index.html", "The content has problems"), ("404.html", "Treść"), ("en/404.html", "The content has problems")):
        html = (site / "site" / page).read_text(encoding="utf-8")
        assert heading in html and MESSAGE.replace("'", "&#x27;") in html or MESSAGE in html, page
    edit(site, *reversed(BROKEN))
    build(configured(site, "serve"))
    assert "Treść zawiera błędy" not in (site / "site/index.html").read_text(encoding="utf-8")
    assert (site / "site/cases/xx-beta-codesign/index.html").is_file()


def test_build_still_fails_on_the_problems(tmp_path, monkeypatch):
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    site = copy_site("site", tmp_path / "site")
    edit(site, *BROKEN)
    with pytest.raises(Abort):
        build(configured(site, "build"))
