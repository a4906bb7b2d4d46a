"""Translation status: chapters missing a language or older than their source in the default
language, and texts in the YAML files left the same in another language as in the source.

The default language of mkdocs.yml (Polish) is the source language. A chapter is one file per
language (name.pl.md, name.en.md, ...); "older" compares the dates of their last commits (git),
and is "unknown" outside git or for files not committed yet. A case or act holds every language
in one file and the check already refuses a missing one, so for them the status reports texts
identical to the source in another language: copied, not translated.
"""

from __future__ import annotations

import json
import subprocess
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from .labels import label, language_names
from .markdown import link, plain, relative
from .problems import format_path
from .project import Project, chapter_files
from . import generator, languages

STATUS_PAGE = "status/index.md"
# Shorter identical texts are usually names (Nantes, D.lgs. 36/2023), not forgotten translations.
MIN_COPIED = 40


@dataclass(frozen=True)
class Chapter:
    page: str                       # docs-relative and language-neutral: guide/about.md
    titles: dict                    # lang -> first heading, or None when missing
    files: dict                     # lang -> project-relative path, or None when missing
    dates: dict                     # lang -> last commit date (ISO 8601), or None when unknown

    def state(self, lang: str) -> str:
        """'missing', 'unknown', 'older' (than the source), or 'ok'."""
        if not self.files[lang]:
            return "missing"
        source = languages.default()
        if lang == source or not self.files[source]:
            return "ok"
        mine, source = self.dates[lang], self.dates[source]
        if not mine or not source:
            return "unknown"
        return "older" if datetime.fromisoformat(mine) < datetime.fromisoformat(source) else "ok"


@dataclass(frozen=True)
class Record:
    file: str
    id: str
    kind: str                       # case or legal
    copied: tuple                   # (field, line) of texts identical to the source in another language


@dataclass(frozen=True)
class Report:
    chapters: tuple
    records: tuple


def git_dates(root: Path, folder: str) -> dict[str, str]:
    """Last commit date of every file under `folder`, by project-relative path; {} outside git."""
    try:
        out = subprocess.run(["git", "-C", str(root), "log", "--format=%x00%cI", "--name-only", "--relative",
                              "--", folder], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return {}
    if out.returncode != 0:
        return {}
    dates, current = {}, None
    for line in out.stdout.splitlines():
        if line.startswith("\0"):
            current = line[1:]
        elif line and current:
            dates.setdefault(line, current)  # newest first: keep the first date seen
    return dates


def _title(path: Path) -> str:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return path.name


def chapters(project: Project) -> list[Chapter]:
    root, docs = project.root, project.layout.docs
    dates = git_dates(root, docs)
    pages: dict[str, dict] = {}
    for path in chapter_files(root, project.layout):
        rel = path.relative_to(root / docs).as_posix()
        stem, _, lang = rel[:-3].rpartition(".")
        if lang not in languages.codes():  # a page without a language suffix is in the default language
            stem, lang = rel[:-3], languages.default()
        pages.setdefault(f"{stem}.md", {})[lang] = path
    out = []
    for page, files in sorted(pages.items()):
        rels = {lang: files[lang].relative_to(root).as_posix() if lang in files else None for lang in languages.codes()}
        titles = {lang: _title(files[lang]) if lang in files else None for lang in languages.codes()}
        out.append(Chapter(page, titles, rels, {lang: dates.get(rel) if rel else None for lang, rel in rels.items()}))
    return out


def _copied(data, path=()) -> list[tuple]:
    if isinstance(data, dict):
        codes = languages.codes()
        if set(codes) <= set(data) and all(isinstance(data[lang], str) for lang in codes):
            source, *others = (data[lang].strip() for lang in codes)
            return [path] if source in others and len(source) >= MIN_COPIED else []
        return [found for key, value in data.items() for found in _copied(value, path + (key,))]
    if isinstance(data, list):
        return [found for index, value in enumerate(data) for found in _copied(value, path + (index,))]
    return []


def records(project: Project) -> list[Record]:
    catalog = project.catalog
    files = [(c.file, c.id, "case") for c in catalog.cases.values()] + \
            [(a.file, a.id, "legal") for a in catalog.acts.values()]
    out = []
    for file, record_id, kind in sorted(files):
        doc = project.documents[file]
        copied = tuple((format_path(path), doc.line(path)) for path in _copied(doc.data))
        out.append(Record(file, record_id, kind, copied))
    return out


def status(project: Project) -> Report:
    return Report(tuple(chapters(project)), tuple(records(project)))


def _day(date: str | None) -> str:
    return date[:10] if date else "?"


def lines(report: Report) -> list[str]:
    """The report as printed by `python -m handbook status`."""
    out = []
    for chapter in report.chapters:
        for lang in languages.codes():
            state = chapter.state(lang)
            file = chapter.files[lang] or f"docs/{generator.localized(chapter.page, lang)}"
            if state == "missing":
                out.append(f"{file}: missing (the {languages.name(lang)} site shows the other language)")
            elif state == "older":
                source = languages.default()
                out.append(f"{file}: older than {chapter.files[source]} "
                           f"(last changed {_day(chapter.dates[lang])}, source {_day(chapter.dates[source])})")
            elif state == "unknown":
                out.append(f"{file}: not compared (no git date)")
    for record in report.records:
        out += [f"{record.file}:{line}: {field}: same text as its source language "
                f"({languages.default()}) in another language (not translated?)" for field, line in record.copied]
    count = {state: sum(c.state(lang) == state for c in report.chapters for lang in languages.codes())
             for state in ("missing", "older", "unknown")}
    cases = sum(r.kind == "case" for r in report.records)
    copied = sum(len(r.copied) for r in report.records)
    out.append(f"translations: {len(report.chapters)} chapters ({count['missing']} missing, {count['older']} older "
               f"than the Polish source, {count['unknown']} not compared); {cases} cases and "
               f"{len(report.records) - cases} legal acts have every language, {copied} text(s) identical to the source")
    return out


# -- the generated page -------------------------------------------------------

def _cell(chapter: Chapter, lang: str, page_lang: str) -> str:
    state = chapter.state(lang)
    if state == "missing":
        return f"**{label('status_missing', page_lang)}**"
    day = _day(chapter.dates[lang]) if chapter.dates[lang] else label("status_no_date", page_lang)
    return f"{day} — **{label('status_older', page_lang)}**" if state == "older" else day


def page(report: Report, lang: str) -> str:
    here = STATUS_PAGE
    out = ["---", f"title: {json.dumps(label('status_title', lang), ensure_ascii=False)}", "generated_from: \"\"",
           "---", "", f"# {label('status_title', lang)}", "", label("status_intro", lang), "",
           f"## {label('status_chapters', lang)}", "",
           f"| {label('status_chapter', lang)} | " + " | ".join(language_names(lang)[code] for code in languages.codes())
           + " |", "|---" * (1 + len(languages.codes())) + "|"]
    for chapter in report.chapters:
        title = chapter.titles[lang] or next(t for t in chapter.titles.values() if t)  # in the page's language
        out.append(f"| {link(plain(title), relative(here, chapter.page))} | "
                   + " | ".join(_cell(chapter, code, lang) for code in languages.codes()) + " |")
    out += ["", f"## {label('status_records', lang)}", "", label("status_records_intro", lang), "",
            f"| {label('status_record', lang)} | {label('status_state', lang)} |", "|---|---|"]
    for record in report.records:
        target = f"cases/{record.id}.md" if record.kind == "case" else None
        name = link(plain(record.id), relative(here, target)) if target else plain(record.file)
        state = ", ".join(f"`{field}`" for field, _ in record.copied)
        out.append(f"| {name} | " + (f"{label('status_copied', lang)}: {state}" if state
                                      else label("status_complete", lang)) + " |")
    return "\n".join(out) + "\n"


def pages(report: Report) -> dict[str, str]:
    return {generator.localized(STATUS_PAGE, lang): page(report, lang) for lang in languages.codes()}


def fallback_notice(markdown: str, file_name: str, build_lang: str) -> str:
    """A page shown in another language than the site's (static-i18n's fallback) says so at the top."""
    if generator.language_of(file_name) == build_lang:
        return markdown
    notice = generator.admonition("warning", label("fallback_title", build_lang), label("fallback_text", build_lang))
    lines_ = markdown.split("\n")
    at = next((i + 1 for i, line in enumerate(lines_[:40]) if line.startswith("# ")), 0)
    return "\n".join(lines_[:at] + ["", notice] + lines_[at:])
