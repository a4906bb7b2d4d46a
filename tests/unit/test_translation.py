"""Translation status: chapters compared by git dates, copied texts in YAML, and the fallback notice."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from support import FIXTURES, REPO, copy_site, mkdocs_build
from handbook import load_project
from handbook import translation
from handbook.__main__ import main


@pytest.fixture
def root(tmp_path):
    shutil.copytree(FIXTURES / "site", tmp_path, dirs_exist_ok=True)
    shutil.copytree(REPO / "schema", tmp_path / "schema")
    return tmp_path


def commit(root, date, *files):
    env = {**os.environ, "GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date, "GIT_AUTHOR_NAME": "t",
           "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}
    subprocess.run(["git", "-C", str(root), "add", *files], check=True, env=env)
    subprocess.run(["git", "-C", str(root), "commit", "-q", "-m", "x"], check=True, env=env)


def test_outside_git_dates_are_unknown(root, capsys):
    assert main(["status", str(root)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert "docs/guide/chapter.en.md: not compared (no git date)" in out
    assert out[-1] == ("translations: 2 chapters (0 missing, 0 older than the Polish source, 2 not compared); "
                       "2 cases and 5 legal acts have every language, 0 text(s) identical to the source")


def test_an_english_chapter_older_than_the_polish_one(root, capsys):
    subprocess.run(["git", "init", "-q", str(root)], check=True)
    commit(root, "2026-01-01T10:00:00+00:00", ".")
    path = root / "docs/guide/chapter.pl.md"
    path.write_text(path.read_text(encoding="utf-8") + "\nNowy akapit.\n", encoding="utf-8")
    commit(root, "2026-03-01T10:00:00+00:00", "docs/guide/chapter.pl.md")
    (root / "docs/guide/new.pl.md").write_text("# Nowy rozdział\n", encoding="utf-8")
    commit(root, "2026-03-02T10:00:00+00:00", "docs/guide/new.pl.md")
    assert main(["status", str(root)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[:2] == [
        "docs/guide/chapter.en.md: older than docs/guide/chapter.pl.md (last changed 2026-01-01, source 2026-03-01)",
        "docs/guide/new.en.md: missing (the English site shows the other language)",
    ]
    pages = translation.pages(translation.status(load_project(root)))
    assert "| [Test chapter](<../guide/chapter.md>) | 2026-03-01 | 2026-01-01 — **older than the Polish** |" \
        in pages["status/index.en.md"]
    assert "| [Nowy rozdział](<../guide/new.md>) | 2026-03-02 | **brak** |" in pages["status/index.pl.md"]


def test_a_text_copied_into_both_languages(root, capsys):
    path = root / "cases/xx-alpha-reserved.yml"
    copied = "Il Comune ha riservato l'appalto a cooperative sociali."
    path.write_text(path.read_text(encoding="utf-8").replace(
        "lessons: {pl: Wnioski., en: Lessons.}", f'lessons: {{pl: "{copied}", en: "{copied}"}}'), encoding="utf-8")
    assert main(["status", str(root)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert "cases/xx-alpha-reserved.yml:27: lessons: same text as its source language (pl) in another language (not translated?)" in out
    page = translation.pages(translation.status(load_project(root)))["status/index.en.md"]
    assert "| [xx-alpha-reserved](<../cases/xx-alpha-reserved.md>) | same text in both languages: `lessons` |" in page


def test_fallback_notice_follows_the_heading():
    md = "# Tytuł\n\nTekst.\n"
    assert translation.fallback_notice(md, "about.pl.md", "pl") == md
    out = translation.fallback_notice(md, "about.pl.md", "en")
    assert out.startswith('# Tytuł\n\n!!! warning "Not yet translated"\n'
                          "    This page has not been translated into English yet; it is shown in Polish.\n")


@pytest.mark.build
def test_the_english_site_marks_a_page_shown_in_polish(tmp_path):
    site = copy_site("site", tmp_path / "site")
    (site / "docs/guide/chapter.en.md").unlink()
    result = mkdocs_build(site)
    assert result.returncode == 0, result.stderr
    en = (site / "site/en/guide/chapter/index.html").read_text(encoding="utf-8")
    pl = (site / "site/guide/chapter/index.html").read_text(encoding="utf-8")
    assert '<p class="admonition-title">Not yet translated</p>' in en
    assert "Rozdział testowy" in en
    assert "admonition-title" not in pl
    status = (site / "site/en/status/index.html").read_text(encoding="utf-8")
    assert "<strong>missing</strong>" in status
    assert "edit/main/docs/status" not in status  # a generated page has no edit link
