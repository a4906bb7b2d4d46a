"""Bench-only MkDocs hook: where a build's time goes, phase by phase (`make bench` adds it).

tests/bench.py appends this file to the `hooks:` of a temporary copy's mkdocs.yml;
the product never loads it. It wraps, once per process, the functions each phase
runs in (Markdown: Page.render; templates: jinja2 Template.render; every plugin's
and hook's event methods; the handbook core's load, page writing and search
publishing; static-i18n's search de-duplication) with an exclusive timer: time
spent in a wrapped call nested inside another (static-i18n's second-language
build inside its on_post_build, Material's search rebuild inside static-i18n's)
counts for the inner phase only. Time is the process's CPU time (time.process_time):
on a machine shared with other builds, wall time mostly measures the neighbours. At shutdown it writes {phase: [CPU seconds, calls]}
as JSON to $BENCH_PHASES_OUT. The wrappers cost about a microsecond a call.
"""

from __future__ import annotations

import atexit
import functools
import json
import os
import time

_totals: dict[str, list[float]] = {}
_stack: list[list] = []  # [phase, start of the current exclusive slice]
_wrapped: set[int] = set()
_started = time.process_time()


def _enter(phase: str) -> None:
    now = time.process_time()
    if _stack:
        parent = _stack[-1]
        _totals.setdefault(parent[0], [0.0, 0])[0] += now - parent[1]
    _stack.append([phase, now])
    _totals.setdefault(phase, [0.0, 0])[1] += 1


def _leave() -> None:
    now = time.process_time()
    phase, start = _stack.pop()
    _totals[phase][0] += now - start
    if _stack:
        _stack[-1][1] = now


def timed(phase: str, fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        _enter(phase)
        try:
            return fn(*args, **kwargs)
        finally:
            _leave()
    wrapper.__bench_phase__ = phase
    return wrapper


def _patch(owner, name: str, phase: str) -> None:
    fn = getattr(owner, name, None)
    if fn is None or getattr(fn, "__bench_phase__", None):
        return
    setattr(owner, name, timed(phase, fn))


# Which phase a plugin's or hook's event belongs to; the rest is "mkdocs and plugins (other)".
def _event_phase(owner: str, event: str) -> str:
    event = event if event.startswith("on_") else f"on_{event}"  # MkDocs keys its events without "on_"
    if owner.endswith("handbook_hooks.py") or owner == "handbook_hooks":
        return {"on_pre_build": "handbook: load, validate, generate pages",
                "on_post_build": "handbook: post-build (per-language search)"}.get(event, "handbook: page hooks")
    if "search" in owner:
        return "search: index pages" if event == "on_page_context" else "search: write index"
    if owner == "i18n":
        return "i18n: events (excl. nested language build)"
    if owner.endswith("bench_phases.py"):
        return "bench timer"
    return f"plugin {owner}"


def _wrap_events(config) -> None:
    owners = {id(plugin): name for name, plugin in config.plugins.items()}
    for event, methods in config.plugins.events.items():
        for i, method in enumerate(methods):
            if getattr(method, "__bench_phase__", None):
                continue
            owner = owners.get(id(getattr(method, "__self__", None))) or getattr(method, "__module__", "?")
            methods[i] = timed(_event_phase(owner, event), method)
    search = config.plugins.get("material/search") or config.plugins.get("search")
    if search is not None:  # static-i18n calls it directly to rebuild the merged index
        _patch(search, "on_post_build", "search: write index")


def _wrap_library() -> None:
    import jinja2
    from mkdocs.commands import build
    from mkdocs.structure.pages import Page

    render = Page.render
    if not getattr(render, "__bench_phase__", None):
        def timed_render(page, *args, **kwargs):  # generated pages (case, law, index) apart from chapters
            kind = "generated pages" if "generated_from" in (page.meta or {}) else "other pages"
            return timed(f"Markdown (Page.render): {kind}", render)(page, *args, **kwargs)
        timed_render.__bench_phase__ = "Markdown"
        Page.render = timed_render
    _patch(jinja2.Template, "render", "templates (Jinja)")
    try:
        from mkdocs_static_i18n import plugin as i18n_plugin
        from mkdocs_static_i18n.reconfigure import ExtendedPlugin
    except ImportError:
        return
    _patch(ExtendedPlugin, "reconfigure_search_duplicates", "i18n: search de-duplication")
    # The second language's build, run inside static-i18n's on_post_build: its own MkDocs work is "other".
    _patch(i18n_plugin, "build", "mkdocs and plugins (other)")
    del build


def _wrap_core() -> None:
    try:
        from handbook import content
    except ImportError:  # the plain build has no core on its path
        return
    _patch(content.Build, "load", "handbook: load and validate")
    _patch(content.Build, "write_pages", "handbook: generate pages")
    _patch(content.Renderer, "pages", "renderer: case and law pages")
    _patch(content.Build, "publish_search", "handbook: post-build (per-language search)")
    # The prebuilt lunr indexes (handbook/search/prebuilt.py), called through the module by
    # search/site.py: their own phase, since the plain build has no counterpart of them.
    from handbook.search import prebuilt
    _patch(prebuilt, "published", "search: prebuilt lunr indexes (handbook)")
    # Parts of generated pages that Python-Markdown gets as elements (handbook/blocks.py), not as Markdown.
    from handbook import blocks
    _patch(blocks._PartProcessor, "run", "Markdown: page parts as elements (handbook)")


_wrap_library()
_enter("mkdocs and plugins (other)")


def on_config(config, **kwargs):
    _wrap_core()
    _wrap_events(config)
    return config


@atexit.register
def _write() -> None:
    while _stack:
        _leave()
    out = os.environ.get("BENCH_PHASES_OUT")
    if out:
        _totals["total in process (after config)"] = [time.process_time() - _started, 1]
        with open(out, "w", encoding="utf-8") as handle:
            json.dump(_totals, handle, indent=1)
