"""MkDocs adapter for the handbook core (handbook/): one small function per event.

mkdocs-static-i18n runs the whole build once per language, so every event here
fires once per language. Per-build state is rebuilt in on_config; the loaded
content is reused only while its files are unchanged (keyed by a fingerprint).
"""

from __future__ import annotations

import os
import posixpath
import shutil
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority, get_plugin_logger
from mkdocs.utils.meta import get_data

# The core lives at the project root, beside this folder; MkDocs only puts
# hooks/ itself on sys.path while importing this file.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from handbook import blocks, content
from handbook import languages
from handbook.errorpage import error_page
from handbook.problems import ContentError
from handbook.search import site as search_site

log = get_plugin_logger("handbook")

_build: content.Build | None = None
_serving = False       # under `mkdocs serve`: content problems become a page, not a stuck server
_problems: list = []   # the content problems of the current build, shown on every page while serving


def on_startup(command, **kwargs):
    global _serving
    _serving = command == "serve"


def on_serve(server, config, builder, **kwargs):
    """Watch docs/ except the folders the build writes itself: a save then rebuilds once, not twice
    (the first rebuild's generated pages would otherwise trigger a second)."""
    docs = os.path.abspath(config.docs_dir)
    owned = tuple(os.path.join(docs, folder) + os.sep for folder in _build.layout.generated)
    if not hasattr(server, "_rebuild_cond"):  # MkDocs' watcher internals (1.6, pinned) changed: keep its watcher
        return server
    from watchdog.events import FileSystemEventHandler

    def changed(event):
        paths = [p for p in (event.src_path, getattr(event, "dest_path", "")) if p]
        if event.is_directory or all(p.startswith(owned) for p in paths):
            return
        with server._rebuild_cond:  # what MkDocs' own watcher does on a change
            server._want_rebuild = True
            server._rebuild_cond.notify_all()

    server.unwatch(docs)
    handler = FileSystemEventHandler()
    handler.on_any_event = changed
    server.observer.schedule(handler, docs, recursive=True)
    return server

# Each language's rendered 404 page, written to its place after the build (see _write_not_found).
# Every run renders each language's 404 again and replaces its entry, so nothing stale is written.
_not_found: dict[str, str] = {}


def on_config(config, **kwargs):
    global _build
    langs = languages.from_i18n(config.plugins["i18n"].config.languages)  # the one list of the site's languages
    languages.use(langs)
    _build = content.Build(Path(config.config_file_path).parent, Path(config.docs_dir), config.use_directory_urls,
                           site_url=config.site_url, pdf_links=_pdf_links(config), repo_url=config.repo_url,
                           langs=langs)
    if search_site.HIGHLIGHT not in config.extra_javascript:  # written with the search indexes, after the build
        config.extra_javascript.append(search_site.HIGHLIGHT)
    # Material puts extra.polyfills in the page head, before its bundle: the loader must be there to hold search back.
    polyfills = config.extra.setdefault("polyfills", [])
    if search_site.LOADER not in polyfills:
        polyfills.append(search_site.LOADER)
    return config


def on_env(env, config, files, **kwargs):
    """The theme's own words (overrides/partials/handbook-i18n.html): schema/labels/<lang>.yml, table `theme`."""
    env.globals["handbook_labels"] = _build.theme_labels()
    return env


def _pdf_links(config) -> bool:
    """extra.pdf_links (env HANDBOOK_PDF_LINKS, set by `make pdf`): link the PDFs only when they are built."""
    return str(config.extra.get("pdf_links", False)).lower() in ("1", "true", "yes")


def on_pre_build(config, **kwargs):
    global _problems
    try:
        problems = _build.load().problems
    except ContentError as err:  # content that stops loading (e.g. a broken vocabulary): reported, not a traceback
        problems = err.problems
    _problems = problems if _serving else []
    if problems:
        for problem in problems:
            log.error(problem.format())
        if _serving:  # every page shows the problems, and reloads when they are fixed
            log.error(f"{len(problems)} problem(s) in the content: the served pages list them until they are fixed.")
            return
        raise PluginError(f"{len(problems)} problem(s) in the content; nothing was generated. "
                          "Run `make check` to list them without building.")
    for warning in _build.project.warnings:  # info, not warning: `mkdocs build --strict` would fail on them
        log.info(warning.format())
    written, removed = _build.write_pages()
    if written or removed:
        log.info(f"generated pages: {written} written, {removed} removed")


def _language(config) -> str:
    return config.theme["language"]


def on_page_markdown(markdown, page, config, **kwargs):
    parts = _parts_extension(config)
    parts.parts = {}  # nothing of the previous page's
    if _problems:
        return error_page(_problems, _language(config))
    markdown = _page_markdown(markdown, page, config)
    scanned = markdown
    if "generated_from" in page.meta:
        # The page's parts go to Python-Markdown as elements (handbook/blocks.py), the rest as Markdown.
        fast = _build.page_parts(page.file.src_uri, markdown, lambda text: get_data(text)[0])
        if fast is not None:
            markdown, parts.parts = fast
    if "abbr" not in config.markdown_extensions:  # a site without it (the test fixture) would show the definitions
        return markdown
    # Every page explains the abbreviations it uses: Python-Markdown's abbr turns each into <abbr title>.
    return _build.with_abbreviations(markdown, _language(config), used_in=scanned)


def _parts_extension(config) -> blocks.Extension:
    """The Python-Markdown extension that puts a generated page's parts in place, added to the site's
    extensions once per configuration (every language pass has its own)."""
    for extension in config.markdown_extensions:
        if isinstance(extension, blocks.Extension):
            return extension
    extension = blocks.Extension()
    config.markdown_extensions.append(extension)
    return extension


def _page_markdown(markdown, page, config) -> str:
    if "generated_from" in page.meta:  # empty for pages made from no single file (no edit link)
        page.edit_url = _edit_url(config, page.meta["generated_from"])
        return markdown
    try:
        markdown = _build.resolve_links(markdown, _language(config), page.file.src_uri)
    except content.UnknownLink as err:
        raise PluginError(f"docs/{page.file.src_uri}: {err}") from None
    try:
        markdown = _build.front_door(markdown, _language(config), page.file.src_uri)
    except content.UnknownLink as err:
        raise PluginError(f"docs/{page.file.src_uri}: {err}") from None
    markdown = _build.print_entry(markdown, _language(config), page.file.src_uri)
    markdown = _build.legal_state(markdown, _language(config))
    # static-i18n falls back to the Polish file where a translation is missing: say so on the page.
    return _build.fallback_notice(markdown, Path(page.file.abs_src_path).name, _language(config))


def _edit_url(config, source: str) -> str | None:
    """Edit link of a generated page: its YAML source, beside docs/ in the repository."""
    if not source or not config.repo_url or not config.edit_uri:
        return None
    prefix = posixpath.dirname(config.edit_uri.strip("/"))
    return f"{config.repo_url.rstrip('/')}/{prefix}/{source}"


def _inner_language_pass(config) -> bool:
    """True in the builds that static-i18n runs from inside the first one (one per other language)."""
    i18n = config.plugins.get("i18n")
    return bool(getattr(i18n, "building", False))


def on_post_page(output, page, config, **kwargs):
    return search_site.retarget(output, _language(config), languages.default())


def on_post_template(output_content, template_name, config, **kwargs):
    output = search_site.retarget(output_content, _language(config), languages.default())
    if template_name == "404.html":
        _not_found[_language(config)] = output
    return output


def _write_not_found(site_dir: Path) -> None:
    """/404.html in the default language, /<lang>/404.html in the others. Every language's build
    writes its 404.html at the site root, so without this the last language built would win."""
    for language, html in _not_found.items():
        target = site_dir / ("" if language == languages.default() else language) / "404.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(html, encoding="utf-8")


@event_priority(-110)  # after mkdocs-static-i18n (-100) has written every language into one index
def on_post_build(config, **kwargs):
    if _inner_language_pass(config):  # the merged index does not exist yet: the outer pass publishes it
        return
    site = Path(config.site_dir)
    _write_not_found(site)
    if _problems:  # an address that no longer exists shows the problems too, in its language
        for root in {site, *(site / lang for lang in _not_found if lang != languages.default())}:
            if (root / "index.html").is_file():
                shutil.copyfile(root / "index.html", root / "404.html")
        return
    sizes = _build.publish_search(site)
    log.debug(f"search indexes: {sizes}")
    _build.publish_edition(Path(config.site_dir))
